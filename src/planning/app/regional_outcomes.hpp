#pragma once
// Use case "client outcomes by region and kind of service" (namespace kvalis::planning::app): the national
// roll-up of planning/core/rollup_kernel.hpp over one period for the regions the caller sees (region staff
// their region, the platform administrator the whole country). Cells of fewer than kMinCell clients are
// always suppressed: nobody reading this view is staff of the clients' service.
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "planning/core/rollup_kernel.hpp"
#include "platform/core/result.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::planning::app {

struct RegionalQuery {
  std::string from, to;     // YYYY-MM-DD, inclusive; from ≤ to
  std::string region_code;  // empty: every region the caller sees
  std::string kind_code;    // empty: every kind
};

struct RegionalRow {
  std::string region_code, region_name, kind_code, kind_name;
  OutcomeCell cell;  // suppressed below kMinCell clients
};

// Rows ordered by region code, then kind code; only cells with clients. Errors: forbidden for a caller who
// is neither region staff nor the platform administrator, and for another region than the caller's
// (field region_code); invalid_input naming from, to, region_code or kind_code.
Result<std::vector<RegionalRow>> regional_outcomes(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   const kvalis::store::catalogue_repo::Catalogues& catalogues,
                                                   const RegionalQuery& query, int threads = 1);

}  // namespace kvalis::planning::app
