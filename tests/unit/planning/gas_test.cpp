// Goal Attainment Scaling (src/planning/core/gas.hpp): T-scores against the worked cases of
// tests/data/planning/gas_t_scores.csv (Kiresuk & Sherman 1968; Turner-Stokes 2009, Clin Rehabil 23:362–370,
// formula as corrected by its erratum; the sources and the working are in tests/data/planning/README.md),
// the levels and weights as people write them, and the table of `kvalis gas` (read_gas_csv / write_gas_csv)
// on the files in tests/data/planning/gas_csv/.
#include "planning/core/gas.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/messages.hpp"
#include "support/data_table.hpp"
#include "unit/planning/planning_test_util.hpp"

namespace {

using namespace kvalis::planning;
using kvalis::testing::load_data_table;
using kvalis::testing::read_data_file;
namespace pt = kvalis::testing::planning_tables;

TEST(PlanningGas, TScoresOfThePublishedFormulaOnTheWorkedCases) {
  const auto table = load_data_table("planning/gas_t_scores.csv");
  ASSERT_GE(table.rows.size(), 30u);
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "case");
    const auto levels = pt::numbers(table.get(row, "levels"));
    const auto weights = pt::numbers(table.get(row, "weights"));
    ASSERT_EQ(levels.size(), weights.size()) << name;
    std::vector<GasItem> items;
    for (std::size_t i = 0; i < levels.size(); ++i) items.push_back({levels[i], weights[i]});
    const double rho = std::stod(table.get(row, "rho"));
    pt::expect_near_optional(gas_t_score(items, rho), pt::optional_number(table.get(row, "expected_t")), name);
  }
}

TEST(PlanningGas, DefaultRhoIsPointThree) {
  EXPECT_EQ(kDefaultRho, 0.3);
  const std::vector<GasItem> items = {{-1, 1}, {-1, 1}, {-1, 1}};
  EXPECT_EQ(gas_t_score(items), gas_t_score(items, 0.3));
  EXPECT_NEAR(*gas_t_score(items), 50 - 30 / std::sqrt(4.8), 1e-12);
}

TEST(PlanningGas, LevelsAsPeopleWriteThem) {
  const auto table = load_data_table("planning/gas_levels.csv");
  for (const auto& row : table.rows) {
    const std::string text = table.get(row, "text");
    const auto parsed = parse_gas_level(text, "ratings[0].level");
    ASSERT_EQ(parsed.ok(), pt::yes(table.get(row, "valid"))) << "'" << text << "'";
    if (!parsed) {
      EXPECT_EQ(parsed.error().field, "ratings[0].level");
      EXPECT_EQ(parsed.error().message_key, text.empty() ? "field.required" : "planning.gas.level_invalid") << text;
      continue;
    }
    const double level = *parsed;
    EXPECT_EQ(level, std::stod(table.get(row, "level"))) << text;
    EXPECT_FALSE(std::signbit(level) && level == 0) << "no -0 for '" << text << "'";
    EXPECT_TRUE(is_gas_level(level)) << text;
    EXPECT_EQ(reported_level(level), std::stod(table.get(row, "reported"))) << text;
    EXPECT_EQ(attained(level), pt::yes(table.get(row, "attained"))) << text;
  }
}

TEST(PlanningGas, OnlyTheSevenLevelsAreGasLevels) {
  for (double level : {-3.0, -2.0, -1.0, -0.5, 0.0, 1.0, 2.0}) EXPECT_TRUE(is_gas_level(level)) << level;
  for (double level : {-4.0, -2.5, -1.5, -0.25, 0.5, 1.5, 3.0, std::numeric_limits<double>::quiet_NaN(),
                       std::numeric_limits<double>::infinity()})
    EXPECT_FALSE(is_gas_level(level)) << level;
  EXPECT_EQ(reported_level(-0.5), -1.0);
  EXPECT_EQ(reported_level(-3), -3.0);
  EXPECT_TRUE(attained(0));
  EXPECT_FALSE(attained(-0.5));
}

