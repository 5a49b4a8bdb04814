// Parsing of catalogue files: every bad row is reported with the line where its record starts, good rows
// are kept. Cases and expected problems are data files in tests/data/catalogue/.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/catalogue.hpp"
#include "platform/core/csv.hpp"

namespace {

namespace fs = std::filesystem;
using kvalis::catalogue::Problem;

const fs::path kCases = fs::path(KVALIS_TEST_DATA) / "catalogue";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << p;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

struct ExpectedProblem {
  std::string line;  // "*" = any line
  std::string message_contains;
};

std::map<std::string, std::vector<ExpectedProblem>> load_expected() {
  std::map<std::string, std::vector<ExpectedProblem>> out;
  auto records = kvalis::csv::parse_all(read_file(kCases / "expected_problems.csv"));
  kvalis::csv::Header h(records.at(0).fields);
  for (std::size_t i = 1; i < records.size(); ++i)
    out[std::string(h.get(records[i], "file"))].push_back(
        {std::string(h.get(records[i], "line")), std::string(h.get(records[i], "message_contains"))});
  return out;
}

std::vector<Problem> parse_case(const std::string& name, const std::string& text) {
  std::vector<Problem> problems;
  if (name.rfind("standards", 0) == 0)
    kvalis::catalogue::parse_standards(text, problems);
  else if (name.rfind("criteria", 0) == 0)
    kvalis::catalogue::parse_criteria(text, problems);
  else
    kvalis::catalogue::parse_catalogue(name, text, problems);
  return problems;
}

std::string describe(const std::vector<Problem>& problems) {
  std::string s;
  for (const auto& p : problems) s += "  line " + std::to_string(p.line) + ": " + p.message + "\n";
  return s;
}

// Every case file produces exactly the expected problems: none missing, none extra.
TEST(CatalogueParse, CaseFilesProduceExactlyTheExpectedProblems) {
  const auto expected = load_expected();
  int cases = 0;
  for (const auto& entry : fs::directory_iterator(kCases)) {
    if (entry.path().extension() != ".csv" || entry.path().stem() == "expected_problems") continue;
    const std::string name = entry.path().stem().string();
    SCOPED_TRACE("case " + name);
    ++cases;
    auto problems = parse_case(name, read_file(entry.path()));
    auto it = expected.find(name);
    const std::vector<ExpectedProblem> want = it == expected.end() ? std::vector<ExpectedProblem>{} : it->second;
    EXPECT_EQ(problems.size(), want.size()) << describe(problems);
    std::vector<bool> used(problems.size(), false);
    for (const auto& w : want) {
      bool found = false;
      for (std::size_t i = 0; i < problems.size() && !found; ++i) {
        if (used[i]) continue;
        const bool line_ok = w.line == "*" || std::to_string(problems[i].line) == w.line;
        if (line_ok && problems[i].message.find(w.message_contains) != std::string::npos) used[i] = found = true;
      }
      EXPECT_TRUE(found) << "missing problem on line " << w.line << ": " << w.message_contains << "\ngot:\n"
                         << describe(problems);
    }
  }
  EXPECT_GE(cases, 6);
  for (const auto& [name, _] : expected) EXPECT_TRUE(fs::exists(kCases / (name + ".csv"))) << name;
}

TEST(CatalogueParse, GoodRowsAmongBadOnesAreKeptWithTheirValues) {
  std::vector<Problem> problems;
  auto items = kvalis::catalogue::parse_catalogue("bad_rows", read_file(kCases / "bad_rows.csv"), problems);
  ASSERT_EQ(items.size(), 4u) << describe(problems);
  EXPECT_EQ(items[0].code, "A");
  EXPECT_EQ(items[0].valid_from, "2020-01-01");
  EXPECT_EQ(items[0].attribute("group"), "g1");
  EXPECT_EQ(items[1].code, "A");  // a second version of A with a later valid_from is allowed
  EXPECT_EQ(items[1].name_cs, "Alfa v2");
  EXPECT_EQ(items[1].valid_from, "2021-01-01");
  EXPECT_EQ(items[1].attribute("group"), "g2");
  EXPECT_EQ(items[2].code, "D");
  EXPECT_EQ(items[2].name_cs, "Delta, with a comma");
  EXPECT_EQ(items[2].name_en, "two\nlines");
  EXPECT_EQ(items[2].attribute("group"), "say \"hi\"");
  EXPECT_EQ(items[3].code, "H");
  EXPECT_EQ(items[3].valid_to, "2020-01-01");  // valid_to on the same day as valid_from is allowed
  for (const auto& item : items) EXPECT_EQ(item.catalogue, "bad_rows");
  for (const auto& p : problems) EXPECT_EQ(p.file, "bad_rows.csv");
}

TEST(CatalogueParse, ByteOrderMarkAndCrlfAreAccepted) {
  std::vector<Problem> problems;
  auto items = kvalis::catalogue::parse_catalogue("bom_crlf", read_file(kCases / "bom_crlf.csv"), problems);
  EXPECT_TRUE(problems.empty()) << describe(problems);
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].code, "X");
  EXPECT_EQ(items[0].name_en, "ex");
  EXPECT_EQ(items[1].valid_from, "2020-02-01");  // no '\r' left at the end of the last field
  EXPECT_TRUE(items[1].attributes.empty());
}

