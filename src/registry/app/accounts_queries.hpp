#pragma once
// What the accounts module asks of the registry: which organisations exist (roles are held in them), and
// the data version that tells every server process that users, roles or organisations changed.
#include <soci/soci.h>

#include <set>
#include <vector>

namespace kvalis::registry::app {

// The ids among these that name an organisation.
std::set<long long> existing_organisations(soci::session& s, const std::vector<long long>& ids);

// Bumps the "accounts" data version in the caller's transaction: sessions reload their principal.
void accounts_changed(soci::session& s);

}  // namespace kvalis::registry::app
