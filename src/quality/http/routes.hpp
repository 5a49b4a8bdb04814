#pragma once
// The quality module's routes; server/app.cpp registers them with every other module's.
#include "platform/http/routing.hpp"

namespace kvalis::http {

void register_quality_care_routes(RouteTable& table);
void register_quality_set_routes(RouteTable& table);
void register_quality_audit_routes(RouteTable& table);
void register_quality_action_routes(RouteTable& table);

}  // namespace kvalis::http
