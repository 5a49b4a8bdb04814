#include "planning/http/routes.hpp"

namespace kvalis::http {

void register_planning_routes(RouteTable& table) {
  register_planning_plan_routes(table);
  // The clients' and the regional routes live in files of their own (clients_routes.cpp, regional_routes.cpp);
  // each is registered here once its header is part of the tree (the lead drops these guards after merging).
#if __has_include("planning/http/clients_routes.hpp")
  register_planning_client_routes(table);
#endif
#if __has_include("planning/http/regional_routes.hpp")
  register_planning_regional_routes(table);
#endif
}

}  // namespace kvalis::http
