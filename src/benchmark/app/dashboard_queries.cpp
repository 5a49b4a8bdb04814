#include "benchmark/app/dashboard_queries.hpp"

#include "benchmark/store/benchmark_repo.hpp"

namespace kvalis::benchmark::app {

namespace bmrepo = store::benchmark_repo;

std::vector<DashboardGroup> dashboard_groups(soci::session& s, const accounts::Principal& principal) {
  bmrepo::GroupScope scope;
  scope.all = principal.platform_admin;
  for (const auto& m : principal.memberships) scope.organisation_ids.push_back(m.organisation_id);
  long long total = 0;
  std::vector<DashboardGroup> out;
  for (const auto& g : bmrepo::list_groups(s, scope, 1000, 0, total))
    out.push_back({g.id, g.name, g.region_org_id, g.region_name});
  return out;
}

}  // namespace kvalis::benchmark::app
