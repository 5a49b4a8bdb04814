// Query parameters declared once (platform/http/params.hpp): the OpenAPI description and the parser
// come from the same declaration.
#include "platform/http/params.hpp"

#include <gtest/gtest.h>

namespace {

using namespace kvalis;
using namespace kvalis::http;

// "/api/x?a=1&b=%20c" → a request with its decoded query pairs.
Request with_query(const std::string& target) {
  Request r;
  const auto q = target.find('?');
  r.path = target.substr(0, q);
  if (q == std::string::npos) return r;
  std::string rest = target.substr(q + 1);
  while (!rest.empty()) {
    const auto amp = rest.find('&');
    const std::string part = rest.substr(0, amp);
    const auto eq = part.find('=');
    std::string value = eq == std::string::npos ? "" : part.substr(eq + 1);
    for (std::size_t i; (i = value.find("%20")) != std::string::npos;) value.replace(i, 3, " ");
    r.query.emplace_back(part.substr(0, eq), value);
    rest = amp == std::string::npos ? "" : rest.substr(amp + 1);
  }
  return r;
}

TEST(QueryParam, IntegerDocAndParserAgree) {
  const auto p = QueryParam::integer("service_id", "Only this service", 1, 100);
  EXPECT_EQ(p.doc().name, "service_id");
  EXPECT_EQ(p.doc().type, "integer");
  EXPECT_EQ(p.doc().description, "Only this service");
  EXPECT_FALSE(p.read_integer(with_query("/api/x")).value().has_value());
  EXPECT_EQ(p.read_integer(with_query("/api/x?service_id=42")).value(), std::optional<long long>(42));
  auto bad = p.read_integer(with_query("/api/x?service_id=abc"));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "service_id");
  EXPECT_EQ(bad.error().message_key, "field.type_integer");
  auto big = p.read_integer(with_query("/api/x?service_id=101"));
  ASSERT_FALSE(big);
  EXPECT_EQ(big.error().message_key, "field.out_of_range");
}

TEST(QueryParam, ChoiceListsItsValuesAndRefusesOthers) {
  const auto p = QueryParam::choice("status", "Status", {"open", "closed"}, "open");
  EXPECT_EQ(p.doc().type, "string");
  EXPECT_EQ(p.doc().values, (std::vector<std::string>{"open", "closed"}));
  EXPECT_EQ(p.read_text(with_query("/api/x")).value(), "open");
  EXPECT_EQ(p.read_text(with_query("/api/x?status=closed")).value(), "closed");
  auto bad = p.read_text(with_query("/api/x?status=lost"));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "status");
}

TEST(QueryParam, TextIsTrimmedAndBounded) {
  const auto p = QueryParam::text("q", "Search", 5);
  EXPECT_TRUE(p.doc().values.empty());
  EXPECT_EQ(p.read_text(with_query("/api/x?q=%20abc%20")).value(), "abc");
  auto bad = p.read_text(with_query("/api/x?q=abcdefgh"));
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message_key, "field.too_long");
}

}  // namespace
