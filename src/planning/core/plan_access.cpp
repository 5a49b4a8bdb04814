#include "planning/core/plan_access.hpp"

namespace kvalis::planning {

using accounts::Role;

PlanRights plan_rights(const accounts::Principal& p, const PlanOwner& owner) {
  PlanRights r;
  if (p.platform_admin) return {true, true};
  r.manage = accounts::member_of(p, owner.organisation_id, {Role::admin, Role::manager});
  r.read = r.manage || accounts::member_of(p, owner.organisation_id) ||
           (!owner.region_code.empty() && accounts::region_member(p, owner.region_code));
  return r;
}

bool owns_service(const accounts::Principal& p, long long provider_id, bool listed_staff) {
  if (!listed_staff) return false;
  return accounts::member_of(p, provider_id, {Role::admin, Role::manager, Role::worker});
}

}  // namespace kvalis::planning
