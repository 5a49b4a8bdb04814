#pragma once
// The notifications module's routes; server/app.cpp registers them with every other module's.
#include "platform/http/routing.hpp"

namespace kvalis::http {

void register_notify_routes(RouteTable& table);

}  // namespace kvalis::http
