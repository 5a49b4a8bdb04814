#pragma once
// The application as the HTTP layer sees it: the database, the route table and the request pipeline
// (session → permission → CSRF → handler). Runs on the database thread pool.
#include <atomic>
#include <string>

#include "core/accounts/credentials.hpp"
#include "http/cache.hpp"
#include "http/routing.hpp"
#include "store/catalogue_repo.hpp"
#include "store/database.hpp"

namespace kvalis::http {

struct AppConfig {
  std::string web_root;              // built front end (web/dist); empty: no static files
  bool secure_cookies = false;       // set when served over TLS (directly or behind a proxy)
  long long session_ttl_seconds = 12 * 3600;
  accounts::ThrottlePolicy throttle;
};

class App {
 public:
  App(store::Database& db, AppConfig config);

  store::Database& db() { return db_; }
  const AppConfig& config() const { return config_; }
  const RouteTable& routes() const { return routes_; }
  // The legal catalogues in force today (they change only at migration, before the server starts).
  const store::catalogue_repo::Catalogues& catalogues() const { return catalogues_; }

  // Handles one /api request completely; never throws.
  Response handle_api(const Request& req);
  // Cached JSON answers of read-only list routes, keyed by caller scope and query, valid for one
  // registry data version.
  VersionedCache<std::string, std::string>& response_cache() { return response_cache_; }

  // Serves a file of the built front end (GET/HEAD outside /api); index.html for client routes.
  Response handle_static(const Request& req) const;

 private:
  store::Database& db_;
  AppConfig config_;
  RouteTable routes_;
  store::catalogue_repo::Catalogues catalogues_;
  VersionedCache<long long, accounts::Principal> principals_{10000};  // by user id, per accounts version
  VersionedCache<std::string, std::string> response_cache_{2000};
};

// Each module adds its routes (routes_<module>.cpp); register_all_routes calls them all.
void register_all_routes(RouteTable& table);
void register_system_routes(RouteTable& table);
void register_account_routes(RouteTable& table);
void register_registry_routes(RouteTable& table);
void register_benchmark_routes(RouteTable&);
void register_benchmark_result_routes(RouteTable&);

// Builds the session cookie header value.
std::string session_cookie(const std::string& token, long long max_age, bool secure);

}  // namespace kvalis::http
