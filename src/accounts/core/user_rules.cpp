#include "accounts/core/user_rules.hpp"

#include <algorithm>
#include <cstdio>
#include <set>
#include <utility>

#include "accounts/core/credentials.hpp"
#include "platform/core/text.hpp"

namespace kvalis::accounts {

Status check_user_text(std::string_view field, const std::string& value, std::size_t max, bool required) {
  const std::string name(field);
  if (required && value.empty()) return invalid(name, "field.required");
  if (value.size() > max) return invalid(name, "field.too_long", {{"max", std::to_string(max)}});
  if (const auto bad = forbidden_character(value, false)) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(*bad));
    return invalid(name, "field.forbidden_character", {{"char", code}});
  }
  return ok_status();
}

Status check_language(const std::optional<std::string>& language) {
  if (language && *language != "cs" && *language != "en")
    return invalid("language", "field.invalid_value", {{"value", *language}});
  return ok_status();
}

Status check_email(const std::optional<std::string>& email) {
  if (!email || email->empty()) return ok_status();
  if (auto st = check_user_text("email", *email, kMaxEmail, false); !st) return st;
  const auto at = email->find('@');
  if (at == std::string::npos || at == 0 || email->find('.', at) == std::string::npos)
    return invalid("email", "field.invalid_value", {{"value", *email}});
  return ok_status();
}

Status check_new_user(const Principal& actor, const NewUser& in) {
  for (auto st : {validate_login(in.login), check_user_text("display_name", in.display_name, kMaxDisplayName, true),
                  check_email(in.email), check_language(in.language), validate_password(in.password)})
    if (!st) return st;
  if (in.memberships.empty() && !actor.platform_admin) return invalid("memberships", "field.required");
  if (in.platform_admin && !actor.platform_admin)
    return Error{ErrorCode::forbidden, "platform_admin", "auth.forbidden", {}};
  return ok_status();
}

Status check_user_change(const Principal& actor, long long target_user_id, const UserChange& in) {
  if (in.display_name)
    if (auto st = check_user_text("display_name", *in.display_name, kMaxDisplayName, true); !st) return st;
  for (auto st : {check_email(in.email), check_language(in.language)})
    if (!st) return st;
  if (in.active && !*in.active && target_user_id == actor.user_id) return invalid("active", "user.deactivate_self");
  return ok_status();
}

Status check_own_profile(const std::optional<std::string>& language, const std::optional<std::string>& display_name) {
  if (auto st = check_language(language); !st) return st;
  if (display_name) return check_user_text("display_name", *display_name, kMaxDisplayName, true);
  return ok_status();
}

std::vector<long long> managed_organisations(const Principal& actor) {
  std::vector<long long> ids;
  for (const auto& m : actor.memberships)
    if (m.role == Role::admin) ids.push_back(m.organisation_id);
  return ids;
}

bool can_manage_user(const Principal& actor, const UserFacts& target) {
  if (actor.platform_admin) return true;
  if (target.platform_admin) return false;
  const auto managed = managed_organisations(actor);
  return std::any_of(target.memberships.begin(), target.memberships.end(), [&](const Membership& m) {
    return std::find(managed.begin(), managed.end(), m.organisation_id) != managed.end();
  });
}

Result<std::vector<Membership>> resolve_grants(const Principal& actor, const std::vector<RoleGrant>& grants,
                                               const std::set<long long>& existing_organisations) {
  std::vector<Membership> out;
  for (std::size_t i = 0; i < grants.size(); ++i) {
    const std::string field = "memberships[" + std::to_string(i) + "]";
    const auto role = parse_role(grants[i].role);
    if (!role) return invalid(field + ".role", "role.unknown", {{"value", grants[i].role}});
    if (!existing_organisations.count(grants[i].organisation_id))
      return invalid(field + ".organisation_id", "organisation.not_found");
    if (!can_manage_organisation(actor, grants[i].organisation_id))
      return Error{ErrorCode::forbidden, field + ".organisation_id", "membership.foreign_organisation", {}};
    Membership m;
    m.organisation_id = grants[i].organisation_id;
    m.role = *role;
    out.push_back(m);
  }
  return out;
}

std::vector<Membership> merged_memberships(const Principal& actor, std::vector<Membership> granted,
                                           const std::vector<Membership>& current) {
  for (const auto& old : current)
    if (!can_manage_organisation(actor, old.organisation_id)) granted.push_back(old);
  return granted;
}

std::string memberships_detail(const std::vector<Membership>& memberships) {
  std::string detail;
  for (const auto& m : memberships)
    detail += (detail.empty() ? "" : ", ") + std::to_string(m.organisation_id) + ":" + std::string(to_string(m.role));
  return detail;
}

long long organisation_of_change(const Principal& actor, const std::vector<Membership>& target) {
  for (const auto& m : target) {
    if (!can_manage_organisation(actor, m.organisation_id)) continue;
    if (!actor.platform_admin || member_of(actor, m.organisation_id)) return m.organisation_id;
  }
  return 0;
}

bool roles_differ(const std::vector<Membership>& before, const std::vector<Membership>& after) {
  const auto grants = [](const std::vector<Membership>& ms) {
    std::set<std::pair<long long, Role>> out;
    for (const auto& m : ms) out.insert({m.organisation_id, m.role});
    return out;
  };
  return grants(before) != grants(after);
}

}  // namespace kvalis::accounts
