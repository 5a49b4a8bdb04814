#include "accounts/core/access.hpp"

#include <algorithm>
#include <array>
#include <utility>

namespace kvalis::accounts {
namespace {

constexpr std::array<std::pair<Role, std::string_view>, 6> kRoleNames = {{
    {Role::admin, "admin"},
    {Role::manager, "manager"},
    {Role::worker, "worker"},
    {Role::auditor, "auditor"},
    {Role::readonly, "readonly"},
    {Role::evaluator, "evaluator"},
}};

constexpr std::array<std::pair<OrganisationType, std::string_view>, 4> kTypeNames = {{
    {OrganisationType::region, "region"},
    {OrganisationType::municipality, "municipality"},
    {OrganisationType::provider, "provider"},
    {OrganisationType::audit_body, "audit_body"},
}};

constexpr std::array<std::pair<Permission, std::string_view>, 23> kPermissionNames = {{
    {Permission::public_access, "public"},
    {Permission::authenticated, "authenticated"},
    {Permission::organisations_read, "organisations.read"},
    {Permission::organisations_manage, "organisations.manage"},
    {Permission::services_read, "services.read"},
    {Permission::users_manage, "users.manage"},
    {Permission::audit_log_read, "audit_log.read"},
    {Permission::catalogues_manage, "catalogues.manage"},
    {Permission::registry_import, "registry.import"},
    {Permission::benchmark_read, "benchmark.read"},
    {Permission::benchmark_submit, "benchmark.submit"},
    {Permission::benchmark_manage, "benchmark.manage"},
    {Permission::quality_read, "quality.read"},
    {Permission::quality_assess, "quality.assess"},
    {Permission::quality_manage, "quality.manage"},
    {Permission::planning_read, "planning.read"},
    {Permission::planning_manage, "planning.manage"},
    {Permission::clients_work, "clients.work"},
    {Permission::people_read, "people.read"},
    {Permission::people_manage, "people.manage"},
    {Permission::network_read, "network.read"},
    {Permission::network_respond, "network.respond"},
    {Permission::network_manage, "network.manage"},
}};

template <class Table, class Key>
std::string_view name_of(const Table& table, Key key) {
  for (const auto& [k, name] : table)
    if (k == key) return name;
  return "";
}

template <class Key, class Table>
std::optional<Key> key_of(const Table& table, std::string_view s) {
  for (const auto& [k, name] : table)
    if (name == s) return k;
  return std::nullopt;
}

void add_unique(std::vector<std::string>& v, const std::string& s) {
  if (!s.empty() && std::find(v.begin(), v.end(), s) == v.end()) v.push_back(s);
}

}  // namespace

std::string_view to_string(Role role) { return name_of(kRoleNames, role); }
std::string_view to_string(OrganisationType type) { return name_of(kTypeNames, type); }
std::string_view to_string(Permission permission) { return name_of(kPermissionNames, permission); }
std::optional<Role> parse_role(std::string_view s) { return key_of<Role>(kRoleNames, s); }
std::optional<OrganisationType> parse_organisation_type(std::string_view s) {
  return key_of<OrganisationType>(kTypeNames, s);
}

const std::vector<Role>& all_roles() {
  static const std::vector<Role> roles = {Role::admin,   Role::manager,  Role::worker,
                                          Role::auditor, Role::readonly, Role::evaluator};
  return roles;
}

const std::vector<Permission>& all_permissions() {
  static const std::vector<Permission> all = [] {
    std::vector<Permission> v;
    for (const auto& [p, name] : kPermissionNames) v.push_back(p);
    return v;
  }();
  return all;
}

bool member_of(const Principal& principal, long long organisation_id, std::initializer_list<Role> roles) {
  return std::any_of(principal.memberships.begin(), principal.memberships.end(), [&](const Membership& m) {
    return m.organisation_id == organisation_id &&
           (roles.size() == 0 || std::find(roles.begin(), roles.end(), m.role) != roles.end());
  });
}

bool region_member(const Principal& principal, const std::string& region_code, std::initializer_list<Role> roles) {
  if (region_code.empty()) return false;
  return std::any_of(principal.memberships.begin(), principal.memberships.end(), [&](const Membership& m) {
    return m.organisation_type == OrganisationType::region && m.region_code == region_code &&
           (roles.size() == 0 || std::find(roles.begin(), roles.end(), m.role) != roles.end());
  });
}

bool role_grants(Role role, Permission permission) {
  switch (permission) {
    case Permission::public_access:
    case Permission::authenticated:
    case Permission::organisations_read:
    case Permission::services_read:
    case Permission::planning_read:
    case Permission::people_read:
    case Permission::network_read:
      return true;
    case Permission::benchmark_read:
    case Permission::quality_read:
      return role != Role::evaluator;
    case Permission::quality_assess:
      return role != Role::readonly && role != Role::evaluator;
    case Permission::clients_work:
    case Permission::network_respond:
      return role == Role::admin || role == Role::manager || role == Role::worker;
    case Permission::benchmark_submit:
      return role == Role::admin || role == Role::manager || role == Role::worker;
    case Permission::benchmark_manage:
    case Permission::quality_manage:
    case Permission::planning_manage:
    case Permission::people_manage:
    case Permission::network_manage:
      return role == Role::admin || role == Role::manager;
    case Permission::organisations_manage:
    case Permission::users_manage:
    case Permission::audit_log_read:
      return role == Role::admin;
    case Permission::catalogues_manage:
    case Permission::registry_import:
      return false;  // platform administrator only
  }
  return false;
}

bool has_permission(const Principal& principal, Permission permission) {
  if (permission == Permission::public_access) return true;
  if (principal.user_id == 0) return false;
  if (permission == Permission::authenticated || principal.platform_admin) return true;
  return std::any_of(principal.memberships.begin(), principal.memberships.end(),
                     [&](const Membership& m) { return role_grants(m.role, permission); });
}

std::vector<std::string> permission_names(const Principal& principal) {
  std::vector<std::string> names;
  for (auto p : all_permissions())
    if (p != Permission::public_access && has_permission(principal, p)) names.emplace_back(to_string(p));
  return names;
}

VisibilityScope visibility(const Principal& principal) {
  VisibilityScope scope;
  scope.all = principal.platform_admin;
  for (const auto& m : principal.memberships) {
    if (std::find(scope.organisation_ids.begin(), scope.organisation_ids.end(), m.organisation_id) ==
        scope.organisation_ids.end())
      scope.organisation_ids.push_back(m.organisation_id);
    if (m.organisation_type == OrganisationType::region) add_unique(scope.region_codes, m.region_code);
    if (m.organisation_type == OrganisationType::municipality) add_unique(scope.territory_codes, m.territory_code);
  }
  return scope;
}

bool can_see(const VisibilityScope& scope, const ServiceLocation& where) {
  if (scope.all) return true;
  auto contains = [](const auto& v, const auto& x) { return std::find(v.begin(), v.end(), x) != v.end(); };
  if (contains(scope.organisation_ids, where.provider_id)) return true;
  if (!where.region_code.empty() && contains(scope.region_codes, where.region_code)) return true;
  return std::any_of(where.territory_codes.begin(), where.territory_codes.end(),
                     [&](const std::string& t) { return contains(scope.territory_codes, t); });
}

bool can_see_secret_address(const Principal& principal, long long provider_id) {
  if (principal.platform_admin) return true;
  return std::any_of(principal.memberships.begin(), principal.memberships.end(),
                     [&](const Membership& m) { return m.organisation_id == provider_id; });
}

bool can_manage_organisation(const Principal& principal, long long organisation_id) {
  if (principal.platform_admin) return true;
  return std::any_of(principal.memberships.begin(), principal.memberships.end(), [&](const Membership& m) {
    return m.organisation_id == organisation_id && m.role == Role::admin;
  });
}

}  // namespace kvalis::accounts
