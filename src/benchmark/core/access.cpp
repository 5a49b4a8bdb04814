#include "benchmark/core/access.hpp"

namespace kvalis::benchmark {

using accounts::member_of;
using accounts::Role;

std::optional<Participation> parse_participation(std::string_view text) {
  if (text == "full") return Participation::full;
  if (text == "data_only") return Participation::data_only;
  return std::nullopt;
}

std::string_view to_string(Participation participation) {
  return participation == Participation::full ? "full" : "data_only";
}

GroupAccess group_access(const accounts::Principal& p, long long region_org_id,
                         const std::vector<GroupMember>& members) {
  GroupAccess a;
  if (p.platform_admin) return {true, true, true, Participation::full};
  a.region_staff = member_of(p, region_org_id);
  a.manage = member_of(p, region_org_id, {Role::admin, Role::manager});
  for (const auto& m : members)
    if (member_of(p, m.provider_org_id) && a.participation != Participation::full) a.participation = m.participation;
  a.read = a.region_staff || a.participation.has_value();
  return a;
}

bool reads_service(const accounts::Principal& p, const GroupAccess& a, long long provider_id) {
  return a.region_staff || member_of(p, provider_id);
}

bool edits_service(const accounts::Principal& p, const GroupAccess& a, long long provider_id) {
  return a.manage || member_of(p, provider_id, {Role::admin, Role::manager, Role::worker});
}

bool edits_practice(const accounts::Principal& p, const PracticeAuthor& author) {
  if (p.platform_admin) return true;
  for (const auto& m : p.memberships) {
    if (!accounts::role_grants(m.role, accounts::Permission::benchmark_submit)) continue;
    if (m.organisation_id == author.organisation_id) return true;
    // Staff of the region the author belongs to.
    if (m.organisation_type == accounts::OrganisationType::region && !m.region_code.empty() &&
        m.region_code == author.region_code)
      return true;
  }
  return false;
}

bool writes_as(const accounts::Principal& p, long long organisation_id) {
  if (p.platform_admin) return true;
  for (const auto& m : p.memberships)
    if (m.organisation_id == organisation_id && accounts::role_grants(m.role, accounts::Permission::benchmark_submit))
      return true;
  return false;
}

std::optional<long long> default_author(const accounts::Principal& p) {
  for (const auto& m : p.memberships)
    if (accounts::role_grants(m.role, accounts::Permission::benchmark_submit) &&
        (m.organisation_type == accounts::OrganisationType::provider ||
         m.organisation_type == accounts::OrganisationType::region))
      return m.organisation_id;
  return std::nullopt;
}

}  // namespace kvalis::benchmark
