#pragma once
// The national roll-up of client outcomes (regional_routes.cpp); server/app.cpp registers it.
#include "platform/http/routing.hpp"

namespace kvalis::http {

void register_planning_regional_routes(RouteTable& table);

}  // namespace kvalis::http
