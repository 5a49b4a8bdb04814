#include "accounts/app/users.hpp"

#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/activity_log.hpp"
#include "registry/app/accounts_queries.hpp"

namespace kvalis::accounts::app {
namespace {

namespace repo = store::accounts_repo;

const Error kUserMissing{ErrorCode::not_found, {}, "user.not_found", {}};

User user_of(soci::session& s, const repo::UserRow& u) {
  return User{u.id,           u.login,    u.display_name,   u.email,
              u.active,       u.language, u.platform_admin, repo::memberships_of(s, u.id),
              u.last_login_at};
}

// The user, when the caller manages them.
Result<repo::UserRow> managed_user(soci::session& s, const Principal& actor, long long user_id) {
  auto u = repo::find_user(s, user_id);
  if (!u || !can_manage_user(actor, {u->id, u->platform_admin, repo::memberships_of(s, u->id)})) return kUserMissing;
  return *u;
}

Result<std::vector<Membership>> granted(soci::session& s, const Principal& actor,
                                        const std::vector<RoleGrant>& grants) {
  std::vector<long long> ids;
  for (const auto& g : grants) ids.push_back(g.organisation_id);
  return resolve_grants(actor, grants, registry::app::existing_organisations(s, ids));
}

// A change of a user's rights (roles, platform administrator, deactivation) ends every session of theirs,
// the caller's own too when they change themselves: the new rights hold only after a new login (OWASP ASVS
// 3.2.1, 3.3). Logged as session.revoke when a session ended.
void end_sessions(soci::session& s, const Caller& caller, long long user_id, const std::string& why) {
  const long long ended = repo::delete_user_sessions(s, user_id);
  if (ended > 0)
    store::activity_log::append(
        s, caller.activity("session.revoke", "user", user_id, 0, why + "; sessions ended: " + std::to_string(ended)));
}

// Checks, then writes a new user (in the caller's transaction).
Result<User> insert_user(soci::session& s, const Caller& caller, const NewUser& in, const std::string& hash) {
  auto ms = granted(s, caller.principal, in.memberships);
  if (!ms) return ms.error();
  if (repo::find_user_by_login(s, in.login)) return conflict("login", "login.exists");
  repo::UserRow u;
  u.login = in.login;
  u.display_name = in.display_name;
  u.email = in.email.value_or("");
  u.password_hash = hash;
  u.language = in.language.value_or("cs");
  u.platform_admin = in.platform_admin;
  u.created_at = store::now_epoch();
  u.id = repo::insert_user(s, u);
  repo::replace_memberships(s, u.id, *ms);
  registry::app::accounts_changed(s);
  store::activity_log::append(s, caller.activity("user.create", "user", u.id,
                                                 ms->empty() ? 0 : ms->front().organisation_id, "login: " + u.login));
  return user_of(s, u);
}

Result<User> change_user(soci::session& s, const Caller& caller, long long user_id, const UserChange& in) {
  auto u = managed_user(s, caller.principal, user_id);
  if (!u) return u.error();
  if (in.display_name) u->display_name = *in.display_name;
  if (in.email) u->email = *in.email;
  if (in.language) u->language = *in.language;
  if (in.active) {
    u->active = *in.active;
    if (!u->active) end_sessions(s, caller, u->id, "deactivated");
  }
  repo::update_user(s, *u);
  registry::app::accounts_changed(s);
  store::activity_log::append(
      s, caller.activity("user.update", "user", u->id,
                         organisation_of_change(caller.principal, repo::memberships_of(s, u->id))));
  return user_of(s, *u);
}

Result<User> replace_roles(soci::session& s, const Caller& caller, long long user_id,
                           const std::vector<RoleGrant>& grants) {
  auto u = managed_user(s, caller.principal, user_id);
  if (!u) return u.error();
  auto ms = granted(s, caller.principal, grants);
  if (!ms) return ms.error();
  const auto before = repo::memberships_of(s, user_id);
  const auto memberships = merged_memberships(caller.principal, std::move(*ms), before);
  repo::replace_memberships(s, user_id, memberships);
  if (roles_differ(before, memberships)) end_sessions(s, caller, user_id, "memberships changed");
  registry::app::accounts_changed(s);
  store::activity_log::append(
      s, caller.activity("user.memberships", "user", user_id,
                         organisation_of_change(caller.principal, repo::memberships_of(s, user_id)),
                         memberships_detail(memberships)));
  return user_of(s, *u);
}

}  // namespace

Result<UserPage> list_users(store::Database& db, const Caller& caller, const UserQuery& query) {
  repo::UserFilter f;
  f.q = query.q;
  f.all = caller.principal.platform_admin;
  f.organisation_ids = managed_organisations(caller.principal);
  f.limit = query.limit;
  f.offset = query.offset;
  return db.read([&](soci::session& s) {
    UserPage page;
    for (const auto& u : repo::list_users(s, f, page.total)) page.items.push_back(user_of(s, u));
    return Result<UserPage>(std::move(page));
  });
}

Result<User> create_user(store::Database& db, const Caller& caller, const NewUser& in) {
  if (auto st = check_new_user(caller.principal, in); !st) return st.error();
  // Cheap checks first: argon2id costs a tenth of a second.
  auto precheck = db.read([&](soci::session& s) -> Status {
    auto ms = granted(s, caller.principal, in.memberships);
    if (!ms) return ms.error();
    if (repo::find_user_by_login(s, in.login)) return conflict("login", "login.exists");
    return ok_status();
  });
  if (!precheck) return precheck.error();
  const std::string hash = hash_password(in.password);
  return db.write([&](soci::session& s) { return insert_user(s, caller, in, hash); });
}

Result<User> update_user(store::Database& db, const Caller& caller, long long user_id, const UserChange& in) {
  if (auto st = check_user_change(caller.principal, user_id, in); !st) return st.error();
  return db.write([&](soci::session& s) { return change_user(s, caller, user_id, in); });
}

Result<User> set_memberships(store::Database& db, const Caller& caller, long long user_id,
                             const std::vector<RoleGrant>& grants) {
  return db.write([&](soci::session& s) { return replace_roles(s, caller, user_id, grants); });
}

Status reset_password(store::Database& db, const Caller& caller, const std::string& login,
                      const std::string& password) {
  if (auto st = validate_password(password); !st) return st;
  const std::string hash = hash_password(password);
  return db.write([&](soci::session& s) -> Status {
    auto u = repo::find_user_by_login(s, login);
    if (!u || !can_manage_user(caller.principal, {u->id, u->platform_admin, repo::memberships_of(s, u->id)}))
      return kUserMissing;
    repo::set_password(s, u->id, hash);
    repo::delete_user_sessions(s, u->id);
    store::activity_log::append(s, caller.activity("password.reset", "user", u->id, 0));
    return ok_status();
  });
}

Result<PutUser> put_user(soci::session& s, const Caller& caller, const NewUser& in, const std::string& password_hash) {
  if (auto st = check_new_user(caller.principal, in); !st) return st.error();
  auto existing = repo::find_user_by_login(s, in.login);
  if (!existing) {
    auto u = insert_user(s, caller, in, password_hash);
    if (!u) return u.error();
    return PutUser{std::move(*u), true};
  }
  if (in.platform_admin != existing->platform_admin) {
    if (!caller.principal.platform_admin) return kUserMissing;
    repo::set_platform_admin(s, existing->id, in.platform_admin);
    end_sessions(s, caller, existing->id, "platform administrator changed");
  }
  UserChange change{in.display_name, in.email.value_or(""), in.language.value_or("cs"), true};
  auto u = change_user(s, caller, existing->id, change);
  if (!u) return u.error();
  repo::set_password(s, existing->id, password_hash);
  auto roles = replace_roles(s, caller, existing->id, in.memberships);
  if (!roles) return roles.error();
  return PutUser{std::move(*roles), false};
}

}  // namespace kvalis::accounts::app
