// The roll-up of client outcomes (src/planning/core/rollup.hpp): aggregate, merge and suppress on the
// cells of tests/data/planning/rollup_clients.csv (expected values in rollup_cells.csv, rollup_merge.csv
// and rollup_suppress.csv), and on_target on rollup_on_target.csv.
#include "planning/core/rollup.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>
#include <vector>

#include "support/data_table.hpp"
#include "unit/planning/planning_test_util.hpp"

namespace {

using namespace kvalis::planning;
using kvalis::testing::load_data_table;
using kvalis::testing::Table;
namespace pt = kvalis::testing::planning_tables;

std::map<std::string, std::vector<ClientOutcome>> clients_by_cell() {
  const auto table = load_data_table("planning/rollup_clients.csv");
  std::map<std::string, std::vector<ClientOutcome>> cells;
  for (const auto& row : table.rows) {
    ClientOutcome c;
    c.client_id = std::stoll(table.get(row, "client_id"));
    c.goals = std::stoi(table.get(row, "goals"));
    c.attained = std::stoi(table.get(row, "attained"));
    c.t = pt::optional_number(table.get(row, "t"));
    c.ladder_change = pt::optional_number(table.get(row, "ladder_change"));
    cells[table.get(row, "cell")].push_back(c);
  }
  return cells;
}

void expect_cell(const OutcomeCell& cell, const Table& table, const kvalis::csv::Record& row, const std::string& what) {
  SCOPED_TRACE(what);
  EXPECT_EQ(cell.clients, std::stoi(table.get(row, "clients")));
  EXPECT_EQ(cell.goals, std::stoi(table.get(row, "goals")));
  EXPECT_EQ(cell.attained, std::stoi(table.get(row, "attained")));
  EXPECT_EQ(cell.t_clients, std::stoi(table.get(row, "t_clients")));
  EXPECT_EQ(cell.ladder_clients, std::stoi(table.get(row, "ladder_clients")));
  pt::expect_near_optional(cell.share_attained, pt::optional_number(table.get(row, "share_attained")),
                           "share_attained");
  pt::expect_near_optional(cell.mean_t, pt::optional_number(table.get(row, "mean_t")), "mean_t");
  pt::expect_near_optional(cell.sd_t, pt::optional_number(table.get(row, "sd_t")), "sd_t");
  pt::expect_near_optional(cell.mean_ladder_change, pt::optional_number(table.get(row, "mean_ladder_change")),
                           "mean_ladder_change");
  EXPECT_FALSE(cell.suppressed);
}

TEST(PlanningRollup, AggregateCountsShareMeanAndSampleSd) {
  const auto cells = clients_by_cell();
  const auto table = load_data_table("planning/rollup_cells.csv");
  ASSERT_EQ(table.rows.size(), cells.size());
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "cell");
    ASSERT_TRUE(cells.count(name)) << name;
    expect_cell(aggregate(cells.at(name)), table, row, name);
  }
}

TEST(PlanningRollup, ClientOutcomeFromTheLatestRatings) {
  // Levels 1, 0, −0.5 (reported −1), −3: attained are the two at or above the expected outcome.
  const std::vector<GasItem> ratings = {{1, 1}, {0, 2}, {-0.5, 1}, {-3, 1}};
  const ClientOutcome c = client_outcome(42, ratings, 0.3, 1.5);
  EXPECT_EQ(c.client_id, 42);
  EXPECT_EQ(c.goals, 4);
  EXPECT_EQ(c.attained, 2);
  EXPECT_EQ(c.t, gas_t_score(ratings, 0.3));
  EXPECT_EQ(c.ladder_change, 1.5);
  const ClientOutcome none = client_outcome(7, {}, 0.3);
  EXPECT_EQ(none.goals, 0);
  EXPECT_FALSE(none.t);
  EXPECT_FALSE(none.ladder_change);
}

TEST(PlanningRollup, AggregateOfNothingIsAnEmptyCell) {
  const OutcomeCell cell = aggregate({});
  EXPECT_EQ(cell.clients, 0);
  EXPECT_EQ(cell.goals, 0);
  EXPECT_FALSE(cell.share_attained);
  EXPECT_FALSE(cell.mean_t);
  EXPECT_FALSE(cell.sd_t);
  EXPECT_FALSE(cell.mean_ladder_change);
}

