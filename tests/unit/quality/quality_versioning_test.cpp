// Versions of a standard set (src/quality/core/versioning.hpp): an import in the shared criteria.csv
// format makes a new version with its diff, and never changes an old version, so an old audit keeps the
// criteria it was scored on. Files: tests/data/quality/versioning/.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "quality/core/comparison.hpp"
#include "quality/core/versioning.hpp"

namespace {

using namespace kvalis::quality;

std::string read_text(const std::string& relative) {
  std::ifstream in(std::string(KVALIS_TEST_DATA) + "/quality/versioning/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

const std::vector<int> kSqssStandards{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15};

std::vector<StandardSetVersion> history_with_v1() {
  auto first = import_version({}, "SQSS", read_text("v1.csv"), "2007-01-01", kSqssStandards);
  EXPECT_TRUE(first.problems.empty());
  EXPECT_TRUE(first.version.has_value());
  return {first.version.value_or(StandardSetVersion{})};
}

std::vector<std::string> describe(const VersionDiff& diff) {
  std::vector<std::string> out;
  for (const auto& d : diff.changes) {
    std::string s = d.code + ":" + std::string(to_string(d.kind));
    for (const auto& f : d.changed_fields) s += ":" + f;
    out.push_back(s);
  }
  return out;
}

TEST(QualityVersioning, FirstImportAddsEverythingOfTheSet) {
  auto first = import_version({}, "SQSS", read_text("v1.csv"), "2007-01-01", kSqssStandards);
  ASSERT_TRUE(first.problems.empty());
  ASSERT_TRUE(first.version.has_value());
  EXPECT_EQ(first.version->version, 1);
  EXPECT_EQ(first.version->set_code, "SQSS");
  EXPECT_EQ(first.version->criteria.size(), 4u);
  EXPECT_EQ(first.other_set_rows, 1);
  EXPECT_EQ(first.diff.count(CriterionChangeKind::kAdded), 4);
  EXPECT_EQ(first.diff.unchanged, 0);
  EXPECT_EQ(first.previous_valid_to, "");
  EXPECT_EQ(first.version->criteria[0].valid_from, "2007-01-01");
}

TEST(QualityVersioning, NewVersionDiffAddedChangedRemoved) {
  const auto history = history_with_v1();
  const auto next = import_version(history, "SQSS", read_text("v2.csv"), "2024-01-01", kSqssStandards);
  ASSERT_TRUE(next.problems.empty()) << next.problems.items()[0].message;
  ASSERT_TRUE(next.version.has_value());
  EXPECT_EQ(next.version->version, 2);
  EXPECT_EQ(next.version->valid_from, "2024-01-01");
  EXPECT_EQ(next.previous_valid_to, "2023-12-31");
  EXPECT_EQ(next.other_set_rows, 2);
  EXPECT_EQ(describe(next.diff), (std::vector<std::string>{"1a:changed:source:note", "1c:changed:essential:text_cs",
                                                           "2a:removed", "2b:added", "3a:added"}));
  EXPECT_EQ(next.diff.unchanged, 1);  // 1B is 1b
  EXPECT_FALSE(next.diff.changes[0].substantive());
  EXPECT_TRUE(next.diff.changes[1].substantive());
  EXPECT_EQ(next.diff.changes[1].before->essential, "no");
  EXPECT_EQ(next.diff.changes[1].after->essential, "yes");
  EXPECT_EQ(next.diff.changes[2].before->text_cs, "Poskytovatel má vnitřní pravidla pro ochranu práv osob.");

  // A wording that did not change keeps its start; a changed or new one starts with the version.
  std::map<std::string, std::string> starts;
  for (const auto& c : next.version->criteria) starts[c.code()] = c.valid_from;
  EXPECT_EQ(starts["1a"], "2007-01-01");
  EXPECT_EQ(starts["1b"], "2007-01-01");
  EXPECT_EQ(starts["1c"], "2024-01-01");
  EXPECT_EQ(starts["2b"], "2024-01-01");
  EXPECT_EQ(next.version->criteria[1].letter, "b");
}

TEST(QualityVersioning, AnOldAuditKeepsTheCriteriaOfItsVersion) {
  auto history = history_with_v1();
  history[0].valid_to = "";
  const StandardSetVersion v1_before = history[0];

  // The audit of 2023 was scored on version 1.
  const Scale scale = met_partly_scale();
  const Assessments old_assessments{{"1a", "met"}, {"1b", "partly"}, {"1c", "met"}, {"2a", "not_met"}};
  const auto old_score = score_audit(scoring_criteria(history[0]), scale, {}, old_assessments);
  ASSERT_TRUE(old_score.ok());

  const auto next = import_version(history, "SQSS", read_text("v2.csv"), "2024-01-01", kSqssStandards);
  ASSERT_TRUE(next.version.has_value());
  // Neither the import nor the diff touched version 1.
  EXPECT_EQ(history.size(), 1u);
  EXPECT_EQ(history[0], v1_before);
  const auto diff = diff_criteria(history[0].criteria, next.version->criteria);
  EXPECT_EQ(history[0], v1_before);
  EXPECT_EQ(describe(diff), describe(next.diff));

  // The store closes version 1 and adds version 2; the old audit still scores the same on version 1.
  history[0].valid_to = next.previous_valid_to;
  history.push_back(*next.version);
  const auto again = score_audit(scoring_criteria(history[0]), scale, {}, old_assessments);
  ASSERT_TRUE(again.ok());
  ASSERT_EQ(again->criteria.size(), 4u);
  EXPECT_EQ(again->criteria[3].code(), "2a");  // removed in version 2, still in the old audit
  EXPECT_DOUBLE_EQ(again->total.points, old_score->total.points);
  EXPECT_DOUBLE_EQ(again->total.max, old_score->total.max);
  EXPECT_FALSE(history[0].criteria[2].essential == "yes");  // 1c was not essential in version 1

  // A follow-up audit on version 2 lines up with the old one by code.
  const auto follow_up = score_audit(scoring_criteria(history[1]), scale, {},
                                     {{"1a", "met"}, {"1b", "met"}, {"1c", "met"}, {"2b", "met"}, {"3a", "partly"}});
  ASSERT_TRUE(follow_up.ok());
  const auto comparison = compare_audits(*old_score, *follow_up);
  std::vector<std::string> kinds;
  for (const auto& c : comparison.criteria) kinds.push_back(c.code + ":" + std::string(to_string(c.kind)));
  EXPECT_EQ(kinds, (std::vector<std::string>{"1a:same", "1b:improved", "1c:same", "2a:removed", "2b:new", "3a:new"}));

  // Which version is in force on a day.
  EXPECT_EQ(version_in_force(history, "2023-06-30")->version, 1);
  EXPECT_EQ(version_in_force(history, "2023-12-31")->version, 1);
  EXPECT_EQ(version_in_force(history, "2024-01-01")->version, 2);
  EXPECT_EQ(version_in_force(history, "2006-12-31"), nullptr);
  EXPECT_EQ(latest_version(history)->version, 2);
}

TEST(QualityVersioning, ScoringCriteriaAreEssentialOnlyWhenTheSourceSaysYes) {
  auto history = history_with_v1();
  history[0].criteria[1].essential = "unknown";
  const auto criteria = scoring_criteria(history[0]);
  ASSERT_EQ(criteria.size(), 4u);
  EXPECT_EQ(criteria[0].id, "1a");
  EXPECT_TRUE(criteria[0].essential);
  EXPECT_FALSE(criteria[1].essential);
  EXPECT_FALSE(criteria[2].essential);
  EXPECT_DOUBLE_EQ(criteria[3].weight, 1.0);
}

TEST(QualityVersioning, AFailedImportReportsEveryBadRowAndMakesNoVersion) {
  const auto history = history_with_v1();
  const auto bad = import_version(history, "SQSS", read_text("bad.csv"), "2024-01-01", kSqssStandards);
  EXPECT_FALSE(bad.version.has_value());
  std::vector<long long> lines;
  for (const auto& p : bad.problems.items()) lines.push_back(p.line);
  EXPECT_EQ(lines, (std::vector<long long>{2, 3, 5, 6}));

  const auto early = import_version(history, "SQSS", read_text("v2.csv"), "2007-01-01", kSqssStandards);
  EXPECT_FALSE(early.version.has_value());
  ASSERT_EQ(early.problems.total(), 1u);
  EXPECT_NE(early.problems.items()[0].message.find("after 2007-01-01"), std::string::npos);

  EXPECT_FALSE(import_version(history, "SQSS", read_text("v2.csv"), "2024-02-30").version.has_value());
  const auto other = import_version(history, "REGION", read_text("v2.csv"), "2024-01-01");
  EXPECT_FALSE(other.version.has_value());
  ASSERT_EQ(other.problems.total(), 1u);
  EXPECT_NE(other.problems.items()[0].message.find("no criteria of set REGION"), std::string::npos);
}

TEST(QualityVersioning, AnImportWithoutChangesHasAnEmptyDiff) {
  const auto history = history_with_v1();
  const auto same = import_version(history, "SQSS", read_text("v1.csv"), "2025-01-01");
  ASSERT_TRUE(same.version.has_value());
  EXPECT_TRUE(same.diff.empty());
  EXPECT_EQ(same.diff.unchanged, 4);
  EXPECT_EQ(same.version->criteria, history[0].criteria);  // the same starts, too
}

TEST(QualityVersioning, TheSharedCatalogueImportsAsAVersion) {
  std::ifstream in(std::string(KVALIS_SHARED_DIR) + "/catalogues/criteria.csv", std::ios::binary);
  if (!in) GTEST_SKIP() << "no shared catalogue beside the repository";
  std::stringstream text;
  text << in.rdbuf();
  for (const char* set : {"SQSS", "OSPOD"}) {
    const auto v = import_version({}, set, text.str(), "2007-01-01");
    EXPECT_TRUE(v.problems.empty()) << set;
    ASSERT_TRUE(v.version.has_value()) << set;
    EXPECT_FALSE(v.version->criteria.empty());
  }
}

}  // namespace
