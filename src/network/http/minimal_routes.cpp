#include "network/http/routes.hpp"

namespace kvalis::http {

// Placeholder until the minimal part lands: the part's helper replaces this file.
void register_network_minimal_routes(RouteTable& table) { (void)table; }

}  // namespace kvalis::http
