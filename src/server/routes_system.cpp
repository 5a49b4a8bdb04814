// Health and the OpenAPI document.
#include "accounts/http/dto_accounts.hpp"
#include "platform/store/health.hpp"
#include "server/app.hpp"

namespace kvalis::http {

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
}

}  // namespace kvalis::http
