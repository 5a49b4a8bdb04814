#pragma once
// The training routes of the people module (training_routes.cpp). The staff part's people/http/routes.hpp
// declares the same function and calls it from register_people_routes; until that is merged, server/app.cpp
// registers it directly.
#include "platform/http/routing.hpp"

namespace kvalis::http {

// Modules, sessions, the run plan, registrations with the waiting list, attendance, certificates, feedback.
void register_people_training_routes(RouteTable& table);

}  // namespace kvalis::http
