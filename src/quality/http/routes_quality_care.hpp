#pragma once
// Shared by the routes of the quality module's care part (routes_quality_care*.cpp): the OpenAPI tag and
// the registration of each part.
#include <string>

#include "platform/http/handler_util.hpp"
#include "platform/http/routing.hpp"

namespace kvalis::http::care {

inline const std::string kTag = "quality-care";

void register_supervision_routes(RouteTable& t);
void register_ospod_routes(RouteTable& t);
void register_transformation_routes(RouteTable& t);

}  // namespace kvalis::http::care
