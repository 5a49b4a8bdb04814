#pragma once
// The application as a handler sees it (Context::app): the database, the configuration, the route table,
// the catalogues in force and the response cache. server/app.hpp implements it; modules' handlers include
// only this header, so no module depends on the server that puts them together.
#include <string>
#include <string_view>

#include "accounts/core/access.hpp"
#include "accounts/core/credentials.hpp"
#include "platform/core/worker.hpp"
#include "platform/http/cache.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::http {

class RouteTable;

struct AppConfig {
  std::string web_root;                       // built front end (web/dist); empty: no static files
  bool secure_cookies = false;                // set when served over TLS (directly or behind a proxy)
  long long session_ttl_seconds = 12 * 3600;  // a session ends this long after login (absolute timeout)
  long long session_idle_seconds = 30 * 60;   // … or this long after its last request (idle timeout; 0: none)
  accounts::ThrottlePolicy throttle;
  // In-process caches of the request pipeline (see http/cache.hpp). A change made through this process
  // takes effect on the next request; one made by another process sharing the database (or by the CLI)
  // within these bounds. 0 turns a cache off (every request asks the database, as before).
  long long session_cache_ms = 2000;  // sessions by token digest: bounds logout / password change elsewhere
  long long data_versions_ms = 250;   // the accounts and registry data versions: bounds deactivation,
                                      // role changes and registry imports elsewhere
  // DEA over a round with at most this many services answers within the request; a larger round runs as
  // a job on the worker thread (POST answers the same job shape either way; see benchmark/app/dea.hpp).
  long long dea_inline_max_services = 200;
  // A bearer token that may read GET /api/metrics without a session (kvalis serve --metrics-token-file);
  // empty: only the platform administrator's session may.
  std::string metrics_token;
};

class Environment {
 public:
  virtual ~Environment() = default;
  virtual store::Database& db() = 0;
  virtual const AppConfig& config() const = 0;
  virtual const RouteTable& routes() const = 0;
  // The legal catalogues in force today (they change only at migration, before the server starts).
  virtual const store::catalogue_repo::Catalogues& catalogues() const = 0;
  // Cached JSON answers of read-only list routes, keyed by caller scope and query, valid for one
  // registry data version.
  virtual VersionedCache<std::string, std::string>& response_cache() = 0;
  // The background thread of long tasks (DEA jobs), joined when the server stops.
  virtual Worker& worker() = 0;
};

inline constexpr std::string_view kSessionCookie = "kvalis_session";

// Builds the session cookie header value.
std::string session_cookie(const std::string& token, long long max_age, bool secure);

}  // namespace kvalis::http
