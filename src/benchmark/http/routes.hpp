#pragma once
// The benchmark module's routes; server/app.cpp registers them with every other module's.
#include "platform/http/routing.hpp"

namespace kvalis::http {

void register_benchmark_routes(RouteTable& table);
void register_benchmark_result_routes(RouteTable& table);

}  // namespace kvalis::http
