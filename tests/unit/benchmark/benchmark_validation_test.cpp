// Validation of benchmarking forms (src/benchmark/core/validation.hpp), driven by the tables in
// tests/data/benchmark/forms/: items.csv and rules.csv describe a methodology, cases.csv the forms and
// the problems expected, decimals.csv and uploads.csv how uploaded values are read.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <limits>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/core/validation.hpp"
#include "platform/core/csv.hpp"

namespace {

using namespace kvalis::benchmark;

const std::string kDir = std::string(KVALIS_TEST_DATA) + "/benchmark/forms/";

std::string read_file(const std::string& name) {
  std::ifstream in(kDir + name, std::ios::binary);
  EXPECT_TRUE(in) << "cannot open " << kDir + name;
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Data rows of a table file: the header and lines starting with '#' are skipped.
std::vector<kvalis::csv::Record> table(const std::string& name) {
  std::string error;
  auto records = kvalis::csv::parse_all(read_file(name), &error);
  EXPECT_TRUE(error.empty()) << name << ": " << error;
  std::vector<kvalis::csv::Record> out;
  for (std::size_t i = 1; i < records.size(); ++i)
    if (records[i].fields.empty() || records[i].fields[0].rfind('#', 0) != 0) out.push_back(records[i]);
  return out;
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  if (s.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const auto end = s.find(sep, start);
    out.push_back(s.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

std::optional<double> number_or_empty(const std::string& s) {
  if (s.empty()) return std::nullopt;
  if (s == "nan") return std::numeric_limits<double>::quiet_NaN();
  if (s == "inf") return std::numeric_limits<double>::infinity();
  return std::stod(s);
}

std::vector<ItemSpec> items() {
  std::vector<ItemSpec> out;
  for (const auto& r : table("items.csv")) {
    EXPECT_EQ(r.fields.size(), 4u) << "items.csv line " << r.line;
    out.push_back({r.fields[0], r.fields[1] == "yes", number_or_empty(r.fields[2]), number_or_empty(r.fields[3])});
  }
  return out;
}

std::vector<RuleSpec> rules() {
  std::vector<RuleSpec> out;
  for (const auto& r : table("rules.csv")) {
    auto op = parse_rule_op(r.fields[2]);
    EXPECT_TRUE(op) << "rules.csv line " << r.line;
    out.push_back({r.fields[0], r.fields[1], op.value_or(RuleOp::kEqual), r.fields[3]});
  }
  return out;
}

FormValues values_of(const std::string& text) {
  FormValues v;
  for (const auto& pair : split(text, ';')) {
    const auto eq = pair.find('=');
    v[pair.substr(0, eq)] = number_or_empty(pair.substr(eq + 1));
  }
  return v;
}

std::string describe(const Problem& p) { return std::string(to_string(p.kind)) + ":" + p.code; }

TEST(BenchmarkValidation, TableOfForms) {
  const auto item_specs = items();
  const auto rule_specs = rules();
  ASSERT_EQ(item_specs.size(), 11u);
  ASSERT_EQ(rule_specs.size(), 7u);
  const auto cases = table("cases.csv");
  ASSERT_GE(cases.size(), 15u);
  for (const auto& c : cases) {
    ASSERT_EQ(c.fields.size(), 4u) << "cases.csv line " << c.line;
    SCOPED_TRACE("cases.csv line " + std::to_string(c.line) + ": " + c.fields[0]);
    const auto result = validate_form(item_specs, rule_specs, values_of(c.fields[1]));
    const auto expected = c.fields[2] == "-" ? std::vector<std::string>{} : split(c.fields[2], ';');
    std::string got;
    for (const auto& p : result.problems) got += describe(p) + " ";
    ASSERT_EQ(result.problems.size(), expected.size()) << "got: " << got;
    int blocking = 0;
    for (std::size_t i = 0; i < expected.size(); ++i) {
      const auto parts = split(expected[i], ':');
      ASSERT_GE(parts.size(), 2u) << expected[i];
      const auto& p = result.problems[i];
      EXPECT_EQ(describe(p), parts[0] + ":" + parts[1]) << "problem " << i << "; got: " << got;
      if (parts.size() > 2) {
        // Parameters may contain ':' (never here) but '|' separates them.
        const std::string params = expected[i].substr(parts[0].size() + parts[1].size() + 2);
        for (const auto& kv : split(params, '|')) {
          const auto eq = kv.find('=', 1);  // the operator "=" itself may be a value: "op=="
          const std::string key = kv.substr(0, eq), value = kv.substr(eq + 1);
          auto it = std::find_if(p.params.begin(), p.params.end(), [&](const auto& x) { return x.first == key; });
          ASSERT_NE(it, p.params.end()) << "no parameter " << key << " in " << describe(p);
          EXPECT_EQ(it->second, value) << key << " of " << describe(p);
        }
      }
      EXPECT_EQ(p.blocking(), p.kind != ProblemKind::kRuleNotChecked);
      blocking += p.blocking() ? 1 : 0;
    }
    EXPECT_EQ(result.errors(), blocking);
    EXPECT_EQ(result.submittable(), blocking == 0);
    const auto counts = split(c.fields[3], '/');
    EXPECT_EQ(result.filled, std::stoi(counts[0]));
    EXPECT_EQ(result.required, std::stoi(counts[1]));
  }
}

// One validator for every form of the table (as a round's services are validated): the same problems with the
// same parameters as each form validated on its own, and the items each rule reads.
TEST(BenchmarkValidation, AValidatorReusedForManyFormsGivesTheSameProblems) {
  const auto item_specs = items();
  const auto rule_specs = rules();
  const FormValidator validator(item_specs, rule_specs);
  const auto cases = table("cases.csv");
  ASSERT_GE(cases.size(), 15u);
  for (int pass = 0; pass < 2; ++pass)
    for (const auto& c : cases) {
      SCOPED_TRACE("cases.csv line " + std::to_string(c.line) + ": " + c.fields[0]);
      const auto values = values_of(c.fields[1]);
      const auto alone = validate_form(item_specs, rule_specs, values);
      const auto reused = validator.validate(values);
      ASSERT_EQ(reused.problems.size(), alone.problems.size());
      for (std::size_t i = 0; i < alone.problems.size(); ++i) {
        EXPECT_EQ(describe(reused.problems[i]), describe(alone.problems[i]));
        EXPECT_EQ(reused.problems[i].params, alone.problems[i].params);
      }
      EXPECT_EQ(reused.filled, alone.filled);
      EXPECT_EQ(reused.required, alone.required);
    }
  const FormValidator two_rules({{"a", true, {}, {}}, {"b", true, {}, {}}, {"c", false, {}, {}}},
                                {{"sum", "a + b", RuleOp::kLessEqual, "c * 2 + a"},
                                 {"sum", "c", RuleOp::kGreaterEqual, "1"},
                                 {"broken", "a +", RuleOp::kLess, "b"}});
  EXPECT_EQ(two_rules.items_of_rule("sum"), (std::vector<std::string>{"a", "b", "c"}));
  EXPECT_EQ(two_rules.items_of_rule("broken"), (std::vector<std::string>{"b"}));
  EXPECT_TRUE(two_rules.items_of_rule("none").empty());
}

TEST(BenchmarkValidation, RuleThatDoesNotParseIsReportedNotThrown) {
  const std::vector<ItemSpec> item_specs = {{"a", true, std::nullopt, std::nullopt}};
  const std::vector<RuleSpec> rule_specs = {{"broken", "a +", RuleOp::kLessEqual, "1"}};
  const auto result = validate_form(item_specs, rule_specs, {{"a", 1.0}});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kRuleInvalid);
  EXPECT_TRUE(result.problems[0].blocking());
}

TEST(BenchmarkValidation, RulesReadOnlyItemsOfTheMethodology) {
  // A value under a code that is not an item is ignored: the rule is not checked, not computed from it.
  const std::vector<ItemSpec> item_specs = {{"a", false, std::nullopt, std::nullopt}};
  const std::vector<RuleSpec> rule_specs = {{"r", "a", RuleOp::kLessEqual, "stray"}};
  const auto result = validate_form(item_specs, rule_specs, {{"a", 1.0}, {"stray", 5.0}});
  ASSERT_EQ(result.problems.size(), 1u);
  EXPECT_EQ(result.problems[0].kind, ProblemKind::kRuleNotChecked);
  EXPECT_EQ(result.problems[0].params[0].second, "stray");
}

TEST(BenchmarkValidation, RuleOperatorsRoundTrip) {
  for (const char* op : {"<=", "<", ">=", ">", "="}) {
    auto parsed = parse_rule_op(op);
    ASSERT_TRUE(parsed) << op;
    EXPECT_EQ(to_string(*parsed), op);
  }
  EXPECT_FALSE(parse_rule_op("=="));
  EXPECT_FALSE(parse_rule_op("≤"));
  EXPECT_FALSE(parse_rule_op(""));
}

TEST(BenchmarkValidation, FormatNumber) {
  EXPECT_EQ(format_number(14640), "14640");
  EXPECT_EQ(format_number(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(format_number(-0.0), "0");
  EXPECT_EQ(format_number(1234.5), "1234.5");
  EXPECT_EQ(format_number(5000000), "5000000");
  EXPECT_EQ(format_number(1e20), "1e+20");
}

TEST(BenchmarkUpload, TableOfDecimals) {
  const auto rows = table("decimals.csv");
  ASSERT_GE(rows.size(), 20u);
  for (const auto& r : rows) {
    SCOPED_TRACE("decimals.csv line " + std::to_string(r.line) + ": '" + r.fields[0] + "'");
    ASSERT_EQ(r.fields.size(), 3u);
    const auto parsed = parse_decimal(r.fields[0]);
    EXPECT_EQ(parsed.ok, r.fields[1] == "yes");
    if (!parsed.ok) continue;
    if (r.fields[2].empty()) {
      EXPECT_FALSE(parsed.value);
    } else {
      ASSERT_TRUE(parsed.value);
      EXPECT_DOUBLE_EQ(*parsed.value, std::stod(r.fields[2]));
    }
  }
}

TEST(BenchmarkUpload, TableOfFiles) {
  std::vector<std::string> codes;
  for (const auto& i : items()) codes.push_back(i.code);
  const auto rows = table("uploads.csv");
  ASSERT_EQ(rows.size(), 3u);
  for (const auto& r : rows) {
    SCOPED_TRACE(r.fields[0]);
    const auto result = read_values_csv(read_file(r.fields[0]), codes);
    const auto expected_values = values_of(r.fields[1]);
    EXPECT_EQ(result.values.size(), expected_values.size());
    for (const auto& [code, value] : expected_values) {
      auto it = result.values.find(code);
      ASSERT_NE(it, result.values.end()) << code;
      EXPECT_EQ(it->second.has_value(), value.has_value()) << code;
      if (value && it->second) {
        EXPECT_DOUBLE_EQ(*it->second, *value) << code;
      }
    }
    std::vector<std::string> errors;
    for (const auto& e : result.errors.items()) errors.push_back(std::to_string(e.line) + ":" + e.kind + ":" + e.code);
    EXPECT_EQ(errors, r.fields[2] == "-" ? std::vector<std::string>{} : split(r.fields[2], ';'));
  }
}

TEST(BenchmarkUpload, RowsFromASpreadsheetKeepTheirLineNumbers) {
  const std::vector<UploadRow> rows = {
      {1, {"Kód", "Hodnota"}}, {2, {"a", "1"}}, {3, {"", ""}}, {5, {"b", "x"}}, {6, {"a ", " 2 "}}};
  const auto result = read_value_rows(rows, {"a", "b"});
  ASSERT_EQ(result.values.size(), 1u);
  EXPECT_EQ(*result.values.at("a"), 1.0);
  const auto& errors = result.errors.items();
  ASSERT_EQ(errors.size(), 2u);
  EXPECT_EQ(errors[0].line, 5);
  EXPECT_EQ(errors[0].kind, "not_a_number");
  EXPECT_EQ(errors[0].text, "x");
  EXPECT_EQ(errors[1].line, 6);
  EXPECT_EQ(errors[1].kind, "duplicate");
  EXPECT_EQ(errors[1].text, "2");  // the line of the first occurrence
}

TEST(BenchmarkUpload, OpenQuoteIsReported) {
  const auto result = read_values_csv("a,1\nb,\"2\n", {"a", "b"});
  ASSERT_FALSE(result.errors.empty());
  EXPECT_EQ(result.errors.items().back().kind, "malformed");
  EXPECT_EQ(result.errors.items().back().line, 2);
}

}  // namespace
