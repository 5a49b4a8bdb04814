// Due work (src/planning/core/due.hpp): due_state on tests/data/planning/due_state.csv and add_months on
// tests/data/planning/add_months.csv (month ends, leap years, negative months, invalid dates).
#include "planning/core/due.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/data_table.hpp"

namespace {

using namespace kvalis::planning;

TEST(PlanningDue, DueState) {
  const auto table = kvalis::testing::load_data_table("planning/due_state.csv");
  for (const auto& row : table.rows) {
    const std::string due = table.get(row, "due_on"), today = table.get(row, "today");
    const int soon = std::stoi(table.get(row, "soon_days"));
    EXPECT_EQ(to_string(due_state(due, today, soon)), table.get(row, "expected"))
        << "due " << due << ", today " << today << ", soon " << soon;
  }
  EXPECT_EQ(due_state("2026-04-01", "2026-03-02"), DueState::due_soon);  // default 30 days
  EXPECT_EQ(due_state("2026-04-02", "2026-03-02"), DueState::later);
}

TEST(PlanningDue, AddMonths) {
  const auto table = kvalis::testing::load_data_table("planning/add_months.csv");
  for (const auto& row : table.rows) {
    const std::string date = table.get(row, "date");
    const int months = std::stoi(table.get(row, "months"));
    EXPECT_EQ(add_months(date, months), table.get(row, "expected")) << date << " + " << months;
  }
}

}  // namespace
