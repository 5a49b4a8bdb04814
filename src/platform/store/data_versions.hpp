#pragma once
// Versions of cached data (table data_versions): a module bumps its scope ("accounts", "registry",
// "benchmark") in the transaction that changes what the caches of the request pipeline and the response
// cache (platform/http/cache.hpp) hold; readers compare versions instead of re-reading the data.
#include <soci/soci.h>

#include <string>

namespace kvalis::store::data_versions {

long long get(soci::session& s, const std::string& scope);
void bump(soci::session& s, const std::string& scope);

// How many times this process read data versions from the database (get, and count_read for a query that
// reads them with other data, such as the session lookup): GET /api/metrics.
void count_read();
long long reads();

}  // namespace kvalis::store::data_versions
