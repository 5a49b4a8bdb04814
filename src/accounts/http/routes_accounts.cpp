// Login, logout, the current user, user administration and the audit log.
#include <algorithm>

#include "platform/core/dates.hpp"
#include "accounts/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "accounts/http/dto_accounts.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/activity_log.hpp"
#include "registry/store/registry_repo.hpp"

namespace kvalis::http {
namespace {

using accounts::Permission;
namespace repo = store::accounts_repo;

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
  return {p.user_id, p.login, p.display_name, language, p.platform_admin, to_dto(p.memberships),
          accounts::permission_names(p)};
}

dto::User user_dto(soci::session& s, const repo::UserRow& u) {
  dto::User d{u.id, u.login, u.display_name, u.email, u.active, u.language, u.platform_admin,
              to_dto(repo::memberships_of(s, u.id)), std::nullopt};
  if (u.last_login_at) d.last_login_at = format_timestamp(u.last_login_at);
  return d;
}

Status validate_language(const std::optional<std::string>& lang) {
  if (lang && *lang != "cs" && *lang != "en") return invalid("language", "field.invalid_value", {{"value", *lang}});
  return ok_status();
}

Status validate_text(std::string_view field, const std::string& value, std::size_t max, bool required) {
  if (required && value.empty()) return invalid(std::string(field), "field.required");
  if (value.size() > max) return invalid(std::string(field), "field.too_long", {{"max", std::to_string(max)}});
  return check_characters(std::string(field), value, false);
}

Status validate_email(const std::optional<std::string>& email) {
  if (!email || email->empty()) return ok_status();
  auto st = validate_text("email", *email, 200, false);
  if (!st) return st;
  const auto at = email->find('@');
  if (at == std::string::npos || at == 0 || email->find('.', at) == std::string::npos)
    return invalid("email", "field.invalid_value", {{"value", *email}});
  return ok_status();
}

// Organisations in which the actor administers users; empty and all=true for the platform admin.
std::vector<long long> managed_organisations(const accounts::Principal& p) {
  std::vector<long long> ids;
  for (const auto& m : p.memberships)
    if (m.role == accounts::Role::admin) ids.push_back(m.organisation_id);
  return ids;
}

bool can_manage_user(soci::session& s, const accounts::Principal& actor, long long user_id) {
  if (actor.platform_admin) return true;
  // An organisation administrator never manages a platform administrator.
  if (auto target = repo::find_user(s, user_id); !target || target->platform_admin) return false;
  auto managed = managed_organisations(actor);
  for (const auto& m : repo::memberships_of(s, user_id))
    if (std::find(managed.begin(), managed.end(), m.organisation_id) != managed.end()) return true;
  return false;
}

// The organisation an administrative change concerns: the first of the target's organisations the actor
// administers (0 for the platform administrator acting outside any).
long long first_shared_organisation(soci::session& s, const accounts::Principal& actor, long long user_id) {
  for (const auto& m : repo::memberships_of(s, user_id))
    if (accounts::can_manage_organisation(actor, m.organisation_id) &&
        (!actor.platform_admin || std::any_of(actor.memberships.begin(), actor.memberships.end(),
                                              [&](const auto& a) { return a.organisation_id == m.organisation_id; })))
      return m.organisation_id;
  return 0;
}

Result<std::vector<accounts::Membership>> parse_memberships(soci::session& s, const accounts::Principal& actor,
                                                            const std::vector<dto::MembershipInput>& in) {
  std::vector<accounts::Membership> out;
  for (std::size_t i = 0; i < in.size(); ++i) {
    const std::string field = "memberships[" + std::to_string(i) + "]";
    auto role = accounts::parse_role(in[i].role);
    if (!role) return invalid(field + ".role", "role.unknown", {{"value", in[i].role}});
    int exists = 0;
    s << "SELECT COUNT(*) FROM organisations WHERE id = :id", soci::use(in[i].organisation_id), soci::into(exists);
    if (!exists) return invalid(field + ".organisation_id", "organisation.not_found");
    if (!accounts::can_manage_organisation(actor, in[i].organisation_id))
      return Error{ErrorCode::forbidden, field + ".organisation_id", "membership.foreign_organisation", {}};
    accounts::Membership m;
    m.organisation_id = in[i].organisation_id;
    m.role = *role;
    out.push_back(m);
  }
  return out;
}

store::activity_log::Entry audit_entry(const Context& ctx, std::string action, std::string entity = {},
                                     std::string entity_id = {}, std::string detail = {}) {
  store::activity_log::Entry e;
  e.user_id = ctx.principal.user_id;
  e.user_login = ctx.principal.login;
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = std::move(entity_id);
  e.detail = std::move(detail);
  e.ip = ctx.req.client_ip;
  return e;
}

// A hash to verify against when the login does not exist, so that timing does not reveal which
// logins exist.
const std::string& dummy_hash() {
  static const std::string h = accounts::hash_password("kvalis-no-such-user-password");
  return h;
}

Response login(Context& ctx) {
  auto body = body_as<dto::LoginRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::LoginRequest>(body);
  if (in.login.empty()) return error_response(invalid("login", "field.required"), ctx.lang);
  if (in.password.empty()) return error_response(invalid("password", "field.required"), ctx.lang);
  if (in.login.size() > 200 || in.password.size() > 1024)
    return error_response(Error{ErrorCode::unauthorized, {}, "auth.invalid_credentials", {}}, ctx.lang);
  // The attempt is taken (counted as a failure) before the password is checked, in its own transaction that
  // commits whatever the password turns out to be; a right password gives it back below.
  const auto& policy = ctx.app.config().throttle;
  const long long now = store::now_epoch();
  const long long wait = ctx.db().write(
      [&](soci::session& s) { return repo::take_login_attempt(s, policy, in.login, ctx.req.client_ip, now); });
  if (wait > 0) {
    auto r = error_response(Error{ErrorCode::too_many_requests, {}, "auth.throttled", {{"seconds", std::to_string(wait)}}},
                            ctx.lang);
    r.headers.emplace_back("Retry-After", std::to_string(wait));
    return r;
  }
  auto user = ctx.db().read([&](soci::session& s) { return repo::find_user_by_login(s, in.login); });
  const bool password_ok = accounts::verify_password(in.password, user ? user->password_hash : dummy_hash());
  if (!user || !password_ok || !user->active) {
    ctx.db().write([&](soci::session& s) {
      auto e = audit_entry(ctx, "login_failed", "user", user ? std::to_string(user->id) : "", "login: " + in.login);
      store::activity_log::append(s, e);
    });
    return error_response(Error{ErrorCode::unauthorized, {}, "auth.invalid_credentials", {}}, ctx.lang);
  }
  const std::string token = accounts::random_token();
  const std::string csrf = accounts::random_token();
  const long long ttl = ctx.app.config().session_ttl_seconds;
  auto principal = ctx.db().write([&](soci::session& s) {
    repo::give_back_login_attempt(s, in.login, ctx.req.client_ip);
    repo::create_session(s, accounts::token_digest(token), user->id, csrf, now, now + ttl, ctx.req.client_ip,
                         ctx.req.user_agent);
    repo::touch_login(s, user->id, now);
    auto e = audit_entry(ctx, "login", "user", std::to_string(user->id));
    e.user_id = user->id;
    e.user_login = user->login;
    store::activity_log::append(s, e);
    return repo::load_principal(s, user->id);
  });
  auto r = dto_response(dto::SessionResponse{csrf, current_user(*principal, user->language)});
  r.headers.emplace_back("Set-Cookie", session_cookie(token, ttl, ctx.app.config().secure_cookies || ctx.req.tls));
  return r;
}

Response get_session(Context& ctx) {
  return dto_response(dto::SessionResponse{ctx.csrf_token, current_user(ctx.principal, std::string(lang_code(ctx.lang)))});
}

Response logout(Context& ctx) {
  ctx.db().write([&](soci::session& s) {
    repo::delete_session(s, ctx.session_digest);
    store::activity_log::append(s, audit_entry(ctx, "logout", "user", std::to_string(ctx.principal.user_id)));
  });
  auto r = no_content();
  r.headers.emplace_back("Set-Cookie", session_cookie("", 0, ctx.app.config().secure_cookies || ctx.req.tls));
  return r;
}

Response update_me(Context& ctx) {
  auto body = body_as<dto::UpdateMeRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::UpdateMeRequest>(body);
  if (auto st = validate_language(in.language); !st) return error_response(st.error(), ctx.lang);
  if (in.display_name)
    if (auto st = validate_text("display_name", *in.display_name, 200, true); !st)
      return error_response(st.error(), ctx.lang);
  auto user = ctx.db().write([&](soci::session& s) {
    auto u = repo::find_user(s, ctx.principal.user_id);
    if (in.language) u->language = *in.language;
    if (in.display_name) u->display_name = *in.display_name;
    repo::update_user(s, *u);
    store::registry_repo::bump_data_version(s, "accounts");
    return *u;
  });
  ctx.principal.display_name = user.display_name;
  return dto_response(current_user(ctx.principal, user.language));
}

Response change_password(Context& ctx) {
  auto body = body_as<dto::ChangePasswordRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::ChangePasswordRequest>(body);
  if (auto st = accounts::validate_password(in.new_password, "new_password"); !st)
    return error_response(st.error(), ctx.lang);
  auto user = ctx.db().read([&](soci::session& s) { return repo::find_user(s, ctx.principal.user_id); });
  if (!accounts::verify_password(in.current_password, user->password_hash))
    return error_response(invalid("current_password", "password.wrong_current"), ctx.lang);
  const std::string hash = accounts::hash_password(in.new_password);
  ctx.db().write([&](soci::session& s) {
    repo::set_password(s, user->id, hash);
    // Other sessions of this user end; this one stays.
    s << "DELETE FROM sessions WHERE user_id = :u AND token_digest <> :d", soci::use(user->id),
        soci::use(ctx.session_digest);
    store::activity_log::append(s, audit_entry(ctx, "password.change", "user", std::to_string(user->id)));
  });
  return no_content();
}

Response list_users(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto q = text_param(ctx.req, "q");
  if (!q) return error_response(q.error(), ctx.lang);
  repo::UserFilter f;
  f.q = *q;
  f.all = ctx.principal.platform_admin;
  f.organisation_ids = managed_organisations(ctx.principal);
  f.limit = page->page_size;
  f.offset = page->offset();
  dto::UserList out;
  out.page = page->page;
  out.page_size = page->page_size;
  ctx.db().read([&](soci::session& s) {
    for (const auto& u : repo::list_users(s, f, out.total)) out.items.push_back(user_dto(s, u));
  });
  return dto_response(out);
}

Response create_user(Context& ctx) {
  auto body = body_as<dto::CreateUserRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::CreateUserRequest>(body);
  for (auto st : {accounts::validate_login(in.login), validate_text("display_name", in.display_name, 200, true),
                  validate_email(in.email), validate_language(in.language), accounts::validate_password(in.password)})
    if (!st) return error_response(st.error(), ctx.lang);
  if (in.memberships.empty() && !ctx.principal.platform_admin)
    return error_response(invalid("memberships", "field.required"), ctx.lang);
  // Cheap checks first: argon2id costs a tenth of a second.
  auto precheck = ctx.db().read([&](soci::session& s) -> Status {
    auto ms = parse_memberships(s, ctx.principal, in.memberships);
    if (!ms) return ms.error();
    if (repo::find_user_by_login(s, in.login)) return conflict("login", "login.exists");
    return ok_status();
  });
  if (!precheck) return error_response(precheck.error(), ctx.lang);
  const std::string hash = accounts::hash_password(in.password);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::User> {
    auto ms = parse_memberships(s, ctx.principal, in.memberships);
    if (!ms) return ms.error();
    if (repo::find_user_by_login(s, in.login)) return conflict("login", "login.exists");
    repo::UserRow u;
    u.login = in.login;
    u.display_name = in.display_name;
    u.email = in.email.value_or("");
    u.password_hash = hash;
    u.language = in.language.value_or("cs");
    u.created_at = store::now_epoch();
    u.id = repo::insert_user(s, u);
    repo::replace_memberships(s, u.id, *ms);
    store::registry_repo::bump_data_version(s, "accounts");
    auto e = audit_entry(ctx, "user.create", "user", std::to_string(u.id), "login: " + u.login);
    if (!ms->empty()) e.organisation_id = ms->front().organisation_id;
    store::activity_log::append(s, e);
    return user_dto(s, u);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_user(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(Error{ErrorCode::not_found, {}, "user.not_found", {}}, ctx.lang);
  auto body = body_as<dto::UpdateUserRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::UpdateUserRequest>(body);
  if (in.display_name)
    if (auto st = validate_text("display_name", *in.display_name, 200, true); !st)
      return error_response(st.error(), ctx.lang);
  for (auto st : {validate_email(in.email), validate_language(in.language)})
    if (!st) return error_response(st.error(), ctx.lang);
  // An administrator who deactivated themselves would be logged out with nobody left to undo it.
  if (in.active && !*in.active && *id == ctx.principal.user_id)
    return error_response(invalid("active", "user.deactivate_self"), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::User> {
    auto u = repo::find_user(s, *id);
    if (!u || !can_manage_user(s, ctx.principal, *id)) return Error{ErrorCode::not_found, {}, "user.not_found", {}};
    if (in.display_name) u->display_name = *in.display_name;
    if (in.email) u->email = *in.email;
    if (in.language) u->language = *in.language;
    if (in.active) {
      u->active = *in.active;
      if (!u->active) repo::delete_user_sessions(s, u->id);
    }
    repo::update_user(s, *u);
    store::registry_repo::bump_data_version(s, "accounts");
    auto e = audit_entry(ctx, "user.update", "user", std::to_string(u->id));
    e.organisation_id = first_shared_organisation(s, ctx.principal, u->id);
    store::activity_log::append(s, e);
    return user_dto(s, *u);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response set_memberships(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(Error{ErrorCode::not_found, {}, "user.not_found", {}}, ctx.lang);
  auto body = body_as<dto::SetMembershipsRequest>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  auto& in = std::get<dto::SetMembershipsRequest>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::User> {
    auto u = repo::find_user(s, *id);
    if (!u || !can_manage_user(s, ctx.principal, *id)) return Error{ErrorCode::not_found, {}, "user.not_found", {}};
    auto ms = parse_memberships(s, ctx.principal, in.memberships);
    if (!ms) return ms.error();
    // Roles in organisations the actor does not administer are kept as they are.
    for (const auto& old : repo::memberships_of(s, *id))
      if (!accounts::can_manage_organisation(ctx.principal, old.organisation_id)) ms->push_back(old);
    repo::replace_memberships(s, *id, *ms);
    store::registry_repo::bump_data_version(s, "accounts");
    std::string detail;
    for (const auto& m : *ms)
      detail += (detail.empty() ? "" : ", ") + std::to_string(m.organisation_id) + ":" +
                std::string(accounts::to_string(m.role));
    auto e = audit_entry(ctx, "user.memberships", "user", std::to_string(*id), detail);
    e.organisation_id = first_shared_organisation(s, ctx.principal, *id);
    store::activity_log::append(s, e);
    return user_dto(s, *u);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response list_audit(Context& ctx) {
  auto page = paging(ctx.req);
  if (!page) return error_response(page.error(), ctx.lang);
  auto action = text_param(ctx.req, "action", 100);
  if (!action) return error_response(action.error(), ctx.lang);
  auto user_id = int_param(ctx.req, "user_id", 1, std::numeric_limits<long long>::max());
  if (!user_id) return error_response(user_id.error(), ctx.lang);
  store::activity_log::ListFilter f;
  f.action = *action;
  f.user_id = user_id->value_or(0);
  for (const char* name : {"from", "to"}) {
    auto v = ctx.req.query_param(name);
    if (!v || v->empty()) continue;
    auto t = parse_timestamp(*v);
    if (!t) return error_response(invalid(name, "field.invalid_date"), ctx.lang);
    if (std::string_view(name) == "from") f.from = *t;
    else f.to = v->size() == 10 ? *t + 86399 : *t;
  }
  f.all = ctx.principal.platform_admin;
  f.organisation_ids = managed_organisations(ctx.principal);
  f.limit = page->page_size;
  f.offset = page->offset();
  dto::AuditList out;
  out.page = page->page;
  out.page_size = page->page_size;
  ctx.db().read([&](soci::session& s) {
    for (const auto& e : store::activity_log::list(s, f, out.total))
      out.items.push_back(dto::AuditEntry{e.id, format_timestamp(e.at),
                                          e.user_id ? std::optional<long long>(e.user_id) : std::nullopt, e.user_login,
                                          e.action, e.entity, e.entity_id, e.detail, e.ip});
  });
  return dto_response(out);
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
  t.add<dto::ChangePasswordRequest, void>(Verb::post, "/api/me/password", Permission::authenticated, change_password,
                                          "accounts", "Change own password");
  t.add<void, dto::UserList>(Verb::get, "/api/users", Permission::users_manage, list_users, "accounts",
                             "Users of the organisations the caller administers")
      .query = [] {
    auto q = paging_docs();
    q.push_back({"q", "string", "Search in login, name and e-mail", {}});
    return q;
  }();
  t.add<dto::CreateUserRequest, dto::User>(Verb::post, "/api/users", Permission::users_manage, create_user, "accounts",
                                           "Create a user with roles")
      .success_status = 201;
  t.add<dto::UpdateUserRequest, dto::User>(Verb::patch, "/api/users/{id}", Permission::users_manage, update_user,
                                           "accounts", "Update or deactivate a user");
  t.add<dto::SetMembershipsRequest, dto::User>(Verb::put, "/api/users/{id}/memberships", Permission::users_manage,
                                               set_memberships, "accounts", "Replace a user's roles");
  t.add<void, dto::AuditList>(Verb::get, "/api/audit-log", Permission::audit_log_read, list_audit, "accounts",
                              "The audit log")
      .query = [] {
    auto q = paging_docs();
    q.push_back({"action", "string", "Only this action (e.g. login, login_failed, service.read)", {}});
    q.push_back({"user_id", "integer", "Only this user", {}});
    q.push_back({"from", "string", "From date YYYY-MM-DD", {}});
    q.push_back({"to", "string", "To date YYYY-MM-DD (inclusive)", {}});
    return q;
  }();
}

}  // namespace kvalis::http
