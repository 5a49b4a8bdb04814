#pragma once
// The benchmark module's routes; server/app.cpp registers them with every other module's.
#include "platform/http/routing.hpp"

namespace kvalis::http {

void register_benchmark_routes(RouteTable& table);
void register_benchmark_result_routes(RouteTable& table);
// The forms of a round (routes_benchmark_forms.cpp); register_benchmark_routes adds them.
void register_benchmark_form_routes(RouteTable& table);
// Good practice (routes_benchmark_practices.cpp); register_benchmark_result_routes adds them.
void register_benchmark_practice_routes(RouteTable& table);

}  // namespace kvalis::http
