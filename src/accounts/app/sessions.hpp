#pragma once
// Logging in and out, and what a user changes about themselves. Called by the session routes
// (accounts/http/routes_accounts.cpp).
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "accounts/core/credentials.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::accounts::app {

struct LoginInput {
  std::string login;
  std::string password;
  std::string user_agent;
};

struct SessionPolicy {
  ThrottlePolicy throttle;
  long long ttl_seconds = 12 * 3600;  // absolute
  long long idle_seconds = 30 * 60;   // without a request; 0: none
};

// A session just opened: the token goes into the cookie, the CSRF token and the principal into the answer.
struct OpenedSession {
  std::string token;
  std::string csrf_token;
  Principal principal;
  std::string language;
};

// The attempt is taken (counted as a failure) before the password is checked, in a transaction of its own
// that commits whatever the password turns out to be; a right password gives it back. Errors: a missing
// login or password (400), too many failures (429 auth.throttled with {seconds}), a wrong login, password
// or a deactivated account (401, logged as login_failed). The caller gives the client's address.
Result<OpenedSession> log_in(store::Database& db, const Caller& caller, const SessionPolicy& policy,
                             const LoginInput& in);

// Ends the session with this token digest.
Status log_out(store::Database& db, const Caller& caller, const std::string& session_digest);

// The caller's new password after the current one (OWASP ASVS 2.1.6, 3.3.3): every other session of the
// caller ends, and the current one goes on under a new token and CSRF token (its id and times stay).
struct PasswordChange {
  std::string current_password;
  std::string new_password;
};
struct RotatedSession {
  std::string token;  // for the cookie
  std::string csrf_token;
  Principal principal;
  std::string language;
  long long ended_sessions = 0;  // the caller's other sessions
};
Result<RotatedSession> change_password(store::Database& db, const Caller& caller, const std::string& session_digest,
                                       const PasswordChange& in);

// The caller's own sessions (OWASP ASVS 3.3.4), the most recently used first. A session is named by its id,
// never by its token; `client` is the shortened User-Agent; `current` marks the session of the request.
struct SessionInfo {
  long long id = 0;
  long long created_at = 0;
  long long last_used_at = 0;
  long long expires_at = 0;
  std::string ip;
  std::string client;
  bool current = false;
};
Result<std::vector<SessionInfo>> list_own_sessions(store::Database& db, const Caller& caller,
                                                   const std::string& session_digest);
// Ends one of the caller's sessions (logged as session.end). Another user's session, or none, is 404
// session.not_found. Returns whether it was the session of the request (the caller is then logged out).
Result<bool> end_own_session(store::Database& db, const Caller& caller, const std::string& session_digest,
                             long long session_id);
// Ends every session of the caller but the current one (logged as session.end_others); returns how many.
Result<long long> end_other_sessions(store::Database& db, const Caller& caller, const std::string& session_digest);

// The caller's language and display name.
struct ProfileChange {
  std::optional<std::string> language;
  std::optional<std::string> display_name;
};
struct Profile {
  Principal principal;
  std::string language;
};
Result<Profile> update_profile(store::Database& db, const Caller& caller, const ProfileChange& in);

}  // namespace kvalis::accounts::app
