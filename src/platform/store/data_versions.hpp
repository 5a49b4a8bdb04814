#pragma once
// Versions of cached data (table data_versions): a module bumps its scope ("accounts", "registry",
// "benchmark") in the transaction that changes what the caches of the request pipeline and the response
// cache (platform/http/cache.hpp) hold; readers compare versions instead of re-reading the data.
#include <soci/soci.h>

#include <string>

namespace kvalis::store::data_versions {

long long get(soci::session& s, const std::string& scope);
void bump(soci::session& s, const std::string& scope);

}  // namespace kvalis::store::data_versions
