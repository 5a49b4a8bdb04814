#pragma once
// The network module's routes (issues 12 and 13); server/app.cpp registers them with every other module's.
#include "platform/http/routing.hpp"

namespace kvalis::http {

// Every network route, from the files of each part.
void register_network_routes(RouteTable& table);
// Need areas, basic activities, service cards, their versions, comments and comparison, meetings per kind
// (cards_routes.cpp).
void register_network_card_routes(RouteTable& table);
// Coverage rounds, forms, uploads, the coverage map, gaps and overlaps and their export (coverage_routes.cpp).
void register_network_coverage_routes(RouteTable& table);
// Minimal forms per kind, the check of each service against it, corrective actions from gaps
// (minimal_routes.cpp).
void register_network_minimal_routes(RouteTable& table);
// The public portal (/portal/, /portal/en/), its JSON (/api/public/…) and open data, and the region's portal
// settings (portal_routes.cpp).
void register_network_portal_routes(RouteTable& table);
// The regional network year by year, entrustment acts, comparisons with the registry and need coverage, and the
// medium-term plan (SPRSS) with its action plans (netyears_routes.cpp, sprss_routes.cpp; issue 13).
void register_network_netyears_routes(RouteTable& table);

}  // namespace kvalis::http
