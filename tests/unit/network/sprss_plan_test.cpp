// The medium-term plan (network/core/sprss_plan.hpp), table-driven: tests/data/network/sprss_*.csv.
#include "network/core/sprss_plan.hpp"

#include <gtest/gtest.h>

#include "support/data_table.hpp"

namespace kvalis::testing {
namespace {

using namespace kvalis::network;

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

void expect_status(const Status& st, const Table& table, const csv::Record& row) {
  const auto name = table.get(row, "case");
  const auto field = table.get(row, "error_field");
  if (field.empty()) {
    EXPECT_TRUE(st) << name << ": " << st.error().field << " " << st.error().message_key;
  } else {
    ASSERT_FALSE(st) << name;
    EXPECT_EQ(st.error().field, field) << name;
    EXPECT_EQ(st.error().message_key, table.get(row, "error_key")) << name;
  }
}

TEST(SprssPlan, NodePlaces) {
  const auto table = load_data_table("network/sprss_tree.csv");
  for (const auto& row : table.rows) {
    const auto parent = table.get(row, "parent");
    std::optional<NodeLevel> parent_level;
    if (parent != "-") parent_level = parse_node_level(parent);
    expect_status(check_node_place(*parse_node_level(table.get(row, "level")), parent_level), table, row);
  }
}

TEST(SprssPlan, NodeCodes) {
  const auto table = load_data_table("network/sprss_codes.csv");
  for (const auto& row : table.rows) {
    std::vector<TreeNode> nodes;
    for (const auto& part : split(table.get(row, "nodes"), ';')) {
      const auto f = split(part, ':');
      TreeNode n;
      n.id = std::stoll(f.at(0));
      if (f.at(1) != "-") n.parent_id = std::stoll(f[1]);
      n.position = std::stoi(f.at(2));
      n.code = f.at(3) == "-" ? "" : f[3];
      nodes.push_back(n);
    }
    EXPECT_EQ(node_codes(nodes), split(table.get(row, "codes"), ';')) << table.get(row, "case");
  }
  EXPECT_TRUE(check_node_code("1.2.3"));
  EXPECT_TRUE(check_node_code("A.1"));
  EXPECT_EQ(check_node_code("1/2").error().message_key, "network.node.code_chars");
  EXPECT_EQ(check_node_code(std::string(21, '1')).error().message_key, "field.too_long");
  EXPECT_EQ(child_level(NodeLevel::measure), NodeLevel::activity);
  EXPECT_FALSE(child_level(NodeLevel::activity));
}

TEST(SprssPlan, CarryOver) {
  const auto table = load_data_table("network/sprss_carry.csv");
  for (const auto& row : table.rows) {
    std::vector<ActionItem> items;
    for (const auto& part : split(table.get(row, "items"), ';')) {
      const auto f = split(part, ':');
      ActionItem i;
      i.id = std::stoll(f.at(0));
      i.node_id = std::stoll(f.at(1));
      i.what = "úkol " + f[0];
      i.result = f.at(2) == "-" ? ItemResult::none : *parse_item_result(f[2]);
      i.due = f.at(3) == "-" ? "" : f[3];
      i.budget = 1000.0 * static_cast<double>(i.id);
      items.push_back(i);
    }
    std::vector<long long> already;
    for (const auto& id : split(table.get(row, "already"), ';')) already.push_back(std::stoll(id));
    std::string carried;
    for (const auto& c : carry_over(items, already)) {
      carried += (carried.empty() ? "" : ";") + std::to_string(c.carried_from) + ":" + std::to_string(c.node_id) + ":" +
                 (c.due.empty() ? "-" : c.due);
      EXPECT_EQ(c.what, "úkol " + std::to_string(c.carried_from));
      EXPECT_EQ(c.budget, 1000.0 * static_cast<double>(c.carried_from));
    }
    EXPECT_EQ(carried, table.get(row, "carried")) << table.get(row, "case");
  }
}

TEST(SprssPlan, Evaluation) {
  const auto table = load_data_table("network/sprss_evaluation.csv");
  for (const auto& row : table.rows) {
    std::vector<long long> items;
    for (const auto& id : split(table.get(row, "items"), ';')) items.push_back(std::stoll(id));
    std::vector<ItemEvaluation> evaluation;
    for (const auto& part : split(table.get(row, "evaluation"), ';')) {
      const auto f = split(part, ':');
      evaluation.push_back({std::stoll(f.at(0)), f.at(1) == "-" ? ItemResult::none : *parse_item_result(f[1]),
                            f.at(2) == "-" ? "" : f[2]});
    }
    expect_status(check_evaluation(*parse_action_plan_status(table.get(row, "status")), items, evaluation), table, row);
  }
}

TEST(SprssPlan, PeriodsStatesAndAnswers) {
  const auto table = load_data_table("network/sprss_periods.csv");
  for (const auto& row : table.rows) {
    const auto check = table.get(row, "check");
    const auto status = *parse_sprss_status(table.get(row, "status"));
    const auto a = table.get(row, "a"), b = table.get(row, "b"), today = table.get(row, "today");
    Status st = ok_status();
    if (check == "years")
      st = check_plan_years(std::stoi(a), std::stoi(b));
    else if (check == "send")
      st = check_send(status, a, today);
    else if (check == "approve")
      st = check_approve(status, a);
    else if (check == "comment")
      st = check_comment(status, a, today, b);
    else if (check == "answer")
      st = check_answer(status, parse_plan_comment_status(a), b);
    else if (check == "action_year") {
      const auto range = split(b, '-');
      st = check_action_plan_year(std::stoi(a), std::stoi(range.at(0)), std::stoi(range.at(1)));
    } else
      ADD_FAILURE() << "unknown check " << check;
    expect_status(st, table, row);
  }
}

TEST(SprssPlan, Indicators) {
  IndicatorCheck manual;
  manual.years = {2025, 2026};
  EXPECT_TRUE(check_indicator(manual, 2025, 2027));
  manual.years = {2025, 2028};
  EXPECT_EQ(check_indicator(manual, 2025, 2027).error().field, "years[1].year");
  manual.years = {2026, 2026};
  EXPECT_EQ(check_indicator(manual, 2025, 2027).error().message_key, "network.indicator.year_twice");
  IndicatorCheck bench;
  bench.source = IndicatorSource::benchmark;
  EXPECT_EQ(check_indicator(bench, 2025, 2027).error().field, "bm_group_id");
  bench.has_bm_group = true;
  EXPECT_EQ(check_indicator(bench, 2025, 2027).error().field, "bm_indicator_code");
  bench.bm_indicator_code = "obsazenost";
  EXPECT_TRUE(check_indicator(bench, 2025, 2027));
  IndicatorCheck planning;
  planning.source = IndicatorSource::planning;
  EXPECT_EQ(check_indicator(planning, 2025, 2027).error().field, "pl_indicator_id");
  EXPECT_EQ(check_action_plan_approve(ActionPlanStatus::draft, 0).error().field, "items");
  EXPECT_TRUE(check_action_plan_approve(ActionPlanStatus::draft, 2));
  EXPECT_EQ(check_action_plan_edit(ActionPlanStatus::approved).error().code, ErrorCode::conflict);
  EXPECT_EQ(next_year_date("2024-02-29"), "2025-02-28");
  EXPECT_EQ(next_year_date(""), "");
}

}  // namespace
}  // namespace kvalis::testing
