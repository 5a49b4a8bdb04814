// The choice of a static file's stored form by Accept-Encoding (src/platform/core/content_coding.hpp), on the
// cases of tests/data/platform/accept_encoding.csv.
#include "platform/core/content_coding.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/data_table.hpp"

namespace {

TEST(ContentCoding, ChoiceByAcceptEncoding) {
  const auto table = kvalis::testing::load_data_table("platform/accept_encoding.csv");
  ASSERT_GE(table.rows.size(), 30u);
  for (const auto& row : table.rows) {
    const auto header = table.get(row, "accept_encoding");
    const auto chosen =
        kvalis::choose_content_coding(header, table.get(row, "has_br") == "1", table.get(row, "has_gzip") == "1");
    EXPECT_EQ(std::string(kvalis::content_coding_name(chosen)), table.get(row, "expected"))
        << "Accept-Encoding: " << header << " (" << table.get(row, "why") << ")";
  }
}

TEST(ContentCoding, Names) {
  EXPECT_EQ(kvalis::content_coding_name(kvalis::ContentCoding::br), "br");
  EXPECT_EQ(kvalis::content_coding_name(kvalis::ContentCoding::gzip), "gzip");
  EXPECT_EQ(kvalis::content_coding_name(kvalis::ContentCoding::identity), "identity");
}

}  // namespace
