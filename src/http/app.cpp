#include "http/app.hpp"

#include <fstream>
#include <iostream>
#include <sstream>

#include "core/common/dates.hpp"
#include "store/accounts_repo.hpp"

namespace kvalis::http {
namespace {

constexpr std::string_view kSessionCookie = "kvalis_session";

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
  if (ext == ".svg") return "image/svg+xml";
  if (ext == ".png") return "image/png";
  if (ext == ".ico") return "image/x-icon";
  if (ext == ".woff2") return "font/woff2";
  if (ext == ".woff") return "font/woff";
  if (ext == ".txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace

std::string session_cookie(const std::string& token, long long max_age, bool secure) {
  std::string c = std::string(kSessionCookie) + "=" + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" +
                  std::to_string(max_age);
  if (secure) c += "; Secure";
  return c;
}

// Every module's routes; the App and `kvalis openapi` both build their table here.
void register_all_routes(RouteTable& routes) {
  register_system_routes(routes);
  register_account_routes(routes);
  register_registry_routes(routes);
  register_benchmark_routes(routes);
  register_benchmark_result_routes(routes);
}

App::App(store::Database& db, AppConfig config) : db_(db), config_(std::move(config)) {
  register_all_routes(routes_);
  auto items = db_.read([](soci::session& s) { return store::catalogue_repo::load_all(s); });
  catalogues_ = store::catalogue_repo::Catalogues(items, format_date(store::now_epoch()));
}

Response App::handle_api(const Request& req) {
  Context ctx{req, *this, {}, {}, {}, {}, parse_lang(req.accept_language)};
  try {
    auto match = routes_.match(req.method, req.path);
    if (!match.route) {
      if (match.path_exists) {
        Response r = error_response(Error{ErrorCode::not_found, {}, "method.not_allowed", {}}, ctx.lang);
        r.status = 405;
        std::string allow;
        for (auto v : match.allowed) allow += (allow.empty() ? "" : ", ") + std::string(boost::beast::http::to_string(v));
        r.headers.emplace_back("Allow", allow);
        return r;
      }
      return error_response(Error{ErrorCode::not_found, {}, "route.not_found", {}}, ctx.lang);
    }
    const Route& route = *match.route;
    ctx.path_params = std::move(match.params);
    if (req.body.size() > route.body_limit)
      return error_response(Error{ErrorCode::payload_too_large, {}, "body.too_large",
                                  {{"max", std::to_string(route.body_limit)}}},
                            ctx.lang);

    // Who is asking: the session cookie, looked up by its digest.
    if (auto token = req.cookie_value(kSessionCookie); token && !token->empty()) {
      const std::string digest = accounts::token_digest(*token);
      db_.read([&](soci::session& s) {
        auto row = store::accounts_repo::find_session(s, digest, store::now_epoch());
        if (!row) return;
        // Roles change rarely: the principal is reloaded only when the accounts data version moved.
        auto principal = principals_.get(row->user_id, row->accounts_version);
        if (!principal) {
          principal = store::accounts_repo::load_principal(s, row->user_id);
          if (!principal) return;
          principals_.put(row->user_id, row->accounts_version, *principal);
        }
        ctx.principal = std::move(*principal);
        ctx.registry_version = row->registry_version;
        ctx.session_digest = digest;
        ctx.csrf_token = row->csrf_token;
        ctx.lang = row->language == "en" ? Lang::en : (row->language == "cs" ? Lang::cs : ctx.lang);
      });
    }
    if (route.permission != accounts::Permission::public_access) {
      if (ctx.principal.user_id == 0)
        return error_response(Error{ErrorCode::unauthorized, {}, "auth.required", {}}, ctx.lang);
      if (!accounts::has_permission(ctx.principal, route.permission))
        return error_response(Error{ErrorCode::forbidden, {}, "auth.forbidden", {}}, ctx.lang);
      if (is_unsafe(req.method) && !same_token(req.csrf_header, ctx.csrf_token))
        return error_response(Error{ErrorCode::forbidden, {}, "csrf.invalid", {}}, ctx.lang);
    }
    return route.handler(ctx);
  } catch (const store::Unavailable& e) {
    std::cerr << "kvalis: database unavailable: " << e.what() << "\n";
    return error_response(Error{ErrorCode::unavailable, {}, "unavailable", {}}, ctx.lang);
  } catch (const std::exception& e) {
    std::cerr << "kvalis: error in " << boost::beast::http::to_string(req.method) << " " << req.path << ": "
              << e.what() << "\n";
    Response r = error_response(Error{ErrorCode::unavailable, {}, "internal", {}}, ctx.lang);
    r.status = 500;
    return r;
  }
}

Response App::handle_static(const Request& req) const {
  Response r;
  if (config_.web_root.empty() || req.path.find("..") != std::string::npos) {
    r.status = 404;
    r.content_type = "text/plain; charset=utf-8";
    r.body = "Not found";
    return r;
  }
  auto read_file = [](const std::string& path, std::string& out) {
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
    if (asset || path.find('.') != std::string::npos) {
      r.status = 404;
      r.content_type = "text/plain; charset=utf-8";
      r.body = "Not found";
      return r;
    }
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
  return r;
}

}  // namespace kvalis::http
