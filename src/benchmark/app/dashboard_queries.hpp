#pragma once
// What the dashboard (src/dashboard) asks of benchmarking: the working groups the caller runs or takes
// part in. Runs in the dashboard's read transaction.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "accounts/core/access.hpp"

namespace kvalis::benchmark::app {

struct DashboardGroup {
  long long id = 0;
  std::string name;
  long long region_org_id = 0;  // the region that runs the group
  std::string region_name;
};

// The groups of the caller's organisations (every group for the platform administrator), as the
// benchmarking routes list them.
std::vector<DashboardGroup> dashboard_groups(soci::session& s, const accounts::Principal& principal);

}  // namespace kvalis::benchmark::app
