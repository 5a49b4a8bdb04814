// DEA over a round's services (src/benchmark/core/dea_round.hpp), table-driven from
// tests/data/benchmark/dea_round/cases.csv: which services take part, the status of those that do not,
// scores and peers (never the service itself).
#include <gtest/gtest.h>

#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/core/dea_round.hpp"
#include "support/data_table.hpp"

namespace {

using namespace kvalis::benchmark;

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, separator))
    if (!part.empty()) out.push_back(part);
  return out;
}

TEST(BenchmarkDeaRound, Cases) {
  const auto table = kvalis::testing::load_data_table("benchmark/dea_round/cases.csv");
  std::map<std::string, std::vector<const kvalis::csv::Record*>> cases;
  std::vector<std::string> order;
  for (const auto& row : table.rows) {
    auto& rows = cases[table.get(row, "case")];
    if (rows.empty()) order.push_back(table.get(row, "case"));
    rows.push_back(&row);
  }
  ASSERT_GE(order.size(), 4u);
  for (const auto& name : order) {
    SCOPED_TRACE(name);
    const auto& rows = cases[name];
    const auto& first = *rows.front();
    RoundDeaInput in;
    in.returns_to_scale = table.get(first, "model") == "bcc" ? ReturnsToScale::kVariable : ReturnsToScale::kConstant;
    in.orientation = table.get(first, "orientation") == "output" ? Orientation::kOutput : Orientation::kInput;
    in.inputs = split(table.get(first, "inputs"), ';');
    in.outputs = split(table.get(first, "outputs"), ';');
    in.formulas.emplace("clients_per_cost", std::get<IndicatorFormula>(parse_indicator("clients", "cost", 1)));
    for (const auto* row : rows) {
      const long long service = std::stoll(table.get(*row, "service"));
      auto& items = in.items[service];
      for (const auto& pair : split(table.get(*row, "values"), ';')) {
        const auto eq = pair.find('=');
        const std::string code = pair.substr(0, eq), value = pair.substr(eq + 1);
        if (value == "!")
          in.rejected[service][code] = "implausible: " + code;
        else
          items[code] = std::stod(value);
      }
    }
    const RoundDeaOutcome out = compute_round_dea(in);
    ASSERT_TRUE(out.error.empty()) << out.error;
    ASSERT_EQ(out.rows.size(), rows.size());
    for (std::size_t k = 0; k < rows.size(); ++k) {
      const auto& row = *rows[k];
      const ServiceDeaRow& got = out.rows[k];
      SCOPED_TRACE("service " + table.get(row, "service"));
      EXPECT_EQ(got.service_id, std::stoll(table.get(row, "service")));
      EXPECT_EQ(got.status, table.get(row, "status"));
      const std::string efficiency = table.get(row, "efficiency");
      if (efficiency.empty()) {
        EXPECT_FALSE(got.efficiency);
        EXPECT_TRUE(got.peers.empty());
        continue;
      }
      ASSERT_TRUE(got.efficiency);
      EXPECT_NEAR(*got.efficiency, std::stod(efficiency), 1e-9);
      std::map<long long, double> expected;
      for (const auto& p : split(table.get(row, "peers"), ';'))
        expected[std::stoll(p.substr(0, p.find(':')))] = std::stod(p.substr(p.find(':') + 1));
      ASSERT_EQ(got.peers.size(), expected.size());
      for (const auto& [peer, lambda] : got.peers) {
        EXPECT_NE(peer, got.service_id) << "a service is not its own peer";
        ASSERT_TRUE(expected.count(peer)) << peer;
        EXPECT_NEAR(lambda, expected[peer], 1e-9);
      }
      EXPECT_EQ(got.slacks.size(), in.inputs.size() + in.outputs.size());
    }
  }
}

TEST(BenchmarkDeaRound, NothingToCompareIsSaid) {
  RoundDeaInput in;
  in.inputs = {"cost"};
  in.outputs = {"clients"};
  in.items[1] = {{"cost", 0.0}, {"clients", 4.0}};
  in.items[2] = {{"clients", 4.0}};
  const auto out = compute_round_dea(in);
  EXPECT_TRUE(out.nothing_to_compare);
  EXPECT_FALSE(out.error.empty());
  EXPECT_EQ(split_dea_status("no_positive_input: cost, fte"),
            (std::pair<std::string, std::string>{"no_positive_input", "cost, fte"}));
  EXPECT_EQ(split_dea_status("ok"), (std::pair<std::string, std::string>{"ok", ""}));
}

}  // namespace
