#include "network/http/routes.hpp"

namespace kvalis::http {

void register_network_routes(RouteTable& table) {
  register_network_card_routes(table);
  register_network_coverage_routes(table);
  register_network_minimal_routes(table);
  register_network_portal_routes(table);
  register_network_netyears_routes(table);
}

}  // namespace kvalis::http
