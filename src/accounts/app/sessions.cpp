#include "accounts/app/sessions.hpp"

#include <algorithm>

#include "accounts/core/session_view.hpp"
#include "accounts/core/user_rules.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/activity_log.hpp"
#include "registry/app/accounts_queries.hpp"

namespace kvalis::accounts::app {
namespace {

namespace repo = store::accounts_repo;

const Error kInvalidCredentials{ErrorCode::unauthorized, {}, "auth.invalid_credentials", {}};

// A hash to verify against when the login does not exist, so that timing does not reveal which logins exist.
const std::string& dummy_hash() {
  static const std::string h = hash_password("kvalis-no-such-user-password");
  return h;
}

}  // namespace

Result<OpenedSession> log_in(store::Database& db, const Caller& caller, const SessionPolicy& policy,
                             const LoginInput& in) {
  if (in.login.empty()) return invalid("login", "field.required");
  if (in.password.empty()) return invalid("password", "field.required");
  if (in.login.size() > 200 || in.password.size() > 1024) return kInvalidCredentials;
  const long long now = store::now_epoch();
  const long long wait = db.write(
      [&](soci::session& s) { return repo::take_login_attempt(s, policy.throttle, in.login, caller.ip, now); });
  if (wait > 0) return Error{ErrorCode::too_many_requests, {}, "auth.throttled", {{"seconds", std::to_string(wait)}}};
  auto user = db.read([&](soci::session& s) { return repo::find_user_by_login(s, in.login); });
  const bool password_ok = verify_password(in.password, user ? user->password_hash : dummy_hash());
  if (!user || !password_ok || !user->active) {
    db.write([&](soci::session& s) {
      auto a = caller.activity("login_failed", "user", user ? user->id : 0, 0, "login: " + in.login);
      if (!user) a.entity_id.clear();
      store::activity_log::append(s, a);
    });
    return kInvalidCredentials;
  }
  OpenedSession opened{random_token(), random_token(), {}, user->language};
  auto principal = db.write([&](soci::session& s) {
    repo::give_back_login_attempt(s, in.login, caller.ip);
    repo::create_session(s, token_digest(opened.token), user->id, opened.csrf_token, now,
                         session_expiry(now, now, policy.ttl_seconds, policy.idle_seconds), caller.ip, in.user_agent);
    repo::touch_login(s, user->id, now);
    auto a = caller.activity("login", "user", user->id, 0);
    a.user_id = user->id;
    a.user_login = user->login;
    store::activity_log::append(s, a);
    return repo::load_principal(s, user->id);
  });
  if (!principal) return kInvalidCredentials;
  opened.principal = std::move(*principal);
  return opened;
}

Status log_out(store::Database& db, const Caller& caller, const std::string& session_digest) {
  db.write([&](soci::session& s) {
    repo::delete_session(s, session_digest);
    store::activity_log::append(s, caller.activity("logout", "user", caller.principal.user_id, 0));
  });
  return ok_status();
}

Result<RotatedSession> change_password(store::Database& db, const Caller& caller, const std::string& session_digest,
                                       const PasswordChange& in) {
  if (auto st = validate_password(in.new_password, "new_password"); !st) return st.error();
  auto user = db.read([&](soci::session& s) { return repo::find_user(s, caller.principal.user_id); });
  if (!user) return Error{ErrorCode::not_found, {}, "user.not_found", {}};
  if (!verify_password(in.current_password, user->password_hash))
    return invalid("current_password", "password.wrong_current");
  const std::string hash = hash_password(in.new_password);  // argon2id is slow: outside the transaction
  RotatedSession rotated{random_token(), random_token(), caller.principal, user->language, 0};
  return db.write([&](soci::session& s) -> Result<RotatedSession> {
    repo::set_password(s, user->id, hash);
    rotated.ended_sessions = repo::delete_other_sessions(s, user->id, session_digest);
    repo::rotate_session(s, session_digest, token_digest(rotated.token), rotated.csrf_token);
    store::activity_log::append(s, caller.activity("password.change", "user", user->id, 0,
                                                   "other sessions ended: " + std::to_string(rotated.ended_sessions) +
                                                       "; session token renewed"));
    return rotated;
  });
}

Result<std::vector<SessionInfo>> list_own_sessions(store::Database& db, const Caller& caller,
                                                   const std::string& session_digest) {
  return db.read([&](soci::session& s) {
    std::vector<SessionInfo> out;
    for (const auto& r : repo::sessions_of(s, caller.principal.user_id, store::now_epoch()))
      out.push_back({r.id, r.created_at, std::max(r.last_used_at, r.created_at), r.expires_at, r.ip,
                     short_user_agent(r.user_agent), r.token_digest == session_digest});
    return Result<std::vector<SessionInfo>>(std::move(out));
  });
}

Result<bool> end_own_session(store::Database& db, const Caller& caller, const std::string& session_digest,
                             long long session_id) {
  return db.write([&](soci::session& s) -> Result<bool> {
    bool current = false;
    for (const auto& r : repo::sessions_of(s, caller.principal.user_id, 0))
      if (r.id == session_id) current = r.token_digest == session_digest;
    if (!repo::delete_user_session(s, caller.principal.user_id, session_id))
      return Error{ErrorCode::not_found, {}, "session.not_found", {}};
    store::activity_log::append(s, caller.activity("session.end", "session", session_id, 0,
                                                   current ? "the session of the request (logged out)" : ""));
    return current;
  });
}

Result<long long> end_other_sessions(store::Database& db, const Caller& caller, const std::string& session_digest) {
  return db.write([&](soci::session& s) -> Result<long long> {
    const long long ended = repo::delete_other_sessions(s, caller.principal.user_id, session_digest);
    store::activity_log::append(s, caller.activity("session.end_others", "user", caller.principal.user_id, 0,
                                                   "sessions ended: " + std::to_string(ended)));
    return ended;
  });
}

Result<Profile> update_profile(store::Database& db, const Caller& caller, const ProfileChange& in) {
  if (auto st = check_own_profile(in.language, in.display_name); !st) return st.error();
  return db.write([&](soci::session& s) -> Result<Profile> {
    auto u = repo::find_user(s, caller.principal.user_id);
    if (!u) return Error{ErrorCode::not_found, {}, "user.not_found", {}};
    if (in.language) u->language = *in.language;
    if (in.display_name) u->display_name = *in.display_name;
    repo::update_user(s, *u);
    registry::app::accounts_changed(s);
    Profile p{caller.principal, u->language};
    p.principal.display_name = u->display_name;
    return p;
  });
}

}  // namespace kvalis::accounts::app
