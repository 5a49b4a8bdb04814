#pragma once
// The medium-term plan (SPRSS) routes of the netyears part (sprss_routes.cpp), registered by
// register_network_netyears_routes.
#include "platform/http/routing.hpp"

namespace kvalis::http {

// Plans, their tree and indicators, the comment period and answers, action plans, their evaluation and the
// carrying over into the next year.
void register_network_sprss_routes(RouteTable& table);

}  // namespace kvalis::http
