#pragma once
// Who sees and changes what of the financing (PLAN13_SPEC "Access"): the region's staff see every service of
// their region, its models, lines and scenarios, and its admins and managers change them and grant subsidies;
// a provider's members see only their own services' budgets and lines and the models of those services'
// regions, and its admins, managers and workers edit their budgets and requested amounts; the platform
// administrator sees everything. Municipalities, audit bodies and evaluators (in any organisation) see no
// financing.
#include <soci/soci.h>

#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "network/store/fin_repo.hpp"
#include "platform/core/result.hpp"

namespace kvalis::network::app {

struct FinAccess {
  bool all = false;
  std::vector<long long> region_org_ids;  // regions whose models and scenarios the caller reads
  std::vector<std::string> region_codes;  // regions whose every service the caller sees (their staff)
  std::vector<long long> provider_ids;    // providers whose services the caller sees (their members)
  store::fin_repo::ServiceScope scope() const { return {all, region_codes, provider_ids}; }
  bool sees(const store::fin_repo::ServiceRow& s) const;
  bool reads_region(long long region_org_id) const;
  std::string key() const;  // the scope as a cache key
};

// The caller's financing access, or forbidden (network.fin.forbidden) when it sees nothing.
Result<FinAccess> fin_access(soci::session& s, const accounts::Principal& principal);

// The region's admins and managers (and the platform administrator).
bool manages_region(const accounts::Principal& principal, long long region_org_id);
// Edits the budget and the requested amount: the provider's admins, managers and workers, and the region's
// managers.
bool edits_service(const accounts::Principal& principal, const store::fin_repo::ServiceRow& service,
                   long long region_org_id);

// A member of the region organisation in any role (and the platform administrator): reads its scenarios.
bool region_staff(const accounts::Principal& principal, long long region_org_id);
// The scenario if the caller is its region's staff, else network.fin.scenario.not_found (404).
Result<store::fin_repo::ScenarioRow> visible_scenario(soci::session& s, const accounts::Principal& principal,
                                                      long long scenario_id);

// The service if the caller sees it, else network.fin.service.not_found (404).
Result<store::fin_repo::ServiceRow> visible_service(soci::session& s, const FinAccess& access, long long service_id);
// The region organisation of a service's region, or invalid_input network.fin.region_missing.
Result<store::fin_repo::RegionRow> region_of_service(soci::session& s, const store::fin_repo::ServiceRow& service);

}  // namespace kvalis::network::app
