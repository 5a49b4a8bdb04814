// The CSV DEA runner behind `kvalis dea` (src/benchmark/core/dea_csv.hpp). Input files and the exact
// expected output are in tests/data/benchmark/dea_csv/; the scores are those of the hand-solved examples
// in benchmark_dea_test.cpp (two_inputs_af with CCR input orientation, bogetoft_otto with BCC input).
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/core/dea_csv.hpp"
#include "platform/core/csv.hpp"

namespace {

using namespace kvalis::benchmark;

std::string read_file(const std::string& relative) {
  std::ifstream in(std::string(KVALIS_TEST_DATA) + "/benchmark/dea_csv/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct RunnerCase {
  const char* input;
  const char* expected;
  ReturnsToScale returns_to_scale;
  Orientation orientation;
};

TEST(BenchmarkDeaCsv, WritesTheExpectedTable) {
  const RunnerCase cases[] = {
      {"runner_quoted_crlf.csv", "runner_quoted_crlf.expected.csv", ReturnsToScale::kConstant, Orientation::kInput},
      {"runner_semicolon_decimal_comma.csv", "runner_semicolon_decimal_comma.expected.csv", ReturnsToScale::kVariable,
       Orientation::kInput},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.input);
    std::istringstream in(read_file(c.input));
    std::ostringstream out;
    DeaOptions options;
    options.returns_to_scale = c.returns_to_scale;
    options.orientation = c.orientation;
    const DeaCsvOutcome outcome = run_dea_csv(in, options, out);
    ASSERT_TRUE(outcome.ok()) << outcome.issues.front().message;
    EXPECT_TRUE(outcome.warnings.empty());
    EXPECT_EQ(outcome.dmu_count, 6u);
    EXPECT_EQ(out.str(), read_file(c.expected));
  }
}

TEST(BenchmarkDeaCsv, NeutralisesNamesASpreadsheetWouldRunAsFormulas) {
  std::istringstream in("dmu,in_x,out_y\n\"=HYPERLINK(\"\"http://x\"\")\",1,1\n-B,2,1\n@C,4,1\n");
  std::ostringstream out;
  const DeaCsvOutcome outcome = run_dea_csv(in, DeaOptions{}, out);
  ASSERT_TRUE(outcome.ok()) << outcome.issues.front().message;
  EXPECT_EQ(out.str(),
            "dmu,efficiency,peers,slack_in_x,slack_out_y\n"
            "\"'=HYPERLINK(\"\"http://x\"\")\",1,\"'=HYPERLINK(\"\"http://x\"\"):1\",0,0\n"
            "\"'-B\",0.5,\"'=HYPERLINK(\"\"http://x\"\"):1\",0,0\n"
            "\"'@C\",0.25,\"'=HYPERLINK(\"\"http://x\"\"):1\",0,0\n");
}

TEST(BenchmarkDeaCsv, ReportsEveryBadRowWithItsLine) {
  std::istringstream table_text(read_file("errors.csv"));
  std::vector<kvalis::csv::Record> expected;
  for (auto& record : kvalis::csv::parse_all(table_text.str()))
    if (record.fields[0].rfind('#', 0) != 0 && record.fields[0] != "file") expected.push_back(record);
  ASSERT_GE(expected.size(), 15u);
  std::size_t k = 0;
  while (k < expected.size()) {
    const std::string file = expected[k].fields[0];
    SCOPED_TRACE(file);
    std::istringstream in(read_file(file));
    auto result = read_dea_csv(in);
    ASSERT_TRUE(std::holds_alternative<std::vector<DeaCsvIssue>>(result));
    const auto& issues = std::get<std::vector<DeaCsvIssue>>(result);
    std::size_t i = 0;
    for (; k < expected.size() && expected[k].fields[0] == file; ++k, ++i) {
      ASSERT_LT(i, issues.size()) << "missing issue: " << expected[k].fields[2];
      EXPECT_EQ(issues[i].line, std::stoll(expected[k].fields[1])) << issues[i].message;
      EXPECT_EQ(issues[i].message, expected[k].fields[2]);
    }
    EXPECT_EQ(i, issues.size()) << "unexpected issue: " << issues.back().message;
  }
}

TEST(BenchmarkDeaCsv, FailedRunWritesNothing) {
  std::istringstream in(read_file("error_bad_cells.csv"));
  std::ostringstream out;
  const DeaCsvOutcome outcome = run_dea_csv(in, DeaOptions{}, out);
  EXPECT_FALSE(outcome.ok());
  EXPECT_EQ(outcome.issues.size(), 8u);
  EXPECT_EQ(out.str(), "");
}

TEST(BenchmarkDeaCsv, ProgressAndUndefinedScores) {
  std::ostringstream text;
  text << "dmu,in_cost,out_clients,out_hours\n";
  for (int j = 1; j <= 25; ++j) text << 'S' << j << ',' << 10 + j << ',' << j % 7 << ',' << j % 5 << '\n';
  std::istringstream in(text.str());  // every DMU has some output (j % 7 and j % 5 are never both 0 for j <= 25)
  std::ostringstream out;
  DeaOptions options;
  options.orientation = Orientation::kOutput;
  options.progress_every = 10;
  std::vector<std::size_t> progress;
  options.progress = [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 25u);
    progress.push_back(done);
  };
  const DeaCsvOutcome outcome = run_dea_csv(in, options, out);
  ASSERT_TRUE(outcome.ok());
  EXPECT_EQ(progress, (std::vector<std::size_t>{10, 20, 25}));
  // A zero output is valid data; a DMU without any positive output has no score in the standard models
  // and is named (its line and what is missing), nothing is written.
  options.progress = nullptr;
  std::istringstream some_zero("dmu,in_cost,out_clients,out_hours\nA,10,1,2\nB,12,0,3\nC,9,2,0\n");
  std::ostringstream some_zero_out;
  const DeaCsvOutcome scored = run_dea_csv(some_zero, options, some_zero_out);
  ASSERT_TRUE(scored.ok());
  EXPECT_TRUE(scored.warnings.empty());
  std::istringstream zero("dmu,in_cost,out_clients,out_hours\nA,10,1,2\nB,12,0,0\nC,9,2,1\n");
  std::ostringstream zero_out;
  const DeaCsvOutcome undefined = run_dea_csv(zero, options, zero_out);
  ASSERT_FALSE(undefined.ok());
  ASSERT_EQ(undefined.issues.size(), 1u);
  EXPECT_EQ(undefined.issues[0].message, "line 3: DMU 'B' has no positive output: 'clients', 'hours' are all 0.");
  EXPECT_TRUE(zero_out.str().empty());
}

TEST(BenchmarkDeaCsv, NumbersHaveUpToTenSignificantDigits) {
  EXPECT_EQ(format_dea_number(1.0), "1");
  EXPECT_EQ(format_dea_number(0.5), "0.5");
  EXPECT_EQ(format_dea_number(5.0 / 6.0), "0.8333333333");
  EXPECT_EQ(format_dea_number(12345678.9), "12345678.9");
  EXPECT_EQ(format_dea_number(1234567890123.0), "1.23456789e+12");
  EXPECT_EQ(format_dea_number(-0.0), "0");
  EXPECT_EQ(format_dea_number(2.5e-7), "2.5e-07");
}

TEST(BenchmarkDeaCsv, CommandLineSpellings) {
  EXPECT_EQ(parse_dea_model("ccr"), ReturnsToScale::kConstant);
  EXPECT_EQ(parse_dea_model("BCC"), ReturnsToScale::kVariable);
  EXPECT_FALSE(parse_dea_model("vrs").has_value());
  EXPECT_EQ(parse_dea_orientation("input"), Orientation::kInput);
  EXPECT_EQ(parse_dea_orientation(" Output "), Orientation::kOutput);
  EXPECT_FALSE(parse_dea_orientation("in").has_value());
}

}  // namespace
