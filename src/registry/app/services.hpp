#pragma once
// Use cases on registered services: the list and one service, as far as the caller may see them.
#include <functional>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "registry/core/filters.hpp"
#include "registry/core/model.hpp"

namespace soci {
class session;
}
namespace kvalis::store {
class Database;
}

namespace kvalis::registry::app {

struct ServicePage {
  std::vector<ServiceSummary> items;
  long long total = 0;
};

// The query's scope is the caller's: whatever it held is replaced.
ServicePage list_services(store::Database& db, const accounts::Caller& caller, ServiceQuery query);

// Another module may let a caller read a service the registry's scope does not show (quality: a member
// of an audit of that service). Runs in the use case's transaction.
using ServiceReadGrant = std::function<bool(soci::session& s, const accounts::Principal& p, long long service_id)>;

struct ServiceView {
  ServiceDetail detail;
  bool secret_addresses_shown = false;  // the provider's own staff see secret facility addresses
};
// Secret facility addresses are emptied unless the caller may see them.
Result<ServiceView> get_service(store::Database& db, const accounts::Caller& caller, long long id,
                                const ServiceReadGrant& grant = {});

}  // namespace kvalis::registry::app
