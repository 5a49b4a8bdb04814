#pragma once
// The planning module's routes; server/app.cpp registers them with every other module's.
#include "platform/http/routing.hpp"

namespace kvalis::http {

// Every planning route: the plans below and those of the clients (individual plans) and of the regional
// outcomes.
void register_planning_routes(RouteTable& table);
// Plans, goals, indicators, evaluations, the plan cycle, due evaluations, tree and impact (plans_routes.cpp).
void register_planning_plan_routes(RouteTable& table);
// Client records, individual plans, reviews, ladders, staff of services (clients_routes.cpp).
void register_planning_client_routes(RouteTable& table);
// The national roll-up of client outcomes by service kind and region (regional_routes.cpp).
void register_planning_regional_routes(RouteTable& table);

}  // namespace kvalis::http
