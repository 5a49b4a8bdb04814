#pragma once
// Versions of cached data (table data_versions): a module bumps its scope ("accounts", "registry",
// "benchmark") in the transaction that changes what the caches of the request pipeline and the response
// cache (platform/http/cache.hpp) hold; readers compare versions instead of re-reading the data.
#include <soci/soci.h>

#include <cstdint>
#include <string>

namespace kvalis::store::data_versions {

long long get(soci::session& s, const std::string& scope);
void bump(soci::session& s, const std::string& scope);

// How many times this process read data versions from the database (get, and count_read for a query that
// reads them with other data, such as the session lookup): GET /api/metrics.
void count_read();
long long reads();

// The sessions the request pipeline caches (server/app.cpp) are read from sessions, users and the "accounts" and
// "registry" versions, the public portal's versions from "network" and "registry". Every write to them in this
// process counts here (bump of those scopes, and the writes of accounts_repo), and a state-changing request that
// saw the count move voids what the pipeline cached; a request that changed none of them (an assessment, a form,
// an action) leaves it cached.
void note_session_data_changed();
std::uint64_t session_data_changes();

}  // namespace kvalis::store::data_versions
