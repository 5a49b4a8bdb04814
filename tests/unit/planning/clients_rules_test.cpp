// Rules of client records (src/planning/core/clients_rules.hpp): codes, GAS levels and weights, the link of a
// personal goal, the earliest review date, ladder scales and stages (tests/data/planning/ladder_stages.csv).
#include "planning/core/clients_rules.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/data_table.hpp"

namespace {

namespace planning = kvalis::planning;

TEST(ClientsRules, GeneratedCodes) {
  EXPECT_EQ(planning::client_code(1), "K-0001");
  EXPECT_EQ(planning::client_code(42), "K-0042");
  EXPECT_EQ(planning::client_code(12345), "K-12345");
  EXPECT_TRUE(planning::check_client_code("code", "RD-7/2025"));
  EXPECT_EQ(planning::check_client_code("code", "Jana Nová").error().message_key, "planning.clients.code_invalid");
  EXPECT_EQ(planning::check_client_code("code", "").error().message_key, "field.required");
  EXPECT_EQ(planning::check_client_code("code", std::string(33, 'K')).error().field, "code");
}

TEST(ClientsRules, GasLevelsAndWeights) {
  for (double level : {-3.0, -2.0, -1.0, -0.5, 0.0, 1.0, 2.0})
    EXPECT_TRUE(planning::check_rating_level("ratings[0].level", level)) << level;
  for (double level : {-4.0, -1.5, 0.5, 0.7, 3.0}) {
    const auto st = planning::check_rating_level("ratings[0].level", level);
    ASSERT_FALSE(st) << level;
    EXPECT_EQ(st.error().field, "ratings[0].level");
    EXPECT_EQ(st.error().message_key, "planning.clients.gas_level");
  }
  EXPECT_TRUE(planning::check_weight("weight", 0.5));
  EXPECT_TRUE(planning::check_weight("weight", 100));
  EXPECT_FALSE(planning::check_weight("weight", 0));
  EXPECT_FALSE(planning::check_weight("weight", 101));
}

TEST(ClientsRules, GoalLinkNeedsAReasonWhenUnlinked) {
  EXPECT_TRUE(planning::check_goal_link(true, ""));
  EXPECT_TRUE(planning::check_goal_link(false, "Osobní cíl mimo cíle služby"));
  const auto st = planning::check_goal_link(false, "   ");
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().field, "unlinked_reason");
}

TEST(ClientsRules, StatesAndEarliestDate) {
  EXPECT_EQ(planning::parse_client_state("erased"), planning::ClientState::erased);
  EXPECT_FALSE(planning::parse_client_state("deleted"));
  EXPECT_EQ(planning::to_string(planning::ClientGoalState::attained), "attained");
  EXPECT_FALSE(planning::parse_client_goal_state(""));
  const std::vector<std::string> dates{"", "2026-03-01", "2025-12-31", ""};
  EXPECT_EQ(planning::earliest_date(dates), "2025-12-31");
  EXPECT_EQ(planning::earliest_date(std::vector<std::string>{"", ""}), "");
}

TEST(ClientsRules, LadderScale) {
  EXPECT_TRUE(planning::check_ladder_scale(1, 10));
  EXPECT_TRUE(planning::check_ladder_scale(0, 100));
  EXPECT_EQ(planning::check_ladder_scale(5, 5).error().field, "scale_max");
  EXPECT_EQ(planning::check_ladder_scale(-1, 5).error().field, "scale_min");
  EXPECT_EQ(planning::check_ladder_scale(1, 101).error().field, "scale_max");
  EXPECT_TRUE(planning::check_ladder_value("values[0].value", 10, 1, 10));
  EXPECT_EQ(planning::check_ladder_value("values[0].value", 0, 1, 10).error().field, "values[0].value");
}

TEST(ClientsRules, LadderStagesTable) {
  const auto table = kvalis::testing::load_data_table("planning/ladder_stages.csv");
  for (const auto& row : table.rows) {
    const auto text = table.get(row, "stages");
    const auto r = planning::parse_ladder_stages(text, std::stoi(table.get(row, "scale_min")),
                                                 std::stoi(table.get(row, "scale_max")));
    const auto error = table.get(row, "error");
    if (!error.empty()) {
      ASSERT_FALSE(r) << text;
      EXPECT_EQ(r.error().field, error) << text;
      EXPECT_EQ(r.error().message_key, "planning.clients.stage_invalid") << text;
      continue;
    }
    ASSERT_TRUE(r) << text;
    std::string parsed;
    for (const auto& s : *r)
      parsed += (parsed.empty() ? "" : "|") + std::to_string(s.from) + "-" + std::to_string(s.to) + ":" + s.name;
    EXPECT_EQ(parsed, table.get(row, "parsed")) << text;
  }
}

}  // namespace
