// Login, logout, the current user, user administration and the audit log. Each handler parses, calls one
// use case of accounts/app and maps its answer.
#include <initializer_list>
#include <limits>

#include "accounts/app/activity.hpp"
#include "accounts/app/sessions.hpp"
#include "accounts/app/users.hpp"
#include "accounts/http/dto_accounts.hpp"
#include "accounts/http/routes.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace app = accounts::app;

const QueryParam kUserSearch = QueryParam::text("q", "Search in login, name and e-mail");
const QueryParam kAction = QueryParam::text("action", "Only this action (e.g. login, login_failed, service.read)", 100);
const QueryParam kUserId = QueryParam::integer("user_id", "Only this user", 1, std::numeric_limits<long long>::max());
const QueryParam kFrom = QueryParam::text("from", "From date YYYY-MM-DD");
const QueryParam kTo = QueryParam::text("to", "To date YYYY-MM-DD (inclusive)");

const Error kUserMissing{ErrorCode::not_found, {}, "user.not_found", {}};

dto::MembershipDto to_dto(const accounts::Membership& m) {
  return {m.organisation_id, m.organisation_name, std::string(accounts::to_string(m.organisation_type)),
          std::string(accounts::to_string(m.role))};
}

std::vector<dto::MembershipDto> to_dto(const std::vector<accounts::Membership>& ms) {
  std::vector<dto::MembershipDto> out;
  for (const auto& m : ms) out.push_back(to_dto(m));
  return out;
}

dto::CurrentUser current_user(const accounts::Principal& p, const std::string& language) {
  return {p.user_id,
          p.login,
          p.display_name,
          language,
          p.platform_admin,
          to_dto(p.memberships),
          accounts::permission_names(p)};
}

dto::User user_dto(const app::User& u) {
  dto::User d{u.id,       u.login,          u.display_name,        u.email,     u.active,
              u.language, u.platform_admin, to_dto(u.memberships), std::nullopt};
  if (u.last_login_at) d.last_login_at = format_timestamp(u.last_login_at);
  return d;
}

std::vector<accounts::RoleGrant> grants_of(const std::vector<dto::MembershipInput>& in) {
  std::vector<accounts::RoleGrant> out;
  for (const auto& m : in) out.push_back({m.organisation_id, m.role});
  return out;
}

bool secure(const Context& ctx) { return ctx.app.config().secure_cookies || ctx.req.tls; }

Response login(Context& ctx) {
  auto body = body_as<dto::LoginRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::LoginRequest>(body);
  const app::SessionPolicy policy{ctx.app.config().throttle, ctx.app.config().session_ttl_seconds,
                                  ctx.app.config().session_idle_seconds};
  auto opened = app::log_in(ctx.db(), caller_of(ctx), policy, {in.login, in.password, ctx.req.user_agent});
  if (!opened) {
    auto r = error_response(opened.error(), ctx.lang);
    for (const auto& [name, value] : opened.error().params)  // auth.throttled {seconds}
      if (opened.error().code == ErrorCode::too_many_requests && name == "seconds")
        r.headers.emplace_back("Retry-After", value);
    return r;
  }
  auto r = dto_response(dto::SessionResponse{opened->csrf_token, current_user(opened->principal, opened->language)});
  r.headers.emplace_back("Set-Cookie", session_cookie(opened->token, policy.ttl_seconds, secure(ctx)));
  return r;
}

Response get_session(Context& ctx) {
  return dto_response(
      dto::SessionResponse{ctx.csrf_token, current_user(ctx.principal, std::string(lang_code(ctx.lang)))});
}

Response logout(Context& ctx) {
  auto done = app::log_out(ctx.db(), caller_of(ctx), ctx.session_digest);
  if (!done) return error_response(done.error(), ctx.lang);
  auto r = no_content();
  r.headers.emplace_back("Set-Cookie", session_cookie("", 0, secure(ctx)));
  return r;
}

