#pragma once
// What the client part's use cases share: a client with the caller's rights, the services whose clients the
// caller works with, the provider's ρ, the common errors.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "planning/core/client_access.hpp"
#include "planning/store/clients_repo.hpp"
#include "platform/core/result.hpp"

namespace kvalis::planning::app {

inline Error client_missing() { return not_found("planning.clients.client_not_found"); }
inline Error service_missing() { return not_found("planning.clients.service_not_found"); }

struct LoadedClient {
  store::ServiceRow service;
  store::ClientRow client;
  ClientRights rights;
};

// The caller's row in the service's staff and the provider's facts, for client_rights.
ClientServiceFacts facts_of(soci::session& s, const accounts::Principal& p, const store::ServiceRow& service);
// The client with the caller's rights; not found when it does not exist or the caller may not read it.
Result<LoadedClient> load_client(soci::session& s, const accounts::Principal& p, long long id);
// The services whose client records the caller reads: staff (or granted) there and clients.work in the provider.
std::vector<long long> readable_services(soci::session& s, const accounts::Principal& p);
// Role names (as stored) include one that works with clients.
bool roles_work_with_clients(const std::vector<std::string>& roles);
// The provider's GAS ρ (pl_settings), kDefaultRho when none is set.
double rho_of(soci::session& s, long long organisation_id);
std::string today_text();

}  // namespace kvalis::planning::app
