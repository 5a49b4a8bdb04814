#pragma once
// The application as the HTTP layer sees it: the database, the route table and the request pipeline
// (session → permission → CSRF → handler). Runs on the database thread pool; a few read-only routes
// may answer on the network thread when everything they need is in memory (handle_in_memory).
#include <atomic>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/http/cache.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/routing.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::http {

// Thrown by App::db() while a handler runs on the network thread (App::handle_in_memory): the request
// needs the database and moves to the database pool. Not a std::exception, so that handlers' own
// `catch (const std::exception&)` blocks let it through.
struct NeedsDatabase {};

class App final : public Environment {
 public:
  App(store::Database& db, AppConfig config);

  store::Database& db() override {
    if (memory_only_) throw NeedsDatabase{};
    return db_;
  }
  const AppConfig& config() const override { return config_; }
  const RouteTable& routes() const override { return routes_; }
  // The legal catalogues in force today (they change only at migration, before the server starts).
  const store::catalogue_repo::Catalogues& catalogues() const override { return catalogues_; }

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
  VersionedCache<std::string, std::string>& response_cache() override { return response_cache_; }
  Worker& worker() override { return worker_; }

  // A page of the public portal (GET/HEAD /portal…, network/http/portal_pages.hpp), cached per data version of
  // the "network" and "registry" scopes, with ETag and Last-Modified (304 on If-None-Match). memory_only: only
  // from the caches (the network thread), nullopt on a miss; otherwise always an answer (database pool).
  std::optional<Response> handle_portal(const Request& req, bool memory_only);

  // Serves a file of the built front end (GET/HEAD outside /api); index.html for client routes. With the
  // request's Accept-Encoding, the build's .br or .gz sibling where there is one (platform/core/content_coding.hpp).
  Response handle_static(const Request& req, std::string_view accept_encoding = {}) const;

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
  TtlCache<int, DataVersions> versions_;                              // one entry
  VersionedCache<long long, accounts::Principal> principals_{10000};  // by user id, per accounts version
  VersionedCache<std::string, std::string> response_cache_{2000};
  struct PortalVersions {
    long long network = 0;
    long long registry = 0;
  };
  struct PortalPage {
    Response response;
    std::string etag;
  };
  TtlCache<int, PortalVersions> portal_versions_;               // one entry
  VersionedCache<std::string, PortalPage> portal_pages_{1000};  // by path and registry version
  static thread_local bool memory_only_;
  Worker worker_;  // last: stops (finishing its task) before the rest of the App goes
};

// GET /api/metrics: a platform administrator's session, or the bearer token of AppConfig::metrics_token
// (for a Prometheus scraper, which has no session) that check_access accepts on this route alone.
inline constexpr std::string_view kMetricsPath = "/api/metrics";
// Whether an Authorization header carries this bearer token (compared in constant time; never an empty one).
bool bearer_matches(std::string_view authorization, std::string_view token);

// Every module's routes (<module>/http/routes.hpp); the App and `kvalis openapi` both build their table here.
void register_all_routes(RouteTable& table);
void register_system_routes(RouteTable& table);

}  // namespace kvalis::http
