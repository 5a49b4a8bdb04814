// Follow-up audit against the previous audit of the same service (src/quality/core/comparison.hpp).
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "quality/core/comparison.hpp"

namespace {

using namespace kvalis::quality;

AuditScore score(const std::vector<Criterion>& criteria, const Scale& scale, const Assessments& assessments) {
  auto s = score_audit(criteria, scale, {}, assessments);
  EXPECT_TRUE(s.ok()) << s.error().message_key;
  return s.ok() ? *s : AuditScore{};
}

std::vector<Criterion> criteria(std::initializer_list<const char*> codes, const char* id_prefix) {
  std::vector<Criterion> out;
  for (std::string code : codes) {
    const auto letter_at = code.find_first_not_of("0123456789");
    out.push_back(Criterion{id_prefix + code, std::stoi(code.substr(0, letter_at)), code.substr(letter_at)});
  }
  return out;
}

const CriterionChange& find(const AuditComparison& c, const std::string& code) {
  for (const auto& x : c.criteria)
    if (x.code == code) return x;
  ADD_FAILURE() << "no " << code;
  static const CriterionChange none;
  return none;
}

TEST(QualityComparison, ChangePerCriterionAndStandardOnTheSameScale) {
  // Previous: 1a partly, 1b met, 2a not_met, 2b na, 3a met. Follow-up on a newer version (ids differ):
  // 1a met (improved), 1b partly (worsened), 2a not_met (same), 2b na (same), 3a removed, 3b new.
  const Scale s = met_partly_scale();
  const auto previous =
      score(criteria({"1a", "1b", "2a", "2b", "3a"}, "v1-"), s,
            {{"v1-1a", "partly"}, {"v1-1b", "met"}, {"v1-2a", "not_met"}, {"v1-2b", "na"}, {"v1-3a", "met"}});
  const auto current =
      score(criteria({"1a", "1b", "2a", "2b", "3b"}, "v2-"), s,
            {{"v2-1a", "met"}, {"v2-1b", "partly"}, {"v2-2a", "not_met"}, {"v2-2b", "na"}, {"v2-3b", "partly"}});
  const auto c = compare_audits(previous, current);
  ASSERT_EQ(c.criteria.size(), 6u);
  std::vector<std::string> order;
  for (const auto& x : c.criteria) order.push_back(x.code + ":" + std::string(to_string(x.kind)));
  EXPECT_EQ(order,
            (std::vector<std::string>{"1a:improved", "1b:worsened", "2a:same", "2b:same", "3a:removed", "3b:new"}));
  EXPECT_EQ(find(c, "1a").change_points, std::optional(50.0));
  EXPECT_EQ(find(c, "1b").change_points, std::optional(-50.0));
  EXPECT_EQ(find(c, "2a").change_points, std::optional(0.0));
  EXPECT_FALSE(find(c, "2b").change_points.has_value());
  EXPECT_FALSE(find(c, "3a").current.has_value());
  EXPECT_EQ(find(c, "3a").previous->level_code, "met");
  EXPECT_FALSE(find(c, "3b").previous.has_value());
  EXPECT_EQ(c.count(ChangeKind::kImproved), 1);
  EXPECT_EQ(c.count(ChangeKind::kSame), 2);

  // Standard 1: 3/4 = 75 % → 3/4 = 75 %; standard 2: 0/2 = 0 % → 0/2 = 0 %; standard 3: 100 % → 50 %.
  ASSERT_EQ(c.standards.size(), 3u);
  EXPECT_EQ(c.standards[0].score.kind, ChangeKind::kSame);
  EXPECT_EQ(c.standards[0].score.change_points, std::optional(0.0));
  EXPECT_EQ(c.standards[1].score.previous_percent, std::optional(0.0));
  EXPECT_EQ(c.standards[2].standard, 3);
  EXPECT_EQ(c.standards[2].score.kind, ChangeKind::kWorsened);
  EXPECT_DOUBLE_EQ(*c.standards[2].score.change_points, -50.0);
  // Total: 5/8 = 62.5 % → 4/8 = 50 %.
  EXPECT_DOUBLE_EQ(*c.total.previous_percent, 62.5);
  EXPECT_DOUBLE_EQ(*c.total.current_percent, 50.0);
  EXPECT_DOUBLE_EQ(*c.total.change_points, -12.5);
  EXPECT_EQ(c.total.kind, ChangeKind::kWorsened);
}

TEST(QualityComparison, DifferentScalesCompareByShareOfTheMaximum) {
  // Previous inspection on 0–3 points, follow-up on met/partly: 2 of 3 (66.7 %) → partly (50 %) is worse,
  // 1 of 3 → partly is better, 3 of 3 → met is the same, and weights do not matter.
  auto prev_criteria = criteria({"1a", "1b", "1c"}, "");
  auto curr_criteria = criteria({"1a", "1b", "1c"}, "");
  curr_criteria[2].weight = 3;
  const auto previous = score(prev_criteria, points_0_3_scale(), {{"1a", "2"}, {"1b", "1"}, {"1c", "3"}});
  const auto current = score(curr_criteria, met_partly_scale(), {{"1a", "partly"}, {"1b", "partly"}, {"1c", "met"}});
  const auto c = compare_audits(previous, current);
  EXPECT_EQ(find(c, "1a").kind, ChangeKind::kWorsened);
  EXPECT_NEAR(*find(c, "1a").change_points, 50.0 - 200.0 / 3, 1e-9);
  EXPECT_EQ(find(c, "1b").kind, ChangeKind::kImproved);
  EXPECT_EQ(find(c, "1c").kind, ChangeKind::kSame);
  // Standard 1: 6/9 = 66.67 % → (1 + 1 + 6)/10 = 80 %.
  EXPECT_NEAR(*c.standards[0].score.change_points, 80.0 - 200.0 / 3, 1e-9);
  EXPECT_EQ(c.standards[0].score.kind, ChangeKind::kImproved);
}

TEST(QualityComparison, NotApplicableOrNotScoredIsNotComparable) {
  const Scale s = met_partly_scale();
  const auto previous = score(criteria({"1a", "1b", "1c", "2a"}, ""), s, {{"1a", "na"}, {"1b", "met"}, {"2a", "na"}});
  const auto current = score(criteria({"1a", "1b", "1c", "2a"}, ""), s, {{"1a", "met"}, {"1b", "na"}, {"2a", "na"}});
  const auto c = compare_audits(previous, current);
  EXPECT_EQ(find(c, "1a").kind, ChangeKind::kNotComparable);
  EXPECT_EQ(find(c, "1b").kind, ChangeKind::kNotComparable);
  EXPECT_EQ(find(c, "1c").kind, ChangeKind::kNotComparable);  // not scored in either
  EXPECT_EQ(find(c, "2a").kind, ChangeKind::kSame);
  // Standard 2 has nothing applicable in either audit.
  ASSERT_EQ(c.standards.size(), 2u);
  EXPECT_FALSE(c.standards[1].score.previous_percent.has_value());
  EXPECT_EQ(c.standards[1].score.kind, ChangeKind::kSame);
  EXPECT_FALSE(c.standards[1].score.change_points.has_value());
}

TEST(QualityComparison, CodesMatchAcrossLetterCaseAndSortNumerically) {
  const Scale s = met_partly_scale();
  std::vector<Criterion> prev{Criterion{"x", 10, "A"}, Criterion{"y", 9, "b"}};
  std::vector<Criterion> curr{Criterion{"p", 9, "B"}, Criterion{"q", 10, "a"}};
  const auto c =
      compare_audits(score(prev, s, {{"x", "partly"}, {"y", "met"}}), score(curr, s, {{"p", "met"}, {"q", "met"}}));
  ASSERT_EQ(c.criteria.size(), 2u);
  EXPECT_EQ(c.criteria[0].code, "9b");
  EXPECT_EQ(c.criteria[0].kind, ChangeKind::kSame);
  EXPECT_EQ(c.criteria[1].code, "10a");
  EXPECT_EQ(c.criteria[1].letter, "a");
  EXPECT_EQ(c.criteria[1].kind, ChangeKind::kImproved);
  EXPECT_EQ(c.standards[0].standard, 9);
  EXPECT_EQ(to_string(ChangeKind::kNotComparable), "not_comparable");
}

}  // namespace
