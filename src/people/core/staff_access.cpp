#include "people/core/staff_access.hpp"

namespace kvalis::people {

using accounts::Role;

bool may_manage_staff(const accounts::Principal& p, long long organisation_id) {
  return p.platform_admin || accounts::member_of(p, organisation_id, {Role::admin, Role::manager});
}

WorkerRights worker_rights(const accounts::Principal& p, const WorkerFacts& f) {
  WorkerRights r;
  if (may_manage_staff(p, f.organisation_id)) {
    r.read = true;
    r.write = true;
    return r;
  }
  // A worker reads their own record (not only a user id match: the user must still work there).
  if (f.user_id && p.user_id > 0 && *f.user_id == p.user_id && accounts::member_of(p, f.organisation_id)) r.read = true;
  return r;
}

bool sees_regional_staff(const accounts::Principal& p, const std::string& region_code) {
  if (p.platform_admin) return true;
  return accounts::region_member(p, region_code,
                                 {Role::admin, Role::manager, Role::worker, Role::auditor, Role::readonly});
}

}  // namespace kvalis::people
