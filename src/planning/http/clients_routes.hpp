#pragma once
// The routes of the planning module's client part (services' staff, client records, individual plans, reviews,
// ladders, due reviews, export and erasure). register_planning_routes (planning/http/routes.hpp) calls it.
#include "platform/http/routing.hpp"

namespace kvalis::http {

void register_planning_client_routes(RouteTable& table);

}  // namespace kvalis::http