TEST(PlanningGas, WeightsAndRho) {
  const auto table = load_data_table("planning/gas_weights.csv");
  for (const auto& row : table.rows) {
    const std::string text = table.get(row, "text");
    const auto parsed = parse_gas_weight(text, "goals[2].weight");
    ASSERT_EQ(parsed.ok(), pt::yes(table.get(row, "valid"))) << "'" << text << "'";
    if (parsed)
      EXPECT_EQ(*parsed, std::stod(table.get(row, "weight"))) << text;
    else
      EXPECT_EQ(parsed.error().field, "goals[2].weight");
  }
  EXPECT_EQ(*parse_gas_rho("0.3"), 0.3);
  EXPECT_EQ(*parse_gas_rho("0"), 0.0);
  EXPECT_EQ(*parse_gas_rho("0,45"), 0.45);
  for (const char* bad : {"1", "-0.1", "", "x", "0.3.1", "1e-1"}) {
    const auto r = parse_gas_rho(bad, "gas_rho");
    ASSERT_FALSE(r.ok()) << bad;
    EXPECT_EQ(r.error().field, "gas_rho");
    EXPECT_EQ(r.error().message_key, "planning.gas.rho_invalid");
  }
  EXPECT_TRUE(is_gas_rho(0.99));
  EXPECT_FALSE(is_gas_rho(1));
  EXPECT_FALSE(is_gas_weight(-0.001));
  EXPECT_TRUE(is_gas_weight(0));
}

TEST(PlanningGas, MessagesNameTheFieldInCzechAndEnglish) {
  const auto error = parse_gas_level("5", "level").error();
  EXPECT_EQ(kvalis::translate(error, kvalis::Lang::en),
            "GAS level '5' in field 'level' is not allowed (allowed are -3, -2, -1, -0.5, 0, +1 and +2).");
  EXPECT_EQ(kvalis::translate(error, kvalis::Lang::cs),
            "Úroveň GAS „5“ v poli „level“ není povolená (povolené jsou −3, −2, −1, −0,5, 0, +1 a +2).");
}

TEST(PlanningGas, FullPrecisionText) {
  EXPECT_EQ(format_t_score(50.0), "50");
  EXPECT_EQ(format_t_score(55.0), "55");
  EXPECT_EQ(format_t_score(std::nullopt), "");
  const double t = 50 - 30 / std::sqrt(4.8);
  const std::string text = format_t_score(t);
  EXPECT_EQ(std::stod(text), t);  // reads back as the same double
  EXPECT_EQ(text, "36.306936062370845");
  EXPECT_EQ(format_t_score(43.0 + 1.0 / 3.0), "43.333333333333336");
}

struct CsvCase {
  const char* input;
  double rho;
  const char* expected;
};

TEST(PlanningGasCsv, WritesOneTScorePerClientInOrderOfFirstAppearance) {
  const CsvCase cases[] = {
      {"basic.csv", 0.3, "basic.expected.csv"},
      {"basic.csv", 0.0, "basic.rho0.expected.csv"},
      {"bom_crlf_no_weight.csv", 0.3, "bom_crlf_no_weight.expected.csv"},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.input);
    std::istringstream in(read_data_file(std::string("planning/gas_csv/") + c.input));
    const auto outcome = read_gas_csv(in, c.rho);
    ASSERT_TRUE(outcome.ok()) << kvalis::translate(outcome.errors.front(), kvalis::Lang::en);
    EXPECT_EQ(write_gas_csv(outcome.clients), read_data_file(std::string("planning/gas_csv/") + c.expected));
  }
}

