#pragma once
// The registry module's routes; server/app.cpp registers them with every other module's.
#include "platform/http/routing.hpp"
#include "registry/app/services.hpp"

namespace kvalis::http {

// grant: who else may read one service than the registry's visibility allows (the quality module: a member
// of an audit of it); src/server wires the modules together.
void register_registry_routes(RouteTable& table, registry::app::ServiceReadGrant grant = {});

}  // namespace kvalis::http
