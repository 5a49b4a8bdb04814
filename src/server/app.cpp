#include "server/app.hpp"

#include <algorithm>
#include <chrono>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>

#include "accounts/http/routes.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "benchmark/http/routes.hpp"
#include "dashboard/http/routes.hpp"
#include "network/http/portal_pages.hpp"
#include "network/http/routes.hpp"
#include "notify/http/routes.hpp"
#include "people/http/routes.hpp"
#include "planning/http/routes.hpp"
#include "platform/core/content_coding.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/data_versions.hpp"
#include "quality/app/audit_views.hpp"
#include "quality/http/routes.hpp"
#include "registry/http/routes.hpp"

namespace kvalis::http {
namespace {

bool is_unsafe(Verb v) { return v != Verb::get && v != Verb::head && v != Verb::options; }

// Constant-time comparison of the CSRF token.
bool same_token(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.empty()) return false;
  unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

std::string_view mime_type(std::string_view path) {
  auto ext = path.substr(path.rfind('.') == std::string_view::npos ? path.size() : path.rfind('.'));
  if (ext == ".html") return "text/html; charset=utf-8";
  if (ext == ".js" || ext == ".mjs") return "text/javascript; charset=utf-8";
  if (ext == ".css") return "text/css; charset=utf-8";
  if (ext == ".json" || ext == ".map") return "application/json";
  if (ext == ".geojson") return "application/geo+json";
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

// An HTTP date (RFC 9110 IMF-fixdate) of a Unix time.
std::string http_date(long long epoch) {
  std::time_t t = static_cast<std::time_t>(epoch);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[64];
  std::strftime(buf, sizeof buf, "%a, %d %b %Y %H:%M:%S GMT", &tm);
  return buf;
}

}  // namespace

// Every module's routes; the App and `kvalis openapi` both build their table here.
void register_all_routes(RouteTable& routes) {
  register_system_routes(routes);
  register_account_routes(routes);
  // A member of an audit of a service reads the service too (the quality module's rule).
  register_registry_routes(routes, quality::app::reads_audit_of_service);
  register_benchmark_routes(routes);
  register_benchmark_result_routes(routes);
  register_quality_care_routes(routes);
  register_quality_set_routes(routes);
  register_quality_audit_routes(routes);
  register_quality_action_routes(routes);
  register_dashboard_routes(routes);
  register_planning_routes(routes);
  register_people_routes(routes);
  register_network_routes(routes);
  register_notify_routes(routes);
}

thread_local bool App::memory_only_ = false;

App::App(store::Database& db, AppConfig config)
    : db_(db),
      config_(std::move(config)),
      sessions_(20000, std::chrono::milliseconds(std::max(0LL, config_.session_cache_ms))),
      versions_(1, std::chrono::milliseconds(std::max(0LL, config_.data_versions_ms))),
      portal_versions_(1, std::chrono::milliseconds(std::max(0LL, config_.data_versions_ms))) {
  register_all_routes(routes_);
  // Matching walks every route; the paths without parameters are matched once, here.
  for (const auto& route : routes_.routes()) {
    if (route.path.find('{') != std::string::npos || fixed_matches_.contains(route.path)) continue;
    auto& per_verb = fixed_matches_[route.path];
    for (Verb v : {Verb::get, Verb::head, Verb::post, Verb::put, Verb::patch, Verb::delete_, Verb::options})
      per_verb.emplace_back(v, routes_.match(v, route.path));
  }
  // Routes whose handlers may run on the network thread: read-only, cheap when answered from memory,
  // no side effect before their first App::db() call.
  for (auto [verb, path] : {std::pair{Verb::get, "/api/services"}, std::pair{Verb::get, "/api/session"}})
    if (auto m = match(verb, path); m.route) in_memory_routes_.push_back(m.route);
  auto items = db_.read([](soci::session& s) { return store::catalogue_repo::load_all(s); });
  catalogues_ = store::catalogue_repo::Catalogues(items, format_date(store::now_epoch()));
}

RouteTable::Match App::match(Verb method, const std::string& path) const {
  if (auto it = fixed_matches_.find(path); it != fixed_matches_.end())
    for (const auto& [verb, m] : it->second)
      if (verb == method) return m;
  return routes_.match(method, path);
}

App::Lookup App::resolve_session(Context& ctx, bool allow_db) {
  auto token = ctx.req.cookie_value(kSessionCookie);
  if (!token || token->empty()) return Lookup::done;
  const std::string digest = accounts::token_digest(*token);
  const ReadStamp stamp = ReadStamp::now(write_epoch_);

  // The session and the data versions, from memory while fresh; the session is trusted only with the
  // accounts version it was read under (a deactivation or role change bumps that version).
  std::optional<store::accounts_repo::SessionRow> row;
  auto versions = versions_.get(0, stamp.epoch, stamp.started);
  if (versions) {
    row = sessions_.get(digest, stamp.epoch, stamp.started);
    if (row && (row->accounts_version != versions->accounts || row->expires_at <= store::now_epoch())) row.reset();
  }
  if (!row) {
    if (!allow_db) return Lookup::needs_database;
    // One query gives the session and both data versions.
    row = db_.read([&](soci::session& s) { return store::accounts_repo::find_session(s, digest, store::now_epoch()); });
    store::data_versions::count_read();  // the session's row carries both data versions
    if (!row) return Lookup::done;       // unknown, expired or deactivated: anonymous
    versions = DataVersions{row->accounts_version, row->registry_version};
    versions_.put(0, *versions, stamp);
    sessions_.put(digest, *row, stamp);
  }
  // The idle timeout: a request moves the session's expiry and its time of last use (the user's list of
  // sessions shows it), written at most once a minute per session.
  const long long now = store::now_epoch();
  if (accounts::session_needs_touch(row->created_at, row->expires_at, now, config_.session_ttl_seconds,
                                    config_.session_idle_seconds) ||
      accounts::session_use_outdated(row->last_used_at, now)) {
    if (!allow_db) return Lookup::needs_database;
    row->expires_at =
        accounts::session_expiry(row->created_at, now, config_.session_ttl_seconds, config_.session_idle_seconds);
    row->last_used_at = now;
    // Best effort: while the database takes no writes (disk full), reads go on with the session as it is,
    // and the next request tries the touch again.
    try {
      db_.write([&](soci::session& s) { store::accounts_repo::touch_session(s, digest, row->expires_at, now); });
      sessions_.put(digest, *row, stamp);
    } catch (const store::Unavailable& e) {
      std::cerr << "kvalis: session expiry not moved (database unavailable): " << e.what() << "\n";
    }
  }
  // Roles change rarely: the principal is reloaded only when the accounts data version moved.
  auto principal = principals_.get(row->user_id, versions->accounts);
  if (!principal) {
    if (!allow_db) return Lookup::needs_database;
    principal = db_.read([&](soci::session& s) { return store::accounts_repo::load_principal(s, row->user_id); });
    if (!principal) return Lookup::done;
    principals_.put(row->user_id, versions->accounts, *principal);
  }
  ctx.principal = std::move(*principal);
  ctx.registry_version = versions->registry;
  ctx.session_digest = digest;
  ctx.csrf_token = row->csrf_token;
  ctx.lang = row->language == "en" ? Lang::en : (row->language == "cs" ? Lang::cs : ctx.lang);
  return Lookup::done;
}

namespace {

// A refused request of a logged-in user (ASVS 7.2.2): one line on the server's log with the time, the user, the
// client address, the request and why. A 404 for an object the caller may not see is not told apart from a
// missing one, here as in the answer.
void log_denied(const Context& ctx, const Response& r, std::string_view why) {
  if (r.status != 403) return;
  std::string line = "kvalis: access denied: " + format_timestamp(store::now_epoch()) + " user " +
                     std::to_string(ctx.principal.user_id) + " from " + ctx.req.client_ip + " " +
                     std::string(boost::beast::http::to_string(ctx.req.method)) + " " + ctx.req.path + ": " +
                     std::string(why) + "\n";
  std::cerr << line;
}

}  // namespace

bool bearer_matches(std::string_view authorization, std::string_view token) {
  constexpr std::string_view kBearer = "Bearer ";
  if (token.empty() || authorization.substr(0, kBearer.size()) != kBearer) return false;
  return same_token(authorization.substr(kBearer.size()), token);
}

std::optional<Response> App::check_access(const Route& route, const Context& ctx) {
  if (route.permission == accounts::Permission::public_access) return std::nullopt;
  if (route.path == kMetricsPath && bearer_matches(ctx.req.authorization, ctx.app.config().metrics_token))
    return std::nullopt;
  if (ctx.principal.user_id == 0)
    return error_response(Error{ErrorCode::unauthorized, {}, "auth.required", {}}, ctx.lang);
  if (!accounts::has_permission(ctx.principal, route.permission)) {
    Response r = error_response(Error{ErrorCode::forbidden, {}, "auth.forbidden", {}}, ctx.lang);
    log_denied(ctx, r, "lacks " + std::string(accounts::to_string(route.permission)));
    return r;
  }
  if (is_unsafe(ctx.req.method) && !same_token(ctx.req.csrf_header, ctx.csrf_token)) {
    Response r = error_response(Error{ErrorCode::forbidden, {}, "csrf.invalid", {}}, ctx.lang);
    log_denied(ctx, r, "no valid CSRF token");
    return r;
  }
  return std::nullopt;
}

namespace {

// The handler's answer; a refusal by the use case's rules is logged like one by the route's permission.
Response handled(const Route& route, Context& ctx) {
  Response r = route.handler(ctx);
  log_denied(ctx, r, "refused by the rules of " + route.path);
  return r;
}

}  // namespace

Response App::handle_api(const Request& req) { return handle_api(req, match(req.method, req.path)); }

Response App::handle_api(const Request& req, RouteTable::Match match) {
  Context ctx{req, *this, {}, {}, {}, {}, parse_lang(req.accept_language)};
  try {
    if (!match.route) {
      if (match.path_exists) {
        Response r = error_response(Error{ErrorCode::not_found, {}, "method.not_allowed", {}}, ctx.lang);
        r.status = 405;
        std::string allow;
        for (auto v : match.allowed)
          allow += (allow.empty() ? "" : ", ") + std::string(boost::beast::http::to_string(v));
        r.headers.emplace_back("Allow", allow);
        return r;
      }
      return error_response(Error{ErrorCode::not_found, {}, "route.not_found", {}}, ctx.lang);
    }
    const Route& route = *match.route;
    ctx.path_params = std::move(match.params);
    if (req.body.size() > route.body_limit)
      return error_response(
          Error{ErrorCode::payload_too_large, {}, "body.too_large", {{"max", std::to_string(route.body_limit)}}},
          ctx.lang);

    // Who is asking: the session cookie, looked up by its digest.
    resolve_session(ctx, true);
    if (auto denied = check_access(route, ctx)) return std::move(*denied);
    // A route that takes a JSON body takes only JSON (uploads declare no JSON schema and keep their types).
    if (!route.request_schema.is_null() && !is_json_content_type(req.content_type))
      return error_response(Error{ErrorCode::unsupported_media_type, "Content-Type", "body.not_json", {}}, ctx.lang);
    if (!is_unsafe(req.method)) return handled(route, ctx);
    // A state-changing request may end sessions (logout, password change, deactivation), change a user or
    // roles, or bump data versions: then whatever this process cached before it ends is void, whether it
    // succeeded or not. The store counts those writes (data_versions::session_data_changes); a request that
    // made none of them (an assessment, a form's values, an action's transition: most writes) keeps the cached
    // sessions, which under a mixed load otherwise were read again for nearly every request.
    struct BumpEpoch {
      WriteEpoch& e;
      std::uint64_t changes_before = store::data_versions::session_data_changes();
      ~BumpEpoch() {
        if (store::data_versions::session_data_changes() != changes_before) e.bump();
      }
    } bump{write_epoch_};
    return handled(route, ctx);
  } catch (const store::Unavailable& e) {
    std::cerr << "kvalis: database unavailable: " << format_timestamp(store::now_epoch()) << " "
              << boost::beast::http::to_string(req.method) << " " << req.path << ": " << e.what() << "\n";
    Response r = error_response(Error{ErrorCode::unavailable, {}, e.key(), {}}, ctx.lang);
    r.headers.emplace_back("Retry-After", "5");
    return r;
  } catch (const store::Conflict& e) {
    // Lost a race with a concurrent write (possibly through another kvalis process): rolled back, 409.
    std::cerr << "kvalis: concurrent write refused in " << boost::beast::http::to_string(req.method) << " " << req.path
              << ": " << e.what() << "\n";
    return error_response(Error{ErrorCode::conflict, {}, "conflict.concurrent", {}}, ctx.lang);
  } catch (const std::exception& e) {
    std::cerr << "kvalis: error in " << boost::beast::http::to_string(req.method) << " " << req.path << ": " << e.what()
              << "\n";
    Response r = error_response(Error{ErrorCode::unavailable, {}, "internal", {}}, ctx.lang);
    r.status = 500;
    return r;
  }
}

std::optional<Response> App::handle_in_memory(const Request& req, const RouteTable::Match& match) {
  if (!match.route || is_unsafe(req.method) || req.body.size() > match.route->body_limit) return std::nullopt;
  bool allowed = false;
  for (const Route* r : in_memory_routes_) allowed = allowed || r == match.route;
  if (!allowed) return std::nullopt;
  Context ctx{req, *this, match.params, {}, {}, {}, parse_lang(req.accept_language)};
  struct MemoryOnly {
    MemoryOnly() { memory_only_ = true; }
    ~MemoryOnly() { memory_only_ = false; }
  } guard;
  try {
    if (resolve_session(ctx, false) == Lookup::needs_database) return std::nullopt;
    if (auto denied = check_access(*match.route, ctx)) return std::move(*denied);
    return handled(*match.route, ctx);
  } catch (const NeedsDatabase&) {
    return std::nullopt;
  } catch (const std::exception&) {
    return std::nullopt;  // handle_api on the pool answers (and logs) it
  }
}

namespace {

// A portal page while the database is unavailable: 503, not cached, logged.
Response portal_unavailable(const Request& req, const store::Unavailable& e) {
  std::cerr << "kvalis: database unavailable: portal page " << req.path << ": " << e.what() << "\n";
  Response r;
  r.status = 503;
  r.content_type = "text/plain; charset=utf-8";
  r.body =
      "Databáze je právě nedostupná. Zkuste to prosím za chvíli.\nThe database is unavailable right now. "
      "Please try again shortly.\n";
  r.headers.emplace_back("Retry-After", "5");
  return r;
}

}  // namespace

std::optional<Response> App::handle_portal(const Request& req, bool memory_only) {
  const ReadStamp stamp = ReadStamp::now(write_epoch_);
  auto versions = portal_versions_.get(0, stamp.epoch, stamp.started);
  if (!versions) {
    if (memory_only) return std::nullopt;
    try {
      versions = db_.read([](soci::session& s) {
        return PortalVersions{store::data_versions::get(s, "network"), store::data_versions::get(s, "registry")};
      });
    } catch (const store::Unavailable& e) {
      return portal_unavailable(req, e);
    }
    portal_versions_.put(0, *versions, stamp);
  }
  // The page's address without a trailing slash: /portal/86/ and /portal/86 are one page.
  std::string path = req.path;
  while (path.size() > 1 && path.back() == '/') path.pop_back();
  const std::string key = path + "@" + std::to_string(versions->registry);
  auto page = portal_pages_.get(key, versions->network);
  if (!page) {
    if (memory_only) return std::nullopt;
    PortalPage fresh;
    try {
      fresh.response = render_portal_page(*this, req);
    } catch (const store::Unavailable& e) {
      return portal_unavailable(req, e);
    } catch (const std::exception& e) {
      std::cerr << "kvalis: error in portal page " << req.path << ": " << e.what() << "\n";
      Response r;
      r.status = 500;
      r.content_type = "text/plain; charset=utf-8";
      r.body = "Internal error";
      return r;
    }
    fresh.etag = "\"p" + std::to_string(versions->network) + "-" + std::to_string(versions->registry) + "\"";
    fresh.response.headers.emplace_back("Cache-Control", "no-cache");
    fresh.response.headers.emplace_back("ETag", fresh.etag);
    fresh.response.headers.emplace_back("Last-Modified", http_date(store::now_epoch()));
    portal_pages_.put(key, versions->network, fresh);
    page = std::move(fresh);
  }
  if (!req.if_none_match.empty() && req.if_none_match == page->etag && page->response.status == 200) {
    Response r;
    r.status = 304;
    r.content_type.clear();
    r.headers = page->response.headers;
    return r;
  }
  return std::move(page->response);
}

Response App::handle_static(const Request& req, std::string_view accept_encoding) const {
  Response r;
  auto not_found = [&r] {
    r.status = 404;
    r.content_type = "text/plain; charset=utf-8";
    r.body = "Not found";
    return r;
  };
  // No file name holds a control character (a decoded %00 would cut the name short: /index.html%00.png)
  // and no path segment starts with a dot (/., /.git).
  const bool hidden = req.path.find("/.") != std::string::npos;
  const bool control = std::any_of(req.path.begin(), req.path.end(),
                                   [](char c) { return static_cast<unsigned char>(c) < 0x20 || c == 0x7F; });
  if (config_.web_root.empty() || req.path.find("..") != std::string::npos || hidden || control) return not_found();
  auto read_file = [](const std::string& path, std::string& out) {
    // Only regular files: a directory (/assets) opens, reads as nothing and would be answered 200.
    std::error_code ec;
    if (!std::filesystem::is_regular_file(path, ec)) return false;
    std::ifstream f(path, std::ios::binary);
    if (!f) return false;
    std::ostringstream ss;
    ss << f.rdbuf();
    out = ss.str();
    return true;
  };
  std::string path = req.path == "/" ? "/index.html" : req.path;
  const bool asset = path.rfind("/assets/", 0) == 0;
  if (!read_file(config_.web_root + path, r.body)) {
    std::error_code ec;
    if (asset || path.find('.') != std::string::npos || std::filesystem::exists(config_.web_root + path, ec))
      return not_found();
    // A client-side route (e.g. /services/12): the single-page app handles it.
    path = "/index.html";
    if (!read_file(config_.web_root + path, r.body)) {
      r.status = 404;
      r.content_type = "text/plain; charset=utf-8";
      r.body = "Kvalis web front end is not built (run: cd web && npm ci && npm run build)";
      return r;
    }
  }
  r.content_type = std::string(mime_type(path));
  // Hashed assets never change under their name; index.html must always be revalidated.
  r.headers.emplace_back("Cache-Control", asset ? "public, max-age=31536000, immutable" : "no-cache");
  // The build's brotli/gzip sibling when the client takes it (web/scripts/compress-dist.mjs writes them where
  // compression pays). A Range header is not honoured for any form: the whole file is answered with 200.
  std::error_code ec;
  const std::string file = config_.web_root + path;
  const bool has_br = std::filesystem::is_regular_file(file + ".br", ec);
  const bool has_gzip = std::filesystem::is_regular_file(file + ".gz", ec);
  if (has_br || has_gzip) {
    r.headers.emplace_back("Vary", "Accept-Encoding");
    const ContentCoding coding = choose_content_coding(accept_encoding, has_br, has_gzip);
    std::string encoded;
    if (coding != ContentCoding::identity && read_file(file + (coding == ContentCoding::br ? ".br" : ".gz"), encoded)) {
      r.body = std::move(encoded);
      r.headers.emplace_back("Content-Encoding", std::string(content_coding_name(coding)));
    }
  }
  return r;
}

}  // namespace kvalis::http
