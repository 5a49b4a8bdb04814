#pragma once
// Reads what the national roll-up (planning/core/rollup_kernel.hpp) needs and nothing more: the services
// with their region and kind, the clients with their service and provider, the providers' GAS ρ, and the
// ratings of a period in one query ordered by client, date and review (the kernel's "latest last"), and the
// ladder values of the period in one query ordered by client, ladder, date and assessment. Rows go into
// columns through platform/store/scan (each database's own library); every value is bound.
#include <soci/soci.h>

#include <string>

#include "planning/core/rollup_kernel.hpp"

namespace kvalis::planning::store::outcome_scan {

struct Scope {
  std::string from, to;     // the period, YYYY-MM-DD, inclusive
  std::string region_code;  // empty: every region
  std::string kind_code;    // empty: every kind
};

// The kernel's input for the scope: clients of services in it (ascending id), their ratings held in the
// period and their ladder values assessed in it.
RollupInput scan(soci::session& s, const Scope& scope);

// The data versions (table data_versions) a scan depends on, read in one query: "planning" (bumped by every
// planning write that can change outcomes) and "registry" (services' region and kind).
struct Versions {
  long long planning = 0, registry = 0;
  friend bool operator==(const Versions&, const Versions&) = default;
};
Versions versions(soci::session& s);

}  // namespace kvalis::planning::store::outcome_scan
