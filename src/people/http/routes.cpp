#include "people/http/routes.hpp"

namespace kvalis::http {

void register_people_routes(RouteTable& table) {
  register_people_staff_routes(table);
  register_people_training_routes(table);
  register_people_cooperation_routes(table);
}

}  // namespace kvalis::http