TEST(CatalogueParse, EmptyFileIsAProblem) {
  std::vector<Problem> problems;
  auto items = kvalis::catalogue::parse_catalogue("empty", "", problems);
  EXPECT_TRUE(items.empty());
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0].line, 1);
  EXPECT_EQ(problems[0].file, "empty.csv");
}

TEST(CatalogueParse, MissingRequiredColumnsAreAllReported) {
  std::vector<Problem> problems;
  auto items = kvalis::catalogue::parse_catalogue("x", "name_en,paragraph\nfoo,§1\n", problems);
  EXPECT_TRUE(items.empty());
  ASSERT_EQ(problems.size(), 4u) << describe(problems);  // code, name_cs, source_act, valid_from
  for (const auto& p : problems) EXPECT_EQ(p.line, 1);
}

TEST(CatalogueParse, StandardsAndCriteriaKeepValuesAndLines) {
  std::vector<Problem> problems;
  auto standards = kvalis::catalogue::parse_standards(read_file(kCases / "standards_bad.csv"), problems);
  ASSERT_EQ(standards.size(), 2u) << describe(problems);
  EXPECT_EQ(standards[0].set_code, "SQSS");
  EXPECT_EQ(standards[0].number, 1);
  EXPECT_EQ(standards[0].part, "procedural");
  EXPECT_TRUE(standards[0].name_verified);
  EXPECT_EQ(standards[0].source_act, "vyhláška č. 505/2006 Sb., příloha č. 2");
  EXPECT_EQ(standards[0].line, 2);
  EXPECT_EQ(standards[1].set_code, "OSPOD");
  EXPECT_EQ(standards[1].number, 5);
  EXPECT_EQ(standards[1].name_cs, "Přijímání a zaškolování, s čárkou");
  EXPECT_FALSE(standards[1].name_verified);  // "check" is not verified
  EXPECT_EQ(standards[1].line, 6);

  problems.clear();
  auto criteria = kvalis::catalogue::parse_criteria(read_file(kCases / "criteria_bad.csv"), problems);
  ASSERT_EQ(criteria.size(), 2u) << describe(problems);
  EXPECT_EQ(criteria[0].text_cs, "Text, s čárkou a \"uvozovkami\".");
  EXPECT_EQ(criteria[0].essential, "yes");
  EXPECT_EQ(criteria[0].line, 2);
  EXPECT_EQ(criteria[1].set_code, "OSPOD");
  EXPECT_EQ(criteria[1].letter, "a");
  EXPECT_EQ(criteria[1].text_cs, "Dva\nřádky.");
  EXPECT_EQ(criteria[1].note, "poznámka");
  EXPECT_EQ(criteria[1].line, 7);
}

TEST(CatalogueParse, CriteriaReadBackTheSetExportsNeutralisedText) {
  // A set's CSV export writes "=…" text as "'=…" (formula injection); importing the export gives the text back.
  std::vector<kvalis::catalogue::Problem> problems;
  auto criteria = kvalis::catalogue::parse_criteria(
      "set,standard,letter,essential,text_cs,source,note\r\n"
      "SQSS,1,a,yes,\"'=HYPERLINK(\"\"http://x\"\")\",\"'-zdroj\",'nic\r\n",
      problems);
  ASSERT_EQ(criteria.size(), 1u) << describe(problems);
  EXPECT_EQ(criteria[0].text_cs, "=HYPERLINK(\"http://x\")");
  EXPECT_EQ(criteria[0].source, "-zdroj");
  EXPECT_EQ(criteria[0].note, "'nic");  // an apostrophe before anything else is the text's own
}

struct DateCase {
  const char* text;
  bool valid;
};

TEST(CatalogueParse, IsoDates) {
  const DateCase cases[] = {
      {"2007-01-01", true},  {"2024-12-31", true},  {"2007-1-01", false},        {"2007-13-01", false},
      {"2007-00-10", false}, {"2007-01-00", false}, {"2007-01-32", false},       {"01.01.2007", false},
      {"2007/01/01", false}, {"", false},           {"2007-01-01T00:00", false}, {"20a7-01-01", false},
  };
  for (const auto& c : cases) EXPECT_EQ(kvalis::catalogue::is_iso_date(c.text), c.valid) << c.text;
}

TEST(CatalogueParse, InForce) {
  kvalis::catalogue::CatalogueItem item;
  item.valid_from = "2007-01-01";
  EXPECT_FALSE(kvalis::catalogue::in_force(item, "2006-12-31"));
  EXPECT_TRUE(kvalis::catalogue::in_force(item, "2007-01-01"));
  EXPECT_TRUE(kvalis::catalogue::in_force(item, "2030-01-01"));
  item.valid_to = "2012-03-31";
  EXPECT_TRUE(kvalis::catalogue::in_force(item, "2012-03-31"));
  EXPECT_FALSE(kvalis::catalogue::in_force(item, "2012-04-01"));
}

}  // namespace
