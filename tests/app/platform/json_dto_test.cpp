// Request bodies are read through the DTO descriptions: every error names the field, and the same
// descriptions produce the OpenAPI schemas.
#include <gtest/gtest.h>

#include "accounts/http/dto_accounts.hpp"
#include "platform/core/messages.hpp"
#include "platform/http/routing.hpp"

namespace kvalis::http {
namespace {

struct Case {
  const char* body;
  const char* field;
  const char* key;
};

TEST(JsonDto, ReadsValidBody) {
  auto r = parse_body<dto::CreateUserRequest>(
      R"({"login":"jana","display_name":"Jana Nováková","password":"0123456789",
          "memberships":[{"organisation_id":3,"role":"worker"}]})");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->login, "jana");
  EXPECT_FALSE(r->email.has_value());
  ASSERT_EQ(r->memberships.size(), 1u);
  EXPECT_EQ(r->memberships[0].organisation_id, 3);
}

TEST(JsonDto, ErrorsNameTheField) {
  const Case cases[] = {
      {R"({"login":5,"password":"x"})", "login", "field.type_string"},
      {R"({"password":"x"})", "login", "field.required"},
      {R"({"login":null,"password":"x"})", "login", "field.required"},
      {R"({"login":"a","password":"x","extra":1})", "extra", "field.unknown"},
      {R"([1,2])", "", "json.not_object"},
      {R"({"login":"a",)", "", "json.malformed"},
      {"", "", "json.malformed"},
  };
  for (const auto& c : cases) {
    auto r = parse_body<dto::LoginRequest>(c.body);
    ASSERT_FALSE(r.ok()) << c.body;
    EXPECT_EQ(r.error().field, c.field) << c.body;
    EXPECT_EQ(r.error().message_key, c.key) << c.body;
  }
  auto nested = parse_body<dto::SetMembershipsRequest>(R"({"memberships":[{"organisation_id":"x","role":"worker"}]})");
  ASSERT_FALSE(nested.ok());
  EXPECT_EQ(nested.error().field, "memberships[0].organisation_id");
  EXPECT_EQ(translate(nested.error(), Lang::cs), "Pole „memberships[0].organisation_id“ musí být celé číslo.");
  auto big = parse_body<dto::MembershipInput>(R"({"organisation_id":1e300,"role":"worker"})");
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.error().field, "organisation_id");
  auto deep = parse_body<dto::LoginRequest>(std::string(100, '[') + std::string(100, ']'));
  ASSERT_FALSE(deep.ok());
  EXPECT_EQ(deep.error().message_key, "json.malformed");
}

TEST(JsonDto, WritesAndDescribes) {
  dto::AuditEntry e{7, "2026-11-24T10:00:00Z", std::nullopt, "admin", "login", "user", "1", "", "127.0.0.1"};
  EXPECT_EQ(json::serialize(to_json(e)),
            R"({"id":7,"at":"2026-11-24T10:00:00Z","user_id":null,"user_login":"admin","action":"login",)"
            R"("entity":"user","entity_id":"1","detail":"","ip":"127.0.0.1"})");
  SchemaRegistry reg;
  auto ref = schema_of<dto::AuditList>(reg);
  EXPECT_EQ(ref.at("$ref").as_string(), "#/components/schemas/AuditList");
  ASSERT_TRUE(reg.count("AuditEntry"));
  const auto& props = reg["AuditEntry"].at("properties").as_object();
  EXPECT_EQ(props.at("id").at("type").as_string(), "integer");
  EXPECT_TRUE(props.at("user_id").as_object().contains("oneOf"));
  const auto& required = reg["AuditEntry"].at("required").as_array();
  EXPECT_EQ(std::count(required.begin(), required.end(), json::value("user_id")), 0);
}

TEST(RouteTable, MatchesTemplatesAndMethods) {
  RouteTable t;
  t.add<void, void>(
      Verb::get, "/api/services/{id}", accounts::Permission::services_read, [](Context&) { return no_content(); }, "x",
      "x");
  auto m = t.match(Verb::get, "/api/services/42");
  ASSERT_NE(m.route, nullptr);
  EXPECT_EQ(m.params[0].second, "42");
  EXPECT_EQ(t.match(Verb::post, "/api/services/42").route, nullptr);
  EXPECT_TRUE(t.match(Verb::post, "/api/services/42").path_exists);
  EXPECT_FALSE(t.match(Verb::get, "/api/services/42/x").path_exists);
  EXPECT_EQ(t.match(Verb::get, "/api/services/").route, nullptr);
}

}  // namespace
}  // namespace kvalis::http
