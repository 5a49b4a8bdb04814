// Cooperation with partner bodies and funded projects (people/core/cooperation_rules.hpp), table-driven:
// tests/data/people/cooperation_*.csv.
#include "people/core/cooperation_rules.hpp"

#include <gtest/gtest.h>

#include "support/data_table.hpp"

namespace kvalis::testing {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

accounts::Principal principal_of(const std::string& spec) {
  accounts::Principal p;
  p.user_id = 7;
  if (spec == "platform_admin") {
    p.platform_admin = true;
    return p;
  }
  if (spec == "none") return p;
  const auto parts = split(spec, ':');
  accounts::Membership m;
  m.organisation_id = std::stoll(parts.at(0));
  m.organisation_type = *accounts::parse_organisation_type(parts.at(1));
  m.role = *accounts::parse_role(parts.at(2));
  m.region_code = m.organisation_id == 20 ? "86" : m.organisation_id == 21 ? "53" : "";
  p.memberships.push_back(m);
  return p;
}

TEST(CooperationRules, Access) {
  const auto table = load_data_table("people/cooperation_access.csv");
  ASSERT_FALSE(table.rows.empty());
  for (const auto& row : table.rows) {
    const auto rights = people::cooperation_rights(principal_of(table.get(row, "membership")), {10, "86"});
    EXPECT_EQ(rights.read, table.get(row, "read") == "yes") << table.get(row, "case");
    EXPECT_EQ(rights.manage, table.get(row, "manage") == "yes") << table.get(row, "case");
  }
}

TEST(CooperationRules, SeriesDates) {
  const auto table = load_data_table("people/cooperation_dates.csv");
  ASSERT_FALSE(table.rows.empty());
  for (const auto& row : table.rows) {
    const auto dates = people::series_dates(table.get(row, "first_on"), std::stoi(table.get(row, "every_months")),
                                            std::stoi(table.get(row, "count")));
    EXPECT_EQ(dates, split(table.get(row, "dates"), ';')) << table.get(row, "case");
  }
}

TEST(CooperationRules, ScheduleState) {
  const auto table = load_data_table("people/cooperation_schedule.csv");
  ASSERT_FALSE(table.rows.empty());
  for (const auto& row : table.rows) {
    const auto state =
        people::schedule_state(table.get(row, "starts_on"), table.get(row, "ends_on"), table.get(row, "on"));
    EXPECT_EQ(people::to_string(state), table.get(row, "state")) << table.get(row, "case");
  }
  EXPECT_TRUE(people::in_period("2025-04-01", "2025-04-01", "2025-06-30"));
  EXPECT_TRUE(people::in_period("2025-01-01", "", "2025-06-30"));
  EXPECT_FALSE(people::in_period("2025-07-01", "2025-04-01", "2025-06-30"));
  EXPECT_FALSE(people::in_period("", "", ""));
}

TEST(CooperationRules, BudgetByCategory) {
  const auto table = load_data_table("people/cooperation_budget.csv");
  ASSERT_FALSE(table.rows.empty());
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "case");
    std::vector<people::PlannedLine> lines;
    for (const auto& l : split(table.get(row, "lines"), ';')) {
      const auto f = split(l, ':');
      lines.push_back({f.at(0), std::stod(f.at(1))});
    }
    std::vector<people::Expense> expenses;
    for (const auto& e : split(table.get(row, "expenses"), ';')) {
      const auto f = split(e, ':');
      expenses.push_back({f.at(0), f.at(1), std::stod(f.at(2))});
    }
    const auto budget = people::budget_by_category(lines, expenses, table.get(row, "from"), table.get(row, "to"));
    const auto expected = split(table.get(row, "expected"), ';');
    ASSERT_EQ(budget.size(), expected.size()) << name;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const auto f = split(expected[i], ':');
      const auto& b = budget[i];
      EXPECT_EQ(b.category, f.at(0)) << name;
      EXPECT_DOUBLE_EQ(b.planned, std::stod(f.at(1))) << name;
      EXPECT_DOUBLE_EQ(b.spent_period, std::stod(f.at(2))) << name;
      EXPECT_DOUBLE_EQ(b.spent_cumulative, std::stod(f.at(3))) << name;
      EXPECT_DOUBLE_EQ(b.remaining, std::stod(f.at(4))) << name;
      if (b.planned > 0) {
        ASSERT_TRUE(b.share_spent.has_value()) << name;
        EXPECT_DOUBLE_EQ(*b.share_spent, b.spent_cumulative / b.planned) << name;
      } else {
        EXPECT_FALSE(b.share_spent.has_value()) << name;
      }
    }
  }
}

TEST(CooperationRules, Names) {
  const auto table = load_data_table("people/cooperation_names.csv");
  ASSERT_FALSE(table.rows.empty());
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "case"), what = table.get(row, "what"), text = table.get(row, "text"),
                      parsed = table.get(row, "parsed");
    std::string got = "-";
    if (what == "meeting_state") {
      if (auto s = people::parse_meeting_state(text)) got = std::string(people::to_string(*s));
    } else if (what == "action_state") {
      if (auto s = people::parse_action_state(text)) got = std::string(people::to_string(*s));
    } else if (what == "link_kind") {
      if (auto s = people::parse_link_kind(text)) got = std::string(people::to_string(*s));
    } else if (what == "indicator_source") {
      if (auto s = people::parse_indicator_source(text))
        got = s->linked ? "linked:" + std::string(people::to_string(*s->linked)) : "manual";
    } else if (what == "budget_category") {
      if (people::is_budget_category(text)) got = text;
    } else {
      ADD_FAILURE() << "unknown what " << what;
    }
    EXPECT_EQ(got, parsed) << name;
  }
  EXPECT_EQ(people::all_link_kinds().size(), 7u);
}

}  // namespace
}  // namespace kvalis::testing
