#pragma once
// The routes of cooperation with partner bodies and funded projects (people module). register_people_routes
// (people/http/routes.hpp) calls register_people_cooperation_routes; it registers the project routes too.
#include "platform/http/routing.hpp"

namespace kvalis::http {

// Partners, meetings, agreed actions (cooperation_routes.cpp) and the project routes below.
void register_people_cooperation_routes(RouteTable& table);
// Projects, activities and links, budget, expenses, indicators, publicity, monitoring (projects_routes.cpp).
void register_people_project_routes(RouteTable& table);

}  // namespace kvalis::http
