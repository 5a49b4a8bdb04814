// The plan cycle (src/planning/core/cycle.hpp): goal links (cycle_links.csv), closing a period
// (cycle_close.csv), deriving the next plan (cycle_carry.csv), the string forms of the enums
// (cycle_names.csv, the CHECK lists of 0007_planning.sql) and state_after (cycle_state_after.csv).
#include "planning/core/cycle.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "planning/core/rollup.hpp"
#include "platform/core/messages.hpp"
#include "support/data_table.hpp"
#include "unit/planning/planning_test_util.hpp"

namespace {

using namespace kvalis::planning;
using kvalis::testing::load_data_table;
namespace pt = kvalis::testing::planning_tables;

std::string param(const kvalis::Error& e, const std::string& name) {
  for (const auto& [k, v] : e.params)
    if (k == name) return v;
  return {};
}

TEST(PlanningCycle, GoalLinks) {
  const auto table = load_data_table("planning/cycle_links.csv");
  for (const auto& row : table.rows) {
    const auto level = parse_goal_level(table.get(row, "level"));
    ASSERT_TRUE(level);
    std::optional<GoalLevel> parent;
    if (!table.get(row, "parent_level").empty()) {
      parent = parse_goal_level(table.get(row, "parent_level"));
      ASSERT_TRUE(parent);
    }
    const std::string reason = table.get(row, "unlinked_reason");
    SCOPED_TRACE(table.get(row, "level") + " → " + table.get(row, "parent_level") + " '" + reason + "'");
    const auto error = check_link(*level, parent, reason);
    const std::string key = table.get(row, "key");
    if (key.empty()) {
      EXPECT_FALSE(error) << error->message_key;
      continue;
    }
    ASSERT_TRUE(error);
    EXPECT_EQ(error->field, table.get(row, "field"));
    EXPECT_EQ(error->message_key, key);
  }
}

TEST(PlanningCycle, ParentLevelMessageInCzechAndEnglish) {
  const auto error = check_link(GoalLevel::service, GoalLevel::strategic, "");
  ASSERT_TRUE(error);
  EXPECT_EQ(kvalis::translate(*error, kvalis::Lang::cs),
            "Cíl služby se napojuje na cíl operačního plánu, ne na strategický cíl (pole „parent_goal_id“).");
  EXPECT_EQ(kvalis::translate(*error, kvalis::Lang::en),
            "A goal of level 'service' links to a goal of level 'objective', not 'strategic' (field "
            "'parent_goal_id').");
  EXPECT_EQ(parent_level_of(GoalLevel::objective), GoalLevel::strategic);
  EXPECT_EQ(parent_level_of(GoalLevel::strategic), std::nullopt);
}

TEST(PlanningCycle, ClosingNeedsAResultForEveryGoal) {
  const auto table = load_data_table("planning/cycle_close.csv");
  for (const auto& row : table.rows) {
    std::vector<std::pair<long long, EvaluationResult>> goals;
    for (const auto& part : pt::split(table.get(row, "goals"), ';')) {
      const auto colon = part.find(':');
      const auto result = parse_evaluation_result(part.substr(colon + 1));
      ASSERT_TRUE(result) << part;
      goals.emplace_back(std::stoll(part.substr(0, colon)), *result);
    }
    std::vector<long long> expected;
    for (const auto& id : pt::split(table.get(row, "missing"), ';')) expected.push_back(std::stoll(id));
    EXPECT_EQ(goals_without_result(goals), expected) << table.get(row, "goals");
  }
}

std::vector<CarryDecision> decisions(const std::string& text) {
  std::vector<CarryDecision> out;
  for (const auto& part : pt::split(text, '|')) {
    const auto first = part.find(':'), second = part.find(':', first + 1);
    const auto carry = parse_carry(part.substr(first + 1, second - first - 1));
    EXPECT_TRUE(carry) << part;
    out.push_back({std::stoll(part.substr(0, first)), carry.value_or(Carry::carry_over), part.substr(second + 1)});
  }
  return out;
}

TEST(PlanningCycle, DerivingNeedsADecisionWithAReasonForEveryGoal) {
  const auto table = load_data_table("planning/cycle_carry.csv");
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    std::vector<long long> goal_ids;
    for (const auto& id : pt::split(table.get(row, "goal_ids"), ';')) goal_ids.push_back(std::stoll(id));
    const auto given = decisions(table.get(row, "decisions"));
    const auto result = check_carry(goal_ids, given);
    const std::string key = table.get(row, "key");
    if (!key.empty()) {
      ASSERT_FALSE(result.ok());
      EXPECT_EQ(result.error().field, table.get(row, "field"));
      EXPECT_EQ(result.error().message_key, key);
      EXPECT_EQ(param(result.error(), "goal"), table.get(row, "goal"));
      continue;
    }
    ASSERT_TRUE(result.ok()) << result.error().message_key;
    const auto expected = decisions(table.get(row, "result"));
    ASSERT_EQ(result->size(), expected.size());
    for (std::size_t i = 0; i < expected.size(); ++i) {
      EXPECT_EQ((*result)[i].goal_id, expected[i].goal_id);
      EXPECT_EQ((*result)[i].carry, expected[i].carry);
      EXPECT_EQ((*result)[i].reason, expected[i].reason);
    }
  }
}