Response update_me(Context& ctx) {
  auto body = body_as<dto::UpdateMeRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::UpdateMeRequest>(body);
  return answer_as(ctx, app::update_profile(ctx.db(), caller_of(ctx), {in.language, in.display_name}),
                   [](const app::Profile& p) { return current_user(p.principal, p.language); });
}

// The password changes and the session goes on under a new token: a new cookie and CSRF token.
Response change_password(Context& ctx) {
  auto body = body_as<dto::ChangePasswordRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::ChangePasswordRequest>(body);
  auto rotated =
      app::change_password(ctx.db(), caller_of(ctx), ctx.session_digest, {in.current_password, in.new_password});
  if (!rotated) return error_response(rotated.error(), ctx.lang);
  auto r = dto_response(dto::SessionResponse{rotated->csrf_token, current_user(rotated->principal, rotated->language)});
  r.headers.emplace_back("Set-Cookie",
                         session_cookie(rotated->token, ctx.app.config().session_ttl_seconds, secure(ctx)));
  return r;
}

Response list_my_sessions(Context& ctx) {
  return answer_as(ctx, app::list_own_sessions(ctx.db(), caller_of(ctx), ctx.session_digest),
                   [](const std::vector<app::SessionInfo>& sessions) {
                     dto::SessionList out;
                     for (const auto& x : sessions)
                       out.items.push_back({x.id, format_timestamp(x.created_at), format_timestamp(x.last_used_at),
                                            format_timestamp(x.expires_at), x.ip, x.client, x.current});
                     return out;
                   });
}

const Error kSessionMissing{ErrorCode::not_found, {}, "session.not_found", {}};

// Ending the session of the request logs the caller out: the cookie is cleared as by DELETE /api/session.
Response end_my_session(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kSessionMissing, ctx.lang);
  auto ended = app::end_own_session(ctx.db(), caller_of(ctx), ctx.session_digest, *id);
  if (!ended) return error_response(ended.error(), ctx.lang);
  auto r = no_content();
  if (*ended) r.headers.emplace_back("Set-Cookie", session_cookie("", 0, secure(ctx)));
  return r;
}

Response end_my_other_sessions(Context& ctx) {
  return answer_as(ctx, app::end_other_sessions(ctx.db(), caller_of(ctx), ctx.session_digest),
                   [](long long ended) { return dto::EndedSessions{ended}; });
}

Response list_users(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto q = kUserSearch.read_text(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  return answer_as(ctx, app::list_users(ctx.db(), caller_of(ctx), {*q, page->page_size, page->offset()}),
                   [&](const app::UserPage& users) {
                     dto::UserList out;
                     out.page = page->page;
                     out.page_size = page->page_size;
                     out.total = users.total;
                     for (const auto& u : users.items) out.items.push_back(user_dto(u));
                     return out;
                   });
}

Response create_user(Context& ctx) {
  auto body = body_as<dto::CreateUserRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::CreateUserRequest>(body);
  const accounts::NewUser user{in.login, in.display_name,          in.email, in.language, in.password,
                               false,    grants_of(in.memberships)};
  return answer_as(ctx, app::create_user(ctx.db(), caller_of(ctx), user), user_dto, 201);
}

Response update_user(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kUserMissing, ctx.lang);
  auto body = body_as<dto::UpdateUserRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::UpdateUserRequest>(body);
  const accounts::UserChange change{in.display_name, in.email, in.language, in.active};
  return answer_as(ctx, app::update_user(ctx.db(), caller_of(ctx), *id, change), user_dto);
}

Response set_memberships(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kUserMissing, ctx.lang);
  auto body = body_as<dto::SetMembershipsRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto grants = grants_of(std::get<dto::SetMembershipsRequest>(body).memberships);
  return answer_as(ctx, app::set_memberships(ctx.db(), caller_of(ctx), *id, grants), user_dto);
}

