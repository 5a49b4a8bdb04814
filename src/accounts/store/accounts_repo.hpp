#pragma once
// Users, memberships, sessions and login attempts.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "accounts/core/credentials.hpp"

namespace kvalis::store::accounts_repo {

struct SessionRow {
  long long id = 0;  // names the session in the user's list; never its token or digest
  long long user_id = 0;
  std::string csrf_token;
  long long expires_at = 0;
  long long created_at = 0;
  long long last_used_at = 0;
  std::string language;
  long long accounts_version = 0;  // data_versions: bumped when users, roles or organisations change
  long long registry_version = 0;  // bumped when registry data changes
};
std::optional<SessionRow> find_session(soci::session& s, const std::string& digest, long long now);
void create_session(soci::session& s, const std::string& digest, long long user_id, const std::string& csrf,
                    long long now, long long expires_at, const std::string& ip, const std::string& user_agent);
// A request at `now` moved the session's (idle) expiry or its time of last use.
void touch_session(soci::session& s, const std::string& digest, long long expires_at, long long now);
void delete_session(soci::session& s, const std::string& digest);
// These return how many sessions they ended.
long long delete_user_sessions(soci::session& s, long long user_id);
// Every session of the user but the one with this digest (a password change keeps the session it came from).
long long delete_other_sessions(soci::session& s, long long user_id, const std::string& keep_digest);
// The user's session with this id; false when the user has none with it.
bool delete_user_session(soci::session& s, long long user_id, long long session_id);
// The session gets a new token digest and CSRF token; its id, times and client stay.
void rotate_session(soci::session& s, const std::string& digest, const std::string& new_digest,
                    const std::string& new_csrf);

// A session as its user's list shows it.
struct SessionListRow {
  long long id = 0;
  std::string token_digest;  // tells the caller's own session apart; never leaves the use case
  long long created_at = 0;
  long long last_used_at = 0;
  long long expires_at = 0;
  std::string ip;
  std::string user_agent;
};
// The user's sessions that have not expired at `now`, the most recently used first.
std::vector<SessionListRow> sessions_of(soci::session& s, long long user_id, long long now);

// Null when the user does not exist or is deactivated.
std::optional<accounts::Principal> load_principal(soci::session& s, long long user_id);

struct UserRow {
  long long id = 0;
  std::string login;
  std::string display_name;
  std::string email;
  std::string password_hash;
  std::string language = "cs";
  bool platform_admin = false;
  bool active = true;
  long long created_at = 0;
  long long last_login_at = 0;
};
std::optional<UserRow> find_user_by_login(soci::session& s, const std::string& login);
std::optional<UserRow> find_user(soci::session& s, long long id);
// The ids of the active users with an e-mail address, in id order (the recipients of notifications).
std::vector<long long> active_users_with_email(soci::session& s);

struct UserFilter {
  std::string q;
  std::vector<long long> organisation_ids;  // empty and all=true: every user
  bool all = false;
  int limit = 50;
  int offset = 0;
};
std::vector<UserRow> list_users(soci::session& s, const UserFilter& f, long long& total);

long long insert_user(soci::session& s, const UserRow& u);
void update_user(soci::session& s, const UserRow& u);
void set_password(soci::session& s, long long user_id, const std::string& hash);
void set_platform_admin(soci::session& s, long long user_id, bool platform_admin);
void touch_login(soci::session& s, long long user_id, long long now);

std::vector<accounts::Membership> memberships_of(soci::session& s, long long user_id);
void replace_memberships(soci::session& s, long long user_id, const std::vector<accounts::Membership>& m);

// Takes one login attempt of `login` from `ip` before its password is checked, in the caller's write
// transaction: reads the pair, account and address counters (locked on PostgreSQL; SQLite writes one at a
// time) and, when the policy allows an attempt, counts it as a failure. Returns the seconds to wait; 0 when
// the attempt was taken. Concurrent logins thus never get more password checks than the policy allows.
long long take_login_attempt(soci::session& s, const accounts::ThrottlePolicy& policy, const std::string& login,
                             const std::string& ip, long long now);
// After a right password: the pair starts again and the attempt is given back to the account and address.
void give_back_login_attempt(soci::session& s, const std::string& login, const std::string& ip);

}  // namespace kvalis::store::accounts_repo
