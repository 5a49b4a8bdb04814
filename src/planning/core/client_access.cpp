#include "planning/core/client_access.hpp"

#include <algorithm>
#include <span>

namespace kvalis::planning {

using accounts::Role;

std::string_view to_string(StaffKind k) { return k == StaffKind::granted ? "granted" : "staff"; }

std::optional<StaffKind> parse_staff_kind(std::string_view s) {
  if (s == "staff") return StaffKind::staff;
  if (s == "granted") return StaffKind::granted;
  return std::nullopt;
}

bool works_with_clients(const accounts::Principal& p, long long provider_id) {
  return accounts::member_of(p, provider_id, {Role::admin, Role::manager, Role::worker});
}

ClientRights client_rights(const accounts::Principal& p, const ClientServiceFacts& f) {
  ClientRights r;
  // Being platform administrator, a region member or an evaluator gives nothing here: only the staff
  // of the service who work with clients in the provider.
  if (!f.caller_staff || !works_with_clients(p, f.provider_id)) return r;
  r.read = true;
  r.write = true;
  r.erase = may_manage_staff(p, f.provider_id);
  return r;
}

bool may_manage_staff(const accounts::Principal& p, long long provider_id) {
  return accounts::member_of(p, provider_id, {Role::admin, Role::manager});
}

bool may_be_staff(std::span<const accounts::Role> roles_in_provider) {
  return std::any_of(roles_in_provider.begin(), roles_in_provider.end(),
                     [](Role r) { return r == Role::admin || r == Role::manager || r == Role::worker; });
}

}  // namespace kvalis::planning
