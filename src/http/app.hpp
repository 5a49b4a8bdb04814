#pragma once
// The application as the HTTP layer sees it: the database, the route table and the request pipeline
// (session → permission → CSRF → handler). Runs on the database thread pool; a few read-only routes
// may answer on the network thread when everything they need is in memory (handle_in_memory).
#include <atomic>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/accounts/credentials.hpp"
#include "http/cache.hpp"
#include "http/routing.hpp"
#include "store/accounts_repo.hpp"
#include "store/catalogue_repo.hpp"
#include "store/database.hpp"

namespace kvalis::http {

struct AppConfig {
  std::string web_root;              // built front end (web/dist); empty: no static files
  bool secure_cookies = false;       // set when served over TLS (directly or behind a proxy)
  long long session_ttl_seconds = 12 * 3600;
  accounts::ThrottlePolicy throttle;
  // In-process caches of the request pipeline (see http/cache.hpp). A change made through this process
  // takes effect on the next request; one made by another process sharing the database (or by the CLI)
  // within these bounds. 0 turns a cache off (every request asks the database, as before).
  long long session_cache_ms = 2000;  // sessions by token digest: bounds logout / password change elsewhere
  long long data_versions_ms = 250;   // the accounts and registry data versions: bounds deactivation,
                                      // role changes and registry imports elsewhere
};

// Thrown by App::db() while a handler runs on the network thread (App::handle_in_memory): the request
// needs the database and moves to the database pool. Not a std::exception, so that handlers' own
// `catch (const std::exception&)` blocks let it through.
struct NeedsDatabase {};

class App {
 public:
  App(store::Database& db, AppConfig config);

  store::Database& db() {
    if (memory_only_) throw NeedsDatabase{};
    return db_;
  }
  const AppConfig& config() const { return config_; }
  const RouteTable& routes() const { return routes_; }
  // The legal catalogues in force today (they change only at migration, before the server starts).
  const store::catalogue_repo::Catalogues& catalogues() const { return catalogues_; }

  // RouteTable::match, answered from a table built at start for the paths without parameters.
  RouteTable::Match match(Verb method, const std::string& path) const;

  // Handles one /api request completely; never throws.
  Response handle_api(const Request& req);
  Response handle_api(const Request& req, RouteTable::Match match);
  // Answers a request of a route allowed on the network thread (GET /api/services, GET /api/session)
  // when the session, the principal, the data versions and the handler's answer are all in memory;
  // nullopt when the database is needed (the caller then runs handle_api on the database pool).
  std::optional<Response> handle_in_memory(const Request& req, const RouteTable::Match& match);

  // Cached JSON answers of read-only list routes, keyed by caller scope and query, valid for one
  // registry data version.
  VersionedCache<std::string, std::string>& response_cache() { return response_cache_; }

  // Serves a file of the built front end (GET/HEAD outside /api); index.html for client routes.
  Response handle_static(const Request& req) const;

 private:
  struct DataVersions {
    long long accounts = 0;
    long long registry = 0;
  };
  enum class Lookup { done, needs_database };
  // Fills ctx's principal, session and registry version from the session cookie. Without the database
  // (allow_db false) it uses only the caches and answers needs_database on any miss.
  Lookup resolve_session(Context& ctx, bool allow_db);
  // The permission and CSRF checks; an error response or nullopt when the handler may run.
  static std::optional<Response> check_access(const Route& route, const Context& ctx);

  store::Database& db_;
  AppConfig config_;
  RouteTable routes_;
  std::unordered_map<std::string, std::vector<std::pair<Verb, RouteTable::Match>>> fixed_matches_;
  std::vector<const Route*> in_memory_routes_;
  store::catalogue_repo::Catalogues catalogues_;
  WriteEpoch write_epoch_;
  TtlCache<std::string, store::accounts_repo::SessionRow> sessions_;  // by token digest
  TtlCache<int, DataVersions> versions_;                               // one entry
  VersionedCache<long long, accounts::Principal> principals_{10000};  // by user id, per accounts version
  VersionedCache<std::string, std::string> response_cache_{2000};
  static thread_local bool memory_only_;
};

// Each module adds its routes (routes_<module>.cpp); register_all_routes calls them all.
void register_all_routes(RouteTable& table);
void register_system_routes(RouteTable& table);
void register_account_routes(RouteTable& table);
void register_registry_routes(RouteTable& table);
void register_benchmark_routes(RouteTable&);
void register_benchmark_result_routes(RouteTable&);
void register_quality_care_routes(RouteTable&);
void register_quality_set_routes(RouteTable&);
void register_quality_audit_routes(RouteTable&);
void register_quality_action_routes(RouteTable&);
void register_dashboard_routes(RouteTable&);

// Builds the session cookie header value.
std::string session_cookie(const std::string& token, long long max_age, bool secure);

}  // namespace kvalis::http