dto::AuditEntry entry_dto(const Activity& e) {
  return {e.id,
          format_timestamp(e.at),
          e.user_id ? std::optional<long long>(e.user_id) : std::nullopt,
          e.user_login,
          e.action,
          e.entity,
          e.entity_id,
          e.detail,
          e.ip};
}

Response list_audit(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto action = kAction.read_text(ctx.req);
  if (!action) return error_response(action.error(), ctx.lang);
  auto user_id = kUserId.read_integer(ctx.req);
  if (!user_id) return error_response(user_id.error(), ctx.lang);
  auto from = kFrom.read_text(ctx.req);
  if (!from) return error_response(from.error(), ctx.lang);
  auto to = kTo.read_text(ctx.req);
  if (!to) return error_response(to.error(), ctx.lang);
  const app::ActivityQuery query{*action, user_id->value_or(0), *from, *to, page->page_size, page->offset()};
  return answer_as(ctx, app::list_activity(ctx.db(), caller_of(ctx), query), [&](const app::ActivityPage& log) {
    dto::AuditList out;
    out.page = page->page;
    out.page_size = page->page_size;
    out.total = log.total;
    for (const auto& e : log.items) out.items.push_back(entry_dto(e));
    return out;
  });
}

std::vector<QueryParamDoc> with_paging(std::initializer_list<const QueryParam*> params) {
  auto q = paging_docs();
  for (const auto* p : params) q.push_back(p->doc());
  return q;
}

}  // namespace

void register_account_routes(RouteTable& t) {
  t.add<dto::LoginRequest, dto::SessionResponse>(Verb::post, "/api/session", Permission::public_access, login,
                                                 "accounts", "Log in; sets the session cookie")
      .body_limit = 4096;
  t.add<void, dto::SessionResponse>(Verb::get, "/api/session", Permission::authenticated, get_session, "accounts",
                                    "The current session and user");
  t.add<void, void>(Verb::delete_, "/api/session", Permission::authenticated, logout, "accounts", "Log out");
  t.add<dto::UpdateMeRequest, dto::CurrentUser>(Verb::patch, "/api/me", Permission::authenticated, update_me,
                                                "accounts", "Change own language or name");
  t.add<dto::ChangePasswordRequest, dto::SessionResponse>(
      Verb::post, "/api/me/password", Permission::authenticated, change_password, "accounts",
      "Change own password; the other sessions end, this one gets a new cookie and CSRF token");
  t.add<void, dto::SessionList>(Verb::get, "/api/me/sessions", Permission::authenticated, list_my_sessions, "accounts",
                                "Own sessions (never their tokens), the most recently used first");
  t.add<void, void>(Verb::delete_, "/api/me/sessions/{id}", Permission::authenticated, end_my_session, "accounts",
                    "End one of own sessions (the current one logs out)");
  t.add<void, dto::EndedSessions>(Verb::post, "/api/me/sessions/end-others", Permission::authenticated,
                                  end_my_other_sessions, "accounts", "End every own session but the current one");
  t.add<void, dto::UserList>(Verb::get, "/api/users", Permission::users_manage, list_users, "accounts",
                             "Users of the organisations the caller administers")
      .query = with_paging({&kUserSearch});
  t.add<dto::CreateUserRequest, dto::User>(Verb::post, "/api/users", Permission::users_manage, create_user, "accounts",
                                           "Create a user with roles")
      .success_status = 201;
  t.add<dto::UpdateUserRequest, dto::User>(Verb::patch, "/api/users/{id}", Permission::users_manage, update_user,
                                           "accounts", "Update or deactivate a user");
  t.add<dto::SetMembershipsRequest, dto::User>(Verb::put, "/api/users/{id}/memberships", Permission::users_manage,
                                               set_memberships, "accounts", "Replace a user's roles");
  t.add<void, dto::AuditList>(Verb::get, "/api/audit-log", Permission::audit_log_read, list_audit, "accounts",
                              "The audit log")
      .query = with_paging({&kAction, &kUserId, &kFrom, &kTo});
}

}  // namespace kvalis::http
