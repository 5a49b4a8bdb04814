#include "network/app/financing_access.hpp"

#include <algorithm>

namespace kvalis::network::app {

namespace fr = store::fin_repo;
using accounts::OrganisationType;
using accounts::Role;

namespace {

template <class T>
void add_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

}  // namespace

bool FinAccess::sees(const fr::ServiceRow& s) const {
  return all || std::find(region_codes.begin(), region_codes.end(), s.region_code) != region_codes.end() ||
         std::find(provider_ids.begin(), provider_ids.end(), s.provider_id) != provider_ids.end();
}

bool FinAccess::reads_region(long long region_org_id) const {
  return all || std::find(region_org_ids.begin(), region_org_ids.end(), region_org_id) != region_org_ids.end();
}

std::string FinAccess::key() const {
  if (all) return "all";
  std::vector<std::string> codes = region_codes;
  std::vector<long long> providers = provider_ids;
  std::sort(codes.begin(), codes.end());
  std::sort(providers.begin(), providers.end());
  std::string out = "r:";
  for (const auto& c : codes) out += c + ",";
  out += "p:";
  for (long long p : providers) out += std::to_string(p) + ",";
  return out;
}

Result<FinAccess> fin_access(soci::session& s, const accounts::Principal& principal) {
  FinAccess a;
  if (principal.platform_admin) {
    a.all = true;
    return a;
  }
  for (const auto& m : principal.memberships) {
    // An evaluator reads published texts and evidence, never money (as with development plans).
    if (m.role == Role::evaluator) continue;
    if (m.organisation_type == OrganisationType::region) {
      add_unique(a.region_org_ids, m.organisation_id);
      if (!m.region_code.empty()) add_unique(a.region_codes, m.region_code);
    } else if (m.organisation_type == OrganisationType::provider) {
      add_unique(a.provider_ids, m.organisation_id);
    }
  }
  if (a.region_org_ids.empty() && a.provider_ids.empty()) return forbidden("network.fin.forbidden");
  // A provider reads the models of the regions its services are in.
  for (const auto& code : fr::region_codes_of_providers(s, a.provider_ids))
    if (auto region = fr::region_by_code(s, code)) add_unique(a.region_org_ids, region->id);
  return a;
}

bool manages_region(const accounts::Principal& principal, long long region_org_id) {
  return principal.platform_admin || accounts::member_of(principal, region_org_id, {Role::admin, Role::manager});
}

bool edits_service(const accounts::Principal& principal, const fr::ServiceRow& service, long long region_org_id) {
  return manages_region(principal, region_org_id) ||
         accounts::member_of(principal, service.provider_id, {Role::admin, Role::manager, Role::worker});
}

bool region_staff(const accounts::Principal& p, long long region_org_id) {
  return p.platform_admin || accounts::member_of(p, region_org_id);
}

Result<fr::ScenarioRow> visible_scenario(soci::session& s, const accounts::Principal& p, long long id) {
  auto sc = fr::scenario(s, id);
  if (!sc || !region_staff(p, sc->region_org_id)) return not_found("network.fin.scenario.not_found");
  return *sc;
}

Result<fr::ServiceRow> visible_service(soci::session& s, const FinAccess& access, long long service_id) {
  auto service = fr::service(s, service_id);
  if (!service || !access.sees(*service)) return not_found("network.fin.service.not_found");
  return *service;
}

Result<fr::RegionRow> region_of_service(soci::session& s, const fr::ServiceRow& service) {
  auto region = fr::region_by_code(s, service.region_code);
  if (!region)
    return invalid("service_id", "network.fin.region_missing",
                   {{"value", service.region_code.empty() ? "–" : service.region_code}});
  return *region;
}

}  // namespace kvalis::network::app
