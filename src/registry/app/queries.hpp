#pragma once
// What other modules read of the registry inside their own transactions (benchmarking, quality, accounts,
// the command line): an organisation, a service, and the data versions that key the caches.
#include <optional>
#include <string>

#include "registry/core/model.hpp"

namespace soci {
class session;
}

namespace kvalis::registry::app {

// An organisation or a service by id, without any visibility check: the caller's module decides who may
// see it (e.g. benchmarking by its working groups).
std::optional<Organisation> find_organisation(soci::session& s, long long id);
std::optional<ServiceDetail> find_service(soci::session& s, long long id);

}  // namespace kvalis::registry::app
