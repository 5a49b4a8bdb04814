// Health, the OpenAPI document and the metrics.
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "accounts/http/dto_accounts.hpp"
#include "platform/core/metrics.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/store/data_versions.hpp"
#include "platform/store/health.hpp"
#include "server/app.hpp"

namespace kvalis::http {
namespace {

// Resident memory (second field of /proc/self/statm, in pages).
long long resident_bytes() {
  std::ifstream statm("/proc/self/statm");
  long long size = 0, resident = 0;
  statm >> size >> resident;
  return resident * sysconf(_SC_PAGESIZE);
}

long long open_fds() {
  std::error_code ec;
  long long n = 0;
  for (std::filesystem::directory_iterator it("/proc/self/fd", ec), end; !ec && it != end; it.increment(ec)) ++n;
  return n > 0 ? n - 1 : 0;  // less the descriptor of the listing itself
}

Response metrics(Context& ctx) {
  // The pipeline let through a platform administrator's session... or any session (the route asks only
  // `authenticated`) or the bearer token: a session that is not the administrator's is refused here.
  const bool token = bearer_matches(ctx.req.authorization, ctx.app.config().metrics_token);
  if (!token && !ctx.principal.platform_admin)
    return error_response(Error{ErrorCode::forbidden, {}, "auth.forbidden", {}}, ctx.lang);
  auto& db = ctx.app.db();
  metrics::Gauges g;
  g.open_connections = metrics::registry().open_connections();
  g.db_pool_in_use = static_cast<long long>(db.in_use());
  g.db_pool_size = static_cast<long long>(db.pool_size());
  g.data_version_reads = store::data_versions::reads();
  g.resident_bytes = resident_bytes();
  g.open_fds = open_fds();
  g.version = KVALIS_VERSION;
  g.database = std::string(db.dialect_name());
  Response r;
  r.body = metrics::render(metrics::registry().requests(), g);
  r.content_type = "text/plain; version=0.0.4; charset=utf-8";
  return r;
}

}  // namespace

void register_system_routes(RouteTable& table) {
  using accounts::Permission;
  table.add<void, dto::Health>(
      Verb::get, "/api/health", Permission::public_access,
      [](Context& ctx) {
        ctx.db().read([](soci::session& s) { store::ping(s); });  // the database answers
        return dto_response(dto::Health{"ok", KVALIS_VERSION, std::string(ctx.db().dialect_name())});
      },
      "system", "Health check");
  table.add<void, AnyJson>(
      Verb::get, "/api/openapi.json", Permission::public_access,
      [](Context& ctx) { return json_response(openapi_document(ctx.app.routes(), KVALIS_VERSION)); }, "system",
      "OpenAPI 3.1 document of every route");
  file_route(table.add<void, void>(Verb::get, std::string(kMetricsPath), Permission::authenticated, metrics, "system",
                                   "Metrics in the Prometheus text format (platform administrator's session, or "
                                   "Authorization: Bearer with the token of kvalis serve --metrics-token-file)"));
}

}  // namespace kvalis::http
