// The region overview's tallies (src/quality/core/overview.hpp), table-driven from
// tests/data/quality/overview_failed.csv: which criteria count as failed, their order, the verdict counts.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "quality/core/overview.hpp"
#include "quality/core/scale.hpp"
#include "support/data_table.hpp"

namespace {

using namespace kvalis::quality;

std::vector<std::string> split(const std::string& text, char sep) {
  std::vector<std::string> out;
  std::string part;
  std::istringstream in(text);
  while (std::getline(in, part, sep))
    if (!part.empty()) out.push_back(part);
  return out;
}

const std::vector<Criterion> kCriteria = {{"1a", 1, "a", true, 1.0},
                                          {"1b", 1, "b", false, 1.0},
                                          {"1c", 1, "c", false, 1.0},
                                          {"2a", 2, "a", true, 1.0},
                                          {"2b", 2, "b", false, 1.0}};

TEST(QualityOverview, MostFailedCriteriaTable) {
  const auto table = kvalis::testing::load_data_table("quality/overview_failed.csv");
  const Scale scale = met_partly_scale();
  PassRule rule;
  rule.essential_min_points = 2;
  const std::vector<std::string> texts = {"text 1a", "text 1b", "text 1c", "text 2a", "text 2b"};
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "case");
    FailedCriteriaTally tally;
    VerdictTally verdicts;
    for (const auto& audit : split(table.get(row, "audits"), '|')) {
      Assessments levels;
      for (const auto& token : split(audit, ' ')) {
        const auto eq = token.find('=');
        levels[token.substr(0, eq)] = token.substr(eq + 1);
      }
      auto score = score_audit(kCriteria, scale, rule, levels);
      ASSERT_TRUE(score) << name;
      tally.add(*score, texts, scale.max_points());
      verdicts.add(std::string(to_string(score->verdict)));
    }
    std::string got;
    for (const auto& f : tally.most_failed()) {
      got += (got.empty() ? "" : "; ") + f.code + ":" + std::to_string(f.failed) + "/" + std::to_string(f.assessed);
      EXPECT_EQ(f.text_cs, "text " + f.code) << name;
      EXPECT_EQ(f.essential, f.code == "1a" || f.code == "2a") << name;
    }
    EXPECT_EQ(got, table.get(row, "expected")) << name;
    EXPECT_EQ(verdicts.passed, std::stoi(table.get(row, "passed"))) << name;
    EXPECT_EQ(verdicts.failed, std::stoi(table.get(row, "failed"))) << name;
  }
}

TEST(QualityOverview, AtMostTheLimit) {
  FailedCriteriaTally tally;
  const Scale scale = met_partly_scale();
  Assessments levels;
  for (const auto& c : kCriteria) levels[c.id] = "not_met";
  auto score = score_audit(kCriteria, scale, PassRule{}, levels);
  ASSERT_TRUE(score);
  tally.add(*score, {}, scale.max_points());
  EXPECT_EQ(tally.most_failed().size(), 5u);
  EXPECT_EQ(tally.most_failed(2).size(), 2u);
}

}  // namespace
