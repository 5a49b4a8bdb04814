// Distance travelled on a ladder instrument (src/planning/core/ladder.hpp), table
// tests/data/planning/ladder_distance.csv.
#include "planning/core/ladder.hpp"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "support/data_table.hpp"
#include "unit/planning/planning_test_util.hpp"

namespace {

using namespace kvalis::planning;
namespace pt = kvalis::testing::planning_tables;

std::vector<std::pair<long long, int>> pairs(const std::string& text) {
  std::vector<std::pair<long long, int>> out;
  for (const auto& part : pt::split(text, ';')) {
    const auto colon = part.find(':');
    out.emplace_back(std::stoll(part.substr(0, colon)), std::stoi(part.substr(colon + 1)));
  }
  return out;
}

std::vector<LadderValue> values(const std::string& text) {
  std::vector<LadderValue> out;
  for (const auto& [area, value] : pairs(text)) out.push_back({area, value});
  return out;
}

TEST(PlanningLadder, DistanceOverTheAreasOfBothAssessments) {
  const auto table = kvalis::testing::load_data_table("planning/ladder_distance.csv");
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    const auto from = values(table.get(row, "from")), to = values(table.get(row, "to"));
    const LadderDistance d = distance(from, to);
    EXPECT_EQ(d.per_area, pairs(table.get(row, "per_area")));
    pt::expect_near_optional(d.mean_change, pt::optional_number(table.get(row, "mean_change")), "mean_change");
  }
}

}  // namespace
