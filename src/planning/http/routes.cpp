#include "planning/http/routes.hpp"

namespace kvalis::http {

// The planning module's routes: plans, goals, evaluations and impact (plans_routes.cpp), client records and
// individual plans (clients_routes.cpp), the national roll-up of client outcomes (regional_routes.cpp).
void register_planning_routes(RouteTable& table) {
  register_planning_plan_routes(table);
  register_planning_client_routes(table);
  register_planning_regional_routes(table);
}

}  // namespace kvalis::http
