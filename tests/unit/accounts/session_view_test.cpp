// How the list of one's own sessions names the client (src/accounts/core/session_view.hpp), driven by
// tests/data/accounts/user_agents.csv: the User-Agent header → what the list shows.
#include "accounts/core/session_view.hpp"

#include <gtest/gtest.h>

#include "support/data_table.hpp"

namespace {

using kvalis::testing::load_data_table;

TEST(SessionView, ShortUserAgentTable) {
  const auto t = load_data_table("accounts/user_agents.csv");
  ASSERT_GE(t.rows.size(), 12u);
  for (const auto& row : t.rows) {
    SCOPED_TRACE(t.get(row, "why"));
    EXPECT_EQ(kvalis::accounts::short_user_agent(t.get(row, "user_agent")), t.get(row, "client"));
  }
}

TEST(SessionView, NeverLongerThanTheLimit) {
  const std::string long_agent(500, 'x');
  EXPECT_EQ(kvalis::accounts::short_user_agent(long_agent), std::string(kvalis::accounts::kMaxClientLength, 'x'));
  std::string czech;
  for (int i = 0; i < 100; ++i) czech += "ř";
  EXPECT_EQ(kvalis::accounts::short_user_agent(czech).size(), 2 * kvalis::accounts::kMaxClientLength);
}

}  // namespace
