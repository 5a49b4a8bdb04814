// Care part of the quality module, input rules and states (care_input.hpp): places, inclusion indicators,
// session lengths and the states parsed at the edge. Tables in tests/data/quality/care/.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "quality/core/care_input.hpp"
#include "quality/core/care_transformation.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::testing::Table;
using namespace kvalis::quality::care;

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("quality/care/" + relative); }

// The field and message key refused, or two empty strings when accepted.
std::pair<std::string, std::string> refusal(const kvalis::Status& st) {
  if (st) return {};
  return {st.error().field, st.error().message_key};
}

TEST(QualityCareInput, Places) {
  const auto t = load_table("place_input.csv");
  ASSERT_FALSE(t.rows.empty());
  for (const auto& row : t.rows) {
    PlaceFields p;
    p.name = t.get(row, "name");
    p.capacity = std::stoll(t.get(row, "capacity"));
    const auto households = t.get(row, "households");
    if (!households.empty()) {
      std::size_t start = 0;
      while (true) {
        const auto end = households.find(';', start);
        p.household_sizes.push_back(std::stoi(households.substr(start, end - start)));
        if (end == std::string::npos) break;
        start = end + 1;
      }
    }
    const auto [field, key] = refusal(check_place(p));
    EXPECT_EQ(field, t.get(row, "field")) << t.get(row, "case");
    EXPECT_EQ(key, t.get(row, "key")) << t.get(row, "case");
  }
}

TEST(QualityCareInput, Indicators) {
  const auto t = load_table("indicator_input.csv");
  ASSERT_FALSE(t.rows.empty());
  for (const auto& row : t.rows) {
    const IndicatorFields i{t.get(row, "code"), t.get(row, "name"), t.get(row, "unit"), ""};
    const auto [field, key] = refusal(check_indicator(i));
    EXPECT_EQ(field, t.get(row, "field")) << t.get(row, "case");
    EXPECT_EQ(key, t.get(row, "key")) << t.get(row, "case");
  }
}

std::optional<long long> opt_number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return std::stoll(text);
}

TEST(QualityCareInput, Plans) {
  const auto t = load_table("plan_input.csv");
  ASSERT_FALSE(t.rows.empty());
  for (const auto& row : t.rows) {
    const PlanFields p{t.get(row, "title"),
                       "",
                       std::stoi(t.get(row, "baseline")),
                       std::stoi(t.get(row, "target")),
                       t.get(row, "baseline_on"),
                       t.get(row, "target_on")};
    const auto [field, key] = refusal(check_plan(p));
    EXPECT_EQ(field, t.get(row, "field")) << t.get(row, "case");
    EXPECT_EQ(key, t.get(row, "key")) << t.get(row, "case");
  }
}

TEST(QualityCareInput, MilestonesCarryTheNumbersOfTheirKind) {
  const auto t = load_table("milestone_input.csv");
  ASSERT_FALSE(t.rows.empty());
  for (const auto& row : t.rows) {
    const auto kind = parse_milestone_kind(t.get(row, "kind"));
    ASSERT_TRUE(kind) << t.get(row, "case");
    const MilestoneFields m{*kind,
                            t.get(row, "title"),
                            t.get(row, "planned_on"),
                            t.get(row, "done_on"),
                            opt_number(t.get(row, "capacity_after")),
                            t.get(row, "new_service") == "1",
                            opt_number(t.get(row, "clients_moved")),
                            ""};
    const auto [field, key] = refusal(check_milestone(m, 60));
    EXPECT_EQ(field, t.get(row, "field")) << t.get(row, "case");
    EXPECT_EQ(key, t.get(row, "key")) << t.get(row, "case");
  }
}

TEST(QualityCareInput, RetiredIndicatorTakesNoValues) {
  EXPECT_TRUE(check_value_target("values[0].indicator_id", false, 7));
  const auto st = check_value_target("values[0].indicator_id", true, 7);
  ASSERT_FALSE(st);
  EXPECT_EQ(st.error().field, "values[0].indicator_id");
  EXPECT_EQ(st.error().message_key, "quality.care.indicator.archived");
}

TEST(QualityCareInput, SessionHours) {
  const auto t = load_table("session_hours.csv");
  ASSERT_FALSE(t.rows.empty());
  for (const auto& row : t.rows) {
    const auto [field, key] = refusal(check_session_hours(std::stod(t.get(row, "hours"))));
    EXPECT_EQ(key, t.get(row, "key")) << t.get(row, "hours");
    EXPECT_EQ(field, key.empty() ? "" : "hours") << t.get(row, "hours");
  }
}

// Parses the text as the kind of state and, when valid, reads it back.
std::optional<std::string> round_trip(const std::string& kind, const std::string& text) {
  const auto again = [](auto parsed) -> std::optional<std::string> {
    if (!parsed) return std::nullopt;
    return std::string(to_string(*parsed));
  };
  if (kind == "supervision_kind") return again(parse_supervision_kind(text));
  if (kind == "supervision_form") return again(parse_supervision_form(text));
  if (kind == "plan_status") return again(parse_plan_status(text));
  if (kind == "milestone_kind") return again(parse_milestone_kind(text));
  if (kind == "indicator_direction") return again(parse_indicator_direction(text));
  ADD_FAILURE() << "unknown kind " << kind;
  return std::nullopt;
}

TEST(QualityCareInput, StatesParsedAtTheEdge) {
  const auto t = load_table("states.csv");
  ASSERT_FALSE(t.rows.empty());
  for (const auto& row : t.rows) {
    const auto text = t.get(row, "text");
    const auto back = round_trip(t.get(row, "kind"), text);
    if (t.get(row, "valid") == "1") {
      ASSERT_TRUE(back) << text;
      EXPECT_EQ(*back, text);
    } else {
      EXPECT_FALSE(back) << text;
    }
  }
}

}  // namespace