TEST(PlanningRollup, MergeEqualsAggregateOverAllTheClients) {
  const auto cells = clients_by_cell();
  const auto table = load_data_table("planning/rollup_merge.csv");
  for (const auto& row : table.rows) {
    const std::string parts_text = table.get(row, "parts");
    std::vector<OutcomeCell> parts;
    std::vector<ClientOutcome> all;
    for (const auto& name : pt::split(parts_text, ';')) {
      ASSERT_TRUE(cells.count(name)) << name;
      parts.push_back(aggregate(cells.at(name)));
      all.insert(all.end(), cells.at(name).begin(), cells.at(name).end());
    }
    expect_cell(merge(parts), table, row, "merge " + parts_text);
    expect_cell(aggregate(all), table, row, "aggregate " + parts_text);
  }
}

TEST(PlanningRollup, MergeRollsUpLevelByLevel) {
  // service goals → objective → strategic goal: merging merged cells gives the same as merging all at once.
  const auto cells = clients_by_cell();
  const OutcomeCell five = aggregate(cells.at("five")), four = aggregate(cells.at("four")),
                    one = aggregate(cells.at("one"));
  const std::vector<OutcomeCell> objective_a = {five, four}, objective_b = {one};
  const std::vector<OutcomeCell> strategic = {merge(objective_a), merge(objective_b)};
  const std::vector<OutcomeCell> flat = {five, four, one};
  const OutcomeCell up = merge(strategic), direct = merge(flat);
  EXPECT_EQ(up.clients, direct.clients);
  EXPECT_EQ(up.t_clients, 9);
  EXPECT_NEAR(*up.mean_t, *direct.mean_t, 1e-12);
  EXPECT_NEAR(*up.sd_t, *direct.sd_t, 1e-12);
  EXPECT_NEAR(*up.mean_ladder_change, *direct.mean_ladder_change, 1e-12);
}

TEST(PlanningRollup, MergeSkipsSuppressedPartsAndCountsCellsWithoutTClients) {
  const auto cells = clients_by_cell();
  const OutcomeCell five = aggregate(cells.at("five"));
  const std::vector<OutcomeCell> with_blank = {five, suppress(aggregate(cells.at("four")), false)};
  const OutcomeCell merged = merge(with_blank);
  EXPECT_EQ(merged.clients, 5);
  EXPECT_NEAR(*merged.sd_t, *five.sd_t, 1e-12);
  // A cell built by hand (no t_clients): all its clients count as having a T.
  OutcomeCell by_hand;
  by_hand.clients = 2;
  by_hand.mean_t = 60;
  by_hand.sd_t = 0;
  const std::vector<OutcomeCell> parts = {by_hand, five};
  const OutcomeCell m = merge(parts);
  EXPECT_EQ(m.t_clients, 7);
  EXPECT_NEAR(*m.mean_t, (250.0 + 120.0) / 7, 1e-12);
}

TEST(PlanningRollup, SuppressBelowFiveClientsOutsideTheOwnService) {
  const auto cells = clients_by_cell();
  const auto table = load_data_table("planning/rollup_suppress.csv");
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "cell");
    const bool own = pt::yes(table.get(row, "own_service"));
    const OutcomeCell raw = aggregate(cells.at(name));
    const OutcomeCell shown = suppress(raw, own);
    SCOPED_TRACE(name + (own ? " own service" : " other viewer"));
    if (pt::yes(table.get(row, "suppressed"))) {
      EXPECT_TRUE(shown.suppressed);
      EXPECT_EQ(shown.clients, 0);
      EXPECT_EQ(shown.goals, 0);
      EXPECT_EQ(shown.attained, 0);
      EXPECT_EQ(shown.ladder_clients, 0);
      EXPECT_EQ(shown.t_clients, 0);
      EXPECT_FALSE(shown.share_attained || shown.mean_t || shown.sd_t || shown.mean_ladder_change);
    } else {
      EXPECT_FALSE(shown.suppressed);
      EXPECT_EQ(shown.clients, raw.clients);
      EXPECT_EQ(shown.mean_t, raw.mean_t);
      EXPECT_EQ(shown.sd_t, raw.sd_t);
      EXPECT_EQ(shown.share_attained, raw.share_attained);
    }
  }
  EXPECT_EQ(kMinCell, 5);
}

TEST(PlanningRollup, OnTarget) {
  const auto table = load_data_table("planning/rollup_on_target.csv");
  for (const auto& row : table.rows) {
    const auto direction = parse_direction(table.get(row, "direction"));
    ASSERT_TRUE(direction);
    const auto result = on_target(pt::optional_number(table.get(row, "value")),
                                  pt::optional_number(table.get(row, "target")), *direction);
    const std::string expected = table.get(row, "expected");
    SCOPED_TRACE(table.get(row, "value") + " vs " + table.get(row, "target") + " " + table.get(row, "direction"));
    if (expected == "none")
      EXPECT_FALSE(result.has_value());
    else
      EXPECT_EQ(result, std::optional<bool>(pt::yes(expected)));
  }
}

}  // namespace
