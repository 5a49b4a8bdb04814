// The committed web/openapi.json (from which the front end's TypeScript types are generated) must be
// the document the server generates from its route table.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "server/app.hpp"

namespace kvalis::http {
namespace {

TEST(OpenApi, CommittedCopyMatchesRouteTable) {
  RouteTable table;
  register_all_routes(table);
  const auto generated = openapi_document(table, KVALIS_VERSION);
  std::ifstream f(std::string(KVALIS_SOURCE_DIR) + "/web/openapi.json");
  ASSERT_TRUE(f) << "web/openapi.json is missing";
  std::stringstream ss;
  ss << f.rdbuf();
  const auto committed = json::parse(ss.str());
  EXPECT_TRUE(committed == generated) << "web/openapi.json is out of date: run `build/kvalis openapi > "
                                         "web/openapi.json && (cd web && npm run gen:api)`";
}

TEST(OpenApi, EveryRouteHasAPermissionAndASchema) {
  RouteTable table;
  register_all_routes(table);
  for (const auto& r : table.routes()) {
    EXPECT_FALSE(std::string(accounts::to_string(r.permission)).empty()) << r.path;
    EXPECT_FALSE(r.summary.empty()) << r.path;
    if (r.success_status != 204) {
      EXPECT_FALSE(r.response_schema.is_null()) << r.path;
    }
  }
}

}  // namespace
}  // namespace kvalis::http
