#include "dashboard/core/dashboard.hpp"

namespace kvalis::dashboard {

using accounts::member_of;
using accounts::Role;

GroupRole role_in_group(const accounts::Principal& p, long long region_org_id,
                        const std::vector<long long>& member_provider_ids) {
  GroupRole r;
  r.region_staff = p.platform_admin || member_of(p, region_org_id);
  r.manage = p.platform_admin || member_of(p, region_org_id, {Role::admin, Role::manager});
  for (long long provider : member_provider_ids)
    if (member_of(p, provider)) r.providers.insert(provider);
  return r;
}

bool reads_form(const GroupRole& role, long long provider_id) {
  return role.region_staff || role.providers.count(provider_id) > 0;
}

FormPlace place_of_form(const accounts::Principal& p, const GroupRole& role, long long provider_id,
                        const std::string& status) {
  if (status == "submitted") return role.manage ? FormPlace::review : FormPlace::none;
  const bool own = role.providers.count(provider_id) > 0;
  if (own && member_of(p, provider_id, {Role::admin, Role::manager, Role::worker})) return FormPlace::fill;
  return FormPlace::none;
}

AuditTask task_of_audit(bool closed, bool may_score, bool may_manage, int assessed, int criteria) {
  if (closed || !(may_score || may_manage)) return AuditTask::none;
  const bool complete = criteria > 0 && assessed >= criteria;
  if (complete && may_manage) return AuditTask::close;
  if (!complete && may_score) return AuditTask::score;
  return AuditTask::none;
}

bool sees_overview(const accounts::Principal& p) {
  if (p.platform_admin) return true;
  for (const auto& m : p.memberships)
    if (m.organisation_type == accounts::OrganisationType::region) return true;
  return false;
}

std::vector<std::string> overview_regions(const accounts::Principal& p) {
  std::vector<std::string> regions;
  for (const auto& m : p.memberships)
    if (m.organisation_type == accounts::OrganisationType::region) regions.push_back(m.region_code);
  return regions;
}

}  // namespace kvalis::dashboard