TEST(PlanningGasCsv, TheScoresAreTheCoreTScores) {
  std::istringstream in(read_data_file("planning/gas_csv/basic.csv"));
  const auto outcome = read_gas_csv(in);
  ASSERT_TRUE(outcome.ok());
  ASSERT_EQ(outcome.clients.size(), 6u);
  EXPECT_EQ(outcome.clients[0].client, "K-0001");
  EXPECT_EQ(outcome.clients[0].goals, 3);
  const std::vector<GasItem> k1 = {{1, 1}, {-0.5, 2}, {2, 3}};
  EXPECT_EQ(outcome.clients[0].t, gas_t_score(k1, 0.3));
  EXPECT_EQ(outcome.clients[3].client, "K-0004, Novák");
  EXPECT_EQ(outcome.clients[3].t, 40.0);
  EXPECT_EQ(outcome.clients[4].client, "K-0005");
  EXPECT_FALSE(outcome.clients[4].t.has_value());  // only a goal of weight 0
}

TEST(PlanningGasCsv, EveryBadRowNamesTheLineAndTheField) {
  const auto table = load_data_table("planning/gas_csv_errors.csv");
  std::map<std::string, std::vector<kvalis::Error>> errors;
  for (const auto& row : table.rows) {
    const std::string file = table.get(row, "file");
    if (!errors.count(file)) {
      std::istringstream in(read_data_file("planning/gas_csv/" + file));
      const auto outcome = read_gas_csv(in);
      EXPECT_FALSE(outcome.ok()) << file;
      EXPECT_TRUE(outcome.clients.empty()) << file;
      errors[file] = outcome.errors;
    }
  }
  std::map<std::string, std::size_t> next;
  for (const auto& row : table.rows) {
    const std::string file = table.get(row, "file");
    const auto& list = errors[file];
    const std::size_t i = next[file]++;
    ASSERT_LT(i, list.size()) << file << ": fewer errors than expected";
    const auto& e = list[i];
    SCOPED_TRACE(file + ": " + gas_csv_error_text(e, kvalis::Lang::en));
    std::string line, value;
    for (const auto& [name, v] : e.params) {
      if (name == "line") line = v;
      if (name == "value") value = v;
    }
    EXPECT_EQ(line, table.get(row, "line"));
    EXPECT_EQ(e.field, table.get(row, "field"));
    EXPECT_EQ(e.message_key, table.get(row, "key"));
    if (!table.get(row, "value").empty()) {
      EXPECT_EQ(value, table.get(row, "value"));
    }
  }
  for (const auto& [file, list] : errors) EXPECT_EQ(list.size(), next[file]) << file << ": more errors than expected";
}

TEST(PlanningGasCsv, ErrorTextsForTheCommandLine) {
  std::istringstream in(read_data_file("planning/gas_csv/bad_rows.csv"));
  const auto outcome = read_gas_csv(in);
  ASSERT_GE(outcome.errors.size(), 6u);
  EXPECT_EQ(gas_csv_error_text(outcome.errors[0], kvalis::Lang::en),
            "Line 3: GAS level '4' in field 'level' is not allowed (allowed are -3, -2, -1, -0.5, 0, +1 and +2).");
  EXPECT_EQ(gas_csv_error_text(outcome.errors[2], kvalis::Lang::cs),
            "Řádek 5: Váha „-1“ v poli „weight“ musí být číslo alespoň 0 (prázdná znamená 1).");
  EXPECT_EQ(gas_csv_error_text(outcome.errors[5], kvalis::Lang::en),
            "Line 8: Goal 'g1' of client 'A' appears a second time in the file.");
}

TEST(PlanningGasCsv, ManyBadRowsAreCapped) {
  std::string text = "client,goal,level,weight\n";
  for (int i = 0; i < 100; ++i) text += "A,g" + std::to_string(i) + ",7,\n";
  std::istringstream in(text);
  const auto outcome = read_gas_csv(in);
  EXPECT_EQ(outcome.errors.size(), kMaxGasCsvErrors);
  EXPECT_TRUE(outcome.clients.empty());
}

TEST(PlanningGasCsv, RhoOutsideTheRangeIsAnError) {
  std::istringstream in("client,goal,level,weight\nA,g1,1,\n");
  const auto outcome = read_gas_csv(in, 1.0);
  ASSERT_EQ(outcome.errors.size(), 1u);
  EXPECT_EQ(outcome.errors[0].field, "rho");
}

}  // namespace
