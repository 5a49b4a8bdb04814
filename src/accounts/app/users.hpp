#pragma once
// User administration: one function per thing an administrator does, called alike by the user routes
// (accounts/http/routes_accounts.cpp), `kvalis user …` (cli/commands/user.cpp) and the demo
// (demo/demo_writer.cpp). The rules are in accounts/core/user_rules.hpp. Each function that takes a
// Database runs one transaction; the ones that take a session run in the caller's transaction (the demo
// writes its whole region in one).
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "accounts/core/user_rules.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::accounts::app {

struct User {
  long long id = 0;
  std::string login;
  std::string display_name;
  std::string email;
  bool active = true;
  std::string language = "cs";
  bool platform_admin = false;
  std::vector<Membership> memberships;
  long long last_login_at = 0;  // epoch seconds; 0: never
};

struct UserQuery {
  std::string q;  // login, name or e-mail contains
  int limit = 50;
  int offset = 0;
};
struct UserPage {
  std::vector<User> items;
  long long total = 0;
};
// The users of the organisations the caller administers (every user for the platform administrator).
Result<UserPage> list_users(store::Database& db, const Caller& caller, const UserQuery& query);

// A new user with their roles; user.create in the activity log. The login must be free (409).
Result<User> create_user(store::Database& db, const Caller& caller, const NewUser& in);

// A change of a user the caller manages (404 for anyone else); deactivating ends the user's sessions.
Result<User> update_user(store::Database& db, const Caller& caller, long long user_id, const UserChange& in);

// Replaces the user's roles in the organisations the caller administers; roles elsewhere stay.
Result<User> set_memberships(store::Database& db, const Caller& caller, long long user_id,
                             const std::vector<RoleGrant>& grants);

// A new password set by an administrator (the command line), by login; the user's sessions end.
Status reset_password(store::Database& db, const Caller& caller, const std::string& login, const std::string& password);

// Creates the user or, when the login exists, sets their name, e-mail, language, password, platform
// administration and roles to these and activates them: the demo's users, refreshed on every run. Runs in
// the caller's transaction; password_hash is hash_password(in.password) (the demo hashes each distinct
// password once, argon2id being slow on purpose).
struct PutUser {
  User user;
  bool created = false;
};
Result<PutUser> put_user(soci::session& s, const Caller& caller, const NewUser& in, const std::string& password_hash);

}  // namespace kvalis::accounts::app
