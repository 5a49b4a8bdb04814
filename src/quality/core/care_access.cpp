#include "quality/core/care_access.hpp"

#include <algorithm>

namespace kvalis::quality::care {

using accounts::member_of;
using accounts::region_member;
using accounts::Role;

bool manager_of(const accounts::Principal& p, long long organisation_id) {
  return accounts::member_of(p, organisation_id, {Role::admin, Role::manager});
}

bool assessor_of(const accounts::Principal& p, long long organisation_id) {
  return accounts::member_of(p, organisation_id, {Role::admin, Role::manager, Role::worker, Role::auditor});
}

CareRights supervision_rights(const accounts::Principal& p, const OrgFacts& provider, long long recorded_by_org_id) {
  if (p.platform_admin) return {true, true};
  CareRights r;
  r.write = assessor_of(p, provider.id) || (recorded_by_org_id != provider.id && assessor_of(p, recorded_by_org_id));
  r.read = r.write || member_of(p, provider.id) || member_of(p, recorded_by_org_id) ||
           region_member(p, provider.region_code);
  return r;
}

bool sees_provider(const accounts::Principal& p, const OrgFacts& provider, bool reads_an_audit) {
  return p.platform_admin || member_of(p, provider.id) || region_member(p, provider.region_code) || reads_an_audit;
}

CareRights ospod_rights(const accounts::Principal& p, const OrgFacts& office) {
  if (p.platform_admin) return {true, true};
  CareRights r;
  r.write = manager_of(p, office.id);
  r.read = member_of(p, office.id) || region_member(p, office.region_code);
  return r;
}

bool may_set_staffing_norm(const accounts::Principal& p, const OrgFacts& office) {
  return p.platform_admin || manager_of(p, office.id) ||
         region_member(p, office.region_code, {Role::admin, Role::manager});
}

CareRights plan_rights(const accounts::Principal& p, const OrgFacts& provider) {
  if (p.platform_admin) return {true, true};
  CareRights r;
  r.write = manager_of(p, provider.id) || region_member(p, provider.region_code, {Role::admin, Role::manager});
  r.read = r.write || member_of(p, provider.id) || region_member(p, provider.region_code);
  return r;
}

}  // namespace kvalis::quality::care
