#pragma once
// Roles, permissions and the visibility rules of tenants. Pure functions: no storage, no HTTP.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvalis::accounts {

// A role is always held in one organisation (tenant).
// evaluator: an external evaluator (of a provider's plans and impact, of a funded project): reads what it is
// given, changes nothing and never sees client identities.
enum class Role { admin, manager, worker, auditor, readonly, evaluator };

enum class OrganisationType {
  region,        // kraj (krajský úřad)
  municipality,  // obec s rozšířenou působností, OSPOD office
  provider,      // poskytovatel sociálních služeb
  audit_body,    // auditing or consulting body
};

// What a route requires. public_access and authenticated are not held by roles; the others are.
enum class Permission {
  public_access,
  authenticated,
  organisations_read,
  organisations_manage,
  services_read,
  users_manage,
  audit_log_read,
  catalogues_manage,
  registry_import,
  benchmark_read,    // results, groups and rounds the caller takes part in
  benchmark_submit,  // fill a provider's data forms
  benchmark_manage,  // run working groups, methodologies and rounds (region staff)
  quality_read,      // audits, findings and actions the caller's organisations take part in
  quality_assess,    // score audits the caller is on, record findings, move corrective actions
  quality_manage,    // standard sets, audit templates, create audits, OSPOD procedures, transformation plans
  planning_read,     // plans, goals, evaluations and impact reports (aggregates; no client identities)
  planning_manage,   // strategic and operational plans, service goals, indicators, evaluations, the plan cycle
  clients_work,      // client records and individual plans of the services the caller is staff of
  people_read,       // training catalogue and sessions, cooperation meetings, funded projects (staff records: managers)
  people_manage,     // staff records, training modules and sessions, registrations, meetings, projects
  network_read,      // service cards, coverage results, the network, plans and financing the caller may see
  network_respond,   // a provider comments on cards, answers coverage rounds, submits development plans
  network_manage,    // the region: cards, meetings, coverage rounds, minimal forms, the portal, network and plans
};

std::string_view to_string(Role role);
std::string_view to_string(OrganisationType type);
std::string_view to_string(Permission permission);
std::optional<Role> parse_role(std::string_view s);
std::optional<OrganisationType> parse_organisation_type(std::string_view s);
const std::vector<Role>& all_roles();
const std::vector<Permission>& all_permissions();

struct Membership {
  long long organisation_id = 0;
  OrganisationType organisation_type = OrganisationType::provider;
  Role role = Role::readonly;
  std::string organisation_name;
  std::string region_code;     // Kraj code of the registry (e.g. "86")
  std::string territory_code;  // ORP code, for municipalities
};

struct Principal {
  long long user_id = 0;
  std::string login;
  std::string display_name;
  bool platform_admin = false;
  std::vector<Membership> memberships;
};

bool role_grants(Role role, Permission permission);
// A member of the organisation, in one of the roles (any role when none are given).
bool member_of(const Principal& principal, long long organisation_id, std::initializer_list<Role> roles = {});
// A member of a region organisation (kraj) of this region code, in one of the roles (any when none are given).
bool region_member(const Principal& principal, const std::string& region_code, std::initializer_list<Role> roles = {});
bool has_permission(const Principal& principal, Permission permission);
std::vector<std::string> permission_names(const Principal& principal);

// Whose services and organisations a principal may read. Region members see their region's territory,
// municipality members their ORP, everyone sees their own organisations; a platform administrator all.
struct VisibilityScope {
  bool all = false;
  std::vector<long long> organisation_ids;
  std::vector<std::string> region_codes;
  std::vector<std::string> territory_codes;
};
VisibilityScope visibility(const Principal& principal);

struct ServiceLocation {
  long long provider_id = 0;
  std::string region_code;
  std::vector<std::string> territory_codes;
};
bool can_see(const VisibilityScope& scope, const ServiceLocation& where);
// Secret facility addresses (utajená adresa) are shown only to the provider itself and the platform admin.
bool can_see_secret_address(const Principal& principal, long long provider_id);

// Administrators manage users and data of their own organisation; the platform administrator of all.
bool can_manage_organisation(const Principal& principal, long long organisation_id);

}  // namespace kvalis::accounts
