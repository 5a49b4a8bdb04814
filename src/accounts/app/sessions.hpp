#pragma once
// Logging in and out, and what a user changes about themselves. Called by the session routes
// (accounts/http/routes_accounts.cpp).
#include <optional>
#include <string>

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

// The caller's new password after the current one; the caller's other sessions end, this one stays.
struct PasswordChange {
  std::string current_password;
  std::string new_password;
};
Status change_password(store::Database& db, const Caller& caller, const std::string& session_digest,
                       const PasswordChange& in);

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
