#pragma once
// The rules of user administration: what a user's fields must look like, who administers which user,
// which roles an administrator may grant, and which organisation a change concerns. Pure functions; the
// use cases (accounts/app/users.hpp) load the rows and call them. Table tests: tests/data/accounts/users_*.csv.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/access.hpp"
#include "platform/core/result.hpp"

namespace kvalis::accounts {

constexpr std::size_t kMaxDisplayName = 200;
constexpr std::size_t kMaxEmail = 200;

// A role an administrator asks to grant: the role's name as sent and the organisation.
struct RoleGrant {
  long long organisation_id = 0;
  std::string role;
};

// A new user as an administrator, the command line or the demo describes them.
struct NewUser {
  std::string login;
  std::string display_name;
  std::optional<std::string> email;
  std::optional<std::string> language;  // cs (default) or en
  std::string password;
  bool platform_admin = false;  // only a platform administrator creates one (command line, demo)
  std::vector<RoleGrant> memberships;
};

// What changes about an existing user; absent fields stay as they are.
struct UserChange {
  std::optional<std::string> display_name;
  std::optional<std::string> email;
  std::optional<std::string> language;
  std::optional<bool> active;
};

// The user a rule is about.
struct UserFacts {
  long long user_id = 0;
  bool platform_admin = false;
  std::vector<Membership> memberships;
};

// One-line text: required when asked, at most max bytes, no control or bidirectional characters.
Status check_user_text(std::string_view field, const std::string& value, std::size_t max, bool required);
Status check_language(const std::optional<std::string>& language);  // cs or en
Status check_email(const std::optional<std::string>& email);        // empty, or something@domain.tld

// A new user's fields (login, display_name, email, language, password, in this order), then: an
// organisation administrator gives at least one role (memberships), and only a platform administrator
// creates another platform administrator.
Status check_new_user(const Principal& actor, const NewUser& in);
// A change's fields, and: nobody deactivates their own account (an administrator who did would be logged
// out with nobody left to undo it).
Status check_user_change(const Principal& actor, long long target_user_id, const UserChange& in);
// A user's change of their own profile (language first, then display_name).
Status check_own_profile(const std::optional<std::string>& language, const std::optional<std::string>& display_name);

// Organisations in which the actor administers users (their admin roles).
std::vector<long long> managed_organisations(const Principal& actor);
// The platform administrator manages everyone; an organisation administrator the users with a role in an
// organisation they administer, but never a platform administrator.
bool can_manage_user(const Principal& actor, const UserFacts& target);

// The memberships the grants give, checked one by one in order: the role exists (memberships[i].role),
// the organisation exists (memberships[i].organisation_id) and the actor administers it (403).
Result<std::vector<Membership>> resolve_grants(const Principal& actor, const std::vector<RoleGrant>& grants,
                                               const std::set<long long>& existing_organisations);
// Replacing a user's roles keeps those in organisations the actor does not administer.
std::vector<Membership> merged_memberships(const Principal& actor, std::vector<Membership> granted,
                                           const std::vector<Membership>& current);
// Whether two sets of memberships grant different roles (the order and repeats do not count). A change ends
// the user's sessions (OWASP ASVS 3.2.1, 3.3: new rights only in a new session, after a new login).
bool roles_differ(const std::vector<Membership>& before, const std::vector<Membership>& after);
// "12:manager, 14:worker": the roles in the activity log.
std::string memberships_detail(const std::vector<Membership>& memberships);

// The organisation an administrative change of a user concerns, for the activity log: the first of the
// target's organisations the actor administers; for the platform administrator the first one they are
// also a member of; 0 otherwise.
long long organisation_of_change(const Principal& actor, const std::vector<Membership>& target);

}  // namespace kvalis::accounts