TEST(PlanningCycle, CarryMessageNamesTheGoal) {
  const std::vector<long long> ids = {12, 13};
  const std::vector<CarryDecision> given = {{12, Carry::drop, "Splněno"}};
  const auto result = check_carry(ids, given);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(kvalis::translate(result.error(), kvalis::Lang::cs),
            "O cíli 13 chybí rozhodnutí: převzít, upravit, nebo vypustit (pole „decisions“).");
  EXPECT_EQ(kvalis::translate(result.error(), kvalis::Lang::en),
            "Goal 13 has no decision: carry over, revise or drop (field 'decisions').");
}

TEST(PlanningCycle, StringFormsRoundTrip) {
  const auto table = load_data_table("planning/cycle_names.csv");
  for (const auto& row : table.rows) {
    const std::string kind = table.get(row, "kind"), text = table.get(row, "text");
    const bool valid = pt::yes(table.get(row, "valid"));
    SCOPED_TRACE(kind + " '" + text + "'");
    if (kind == "level") {
      const auto v = parse_goal_level(text);
      ASSERT_EQ(v.has_value(), valid);
      if (v) {
        EXPECT_EQ(to_string(*v), text);
      }
    } else if (kind == "state") {
      const auto v = parse_goal_state(text);
      ASSERT_EQ(v.has_value(), valid);
      if (v) {
        EXPECT_EQ(to_string(*v), text);
      }
    } else if (kind == "result") {
      const auto v = parse_evaluation_result(text);
      ASSERT_EQ(v.has_value(), valid);
      if (v) {
        EXPECT_EQ(to_string(*v), text);
      }
    } else if (kind == "carry") {
      const auto v = parse_carry(text);
      ASSERT_EQ(v.has_value(), valid);
      if (v) {
        EXPECT_EQ(to_string(*v), text);
      }
    } else if (kind == "direction") {
      const auto v = parse_direction(text);
      ASSERT_EQ(v.has_value(), valid);
      if (v) {
        EXPECT_EQ(to_string(*v), text);
      }
    } else {
      ADD_FAILURE() << "unknown kind " << kind;
    }
  }
}

TEST(PlanningCycle, StateAfterAClosingEvaluation) {
  const auto table = load_data_table("planning/cycle_state_after.csv");
  for (const auto& row : table.rows) {
    const auto result = parse_evaluation_result(table.get(row, "result"));
    ASSERT_TRUE(result);
    EXPECT_EQ(to_string(state_after(*result)), table.get(row, "state")) << table.get(row, "result");
  }
}

}  // namespace
