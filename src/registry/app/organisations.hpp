#pragma once
// Use cases on organisations (tenants): list and read what the caller may see, create (the platform
// administrator) and change (the organisation's administrators; only the platform administrator moves
// one to another kraj or ORP). Each is one transaction that records its activity.
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "registry/core/filters.hpp"
#include "registry/core/organisation_rules.hpp"

namespace kvalis::store {
class Database;
}

namespace kvalis::registry::app {

struct OrganisationPage {
  std::vector<Organisation> items;
  long long total = 0;
};

// The query's scope is the caller's: whatever it held is replaced.
OrganisationPage list_organisations(store::Database& db, const accounts::Caller& caller, OrganisationQuery query);
// Another tenant's organisation answers "not found", so ids cannot be probed.
Result<Organisation> get_organisation(store::Database& db, const accounts::Caller& caller, long long id);
Result<Organisation> create_organisation(store::Database& db, const accounts::Caller& caller, const KnownCode& known,
                                         const OrganisationChange& change);
Result<Organisation> update_organisation(store::Database& db, const accounts::Caller& caller, const KnownCode& known,
                                         long long id, const OrganisationChange& change);

}  // namespace kvalis::registry::app
