#pragma once
// Who reads a benchmarking working group (its rounds and comparisons), for other routes that link to them.
#include <soci/soci.h>

#include "accounts/core/access.hpp"

namespace kvalis::http {

// The group's region staff, its member providers and the platform administrator.
bool reads_benchmark_group(soci::session& s, const accounts::Principal& p, long long group_id);

}  // namespace kvalis::http
