// Scoring and pass rules (src/quality/core/scoring.hpp), table-driven: each scale has a file of audits
// under tests/data/quality/scoring_*.csv with hand-computed totals, shares, verdicts and reasons.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/csv.hpp"
#include "platform/core/messages.hpp"
#include "quality/core/scoring.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::testing::Table;

using namespace kvalis::quality;

std::string read_text(const std::string& relative) { return kvalis::testing::read_data_file("quality/" + relative); }

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("quality/" + relative); }

std::vector<std::string> split(const std::string& text, char delimiter) {
  std::vector<std::string> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, delimiter)) {
    const auto first = part.find_first_not_of(' ');
    if (first == std::string::npos) continue;
    out.push_back(part.substr(first, part.find_last_not_of(' ') - first + 1));
  }
  return out;
}

// "4a-c" → 4a 4b 4c.
std::vector<std::string> expand(const std::string& standard, char first, char last) {
  std::vector<std::string> out;
  for (char c = first; c <= last; ++c) out.push_back(standard + c);
  return out;
}

std::vector<Criterion> criteria_of(const std::string& text) {
  static const std::regex token(R"(^(\d+)([a-z])(?:-([a-z]))?(\*)?(?::([0-9.]+))?$)");
  std::vector<Criterion> out;
  for (const auto& t : split(text, ' ')) {
    std::smatch m;
    if (!std::regex_match(t, m, token)) {
      ADD_FAILURE() << "bad criterion token " << t;
      continue;
    }
    const char last = m[3].matched ? m[3].str()[0] : m[2].str()[0];
    for (const auto& code : expand(m[1], m[2].str()[0], last))
      out.push_back(Criterion{code, std::stoi(m[1]), code.substr(m[1].length()), m[4].matched,
                              m[5].matched ? std::stod(m[5]) : 1.0});
  }
  return out;
}

Assessments assessments_of(const std::string& text) {
  static const std::regex token(R"(^(\d+)([a-z])(?:-([a-z]))?=(.*)$)");
  Assessments out;
  for (const auto& t : split(text, ' ')) {
    std::smatch m;
    if (!std::regex_match(t, m, token)) {
      ADD_FAILURE() << "bad assessment token " << t;
      continue;
    }
    const char last = m[3].matched ? m[3].str()[0] : m[2].str()[0];
    for (const auto& code : expand(m[1], m[2].str()[0], last)) out[code] = m[4];
  }
  return out;
}

Scale scale_of(const std::string& text) {
  if (text.rfind("file:", 0) == 0) {
    auto parsed = parse_scale("custom", "vlastní", "custom", read_text("scales/" + text.substr(5)));
    EXPECT_TRUE(parsed.scale.has_value()) << text;
    return parsed.scale.value_or(met_partly_scale());
  }
  auto scale = builtin_scale(text);
  EXPECT_TRUE(scale.has_value()) << text;
  return scale.value_or(met_partly_scale());
}

void expect_number(double actual, const std::string& expected, const std::string& what) {
  EXPECT_NEAR(actual, std::stod(expected), 1e-9) << what;
}

void expect_percent(const std::optional<double>& actual, const std::string& expected, const std::string& what) {
  if (expected == "-") {
    EXPECT_FALSE(actual.has_value()) << what;
    return;
  }
  ASSERT_TRUE(actual.has_value()) << what;
  EXPECT_NEAR(*actual, std::stod(expected), 1e-9) << what;
}

// A reason in the table's form; shares compared separately.
std::string describe(const Reason& r) {
  std::string out(to_string(r.kind));
  switch (r.kind) {
    case ReasonKind::kEssentialFailed:
      return out + ":" + r.criterion_id + ":" + r.level_code;
    case ReasonKind::kStandardBelowMin:
      return out + ":" + std::to_string(r.standard);
    case ReasonKind::kNotScored:
      return out + ":" + r.criterion_id;
    default:
      return out;
  }
}

void run_table(const std::string& file) {
  const Table table = load_table(file);
  ASSERT_GE(table.rows.size(), 4u) << file;
  for (const auto& row : table.rows) {
    SCOPED_TRACE(file + ": " + table.get(row, "case"));
    const Scale scale = scale_of(table.get(row, "scale"));
    auto rule = parse_pass_rule(table.get(row, "rule"), scale);
    ASSERT_TRUE(rule.ok()) << rule.error().message_key;
    auto score = score_audit(criteria_of(table.get(row, "criteria")), scale, *rule,
                             assessments_of(table.get(row, "assessments")));
    ASSERT_TRUE(score.ok()) << score.error().message_key << " " << score.error().field;

    expect_number(score->total.points, table.get(row, "total_points"), "total points");
    expect_number(score->total.max, table.get(row, "total_max"), "total max");
    expect_percent(score->total.percent, table.get(row, "total_percent"), "total percent");

    const auto standards = split(table.get(row, "standards"), ' ');
    ASSERT_EQ(score->standards.size(), standards.size());
    for (std::size_t i = 0; i < standards.size(); ++i) {
      static const std::regex form(R"(^(\d+)=([0-9.]+)/([0-9.]+)=([0-9.]+|-)$)");
      std::smatch m;
      ASSERT_TRUE(std::regex_match(standards[i], m, form)) << standards[i];
      const auto& s = score->standards[i];
      EXPECT_EQ(s.standard, std::stoi(m[1]));
      expect_number(s.score.points, m[2], "standard points " + standards[i]);
      expect_number(s.score.max, m[3], "standard max " + standards[i]);
      expect_percent(s.score.percent, m[4], "standard percent " + standards[i]);
    }

    EXPECT_EQ(to_string(score->verdict), table.get(row, "verdict"));
    const auto reasons = split(table.get(row, "reasons"), ';');
    ASSERT_EQ(score->reasons.size(), reasons.size());
    for (std::size_t i = 0; i < reasons.size(); ++i) {
      const auto& r = score->reasons[i];
      const auto parts = split(reasons[i], ':');
      std::string expected = parts[0];
      if (r.kind == ReasonKind::kTotalBelowMin) {
        ASSERT_EQ(parts.size(), 2u);
        EXPECT_NEAR(r.actual, std::stod(parts[1]), 1e-9);
      } else if (r.kind == ReasonKind::kStandardBelowMin) {
        ASSERT_EQ(parts.size(), 3u);
        expected += ":" + parts[1];
        EXPECT_NEAR(r.actual, std::stod(parts[2]), 1e-9);
      } else {
        for (std::size_t p = 1; p < parts.size(); ++p) expected += ":" + parts[p];
      }
      EXPECT_EQ(describe(r), expected) << i;
      // Every reason can be shown to the user.
      EXPECT_NE(kvalis::find_message(r.message().message_key), nullptr) << r.message().message_key;
    }
    EXPECT_EQ(score->complete(), score->verdict != Verdict::kIncomplete);
  }
}

TEST(QualityScoring, MetPartlyScaleTable) { run_table("scoring_met_partly.csv"); }
TEST(QualityScoring, ZeroToThreePointsTable) { run_table("scoring_points_0_3.csv"); }
TEST(QualityScoring, CustomScaleFromFileTable) { run_table("scoring_custom.csv"); }

std::vector<Criterion> four() { return criteria_of("1a* 1b 2a* 2b"); }

TEST(QualityScoring, CriterionResultsCarryLevelPointsAndState) {
  auto score =
      score_audit(criteria_of("1a*:2 1b 2a"), met_partly_scale(), {}, Assessments{{"1a", "partly"}, {"1b", "na"}});
  ASSERT_TRUE(score.ok());
  const auto& c = score->criteria;
  ASSERT_EQ(c.size(), 3u);
  EXPECT_EQ(c[0].state, CriterionState::kScored);
  EXPECT_EQ(c[0].level_code, "partly");
  EXPECT_EQ(c[0].scale_points, std::optional(1.0));
  EXPECT_DOUBLE_EQ(c[0].points, 2.0);
  EXPECT_DOUBLE_EQ(c[0].max, 4.0);
  EXPECT_EQ(c[1].state, CriterionState::kNotApplicable);
  EXPECT_FALSE(c[1].applicable());
  EXPECT_EQ(c[1].level_code, "na");
  EXPECT_DOUBLE_EQ(c[1].max, 0.0);
  EXPECT_EQ(c[2].state, CriterionState::kNotScored);
  EXPECT_TRUE(c[2].applicable());
  EXPECT_DOUBLE_EQ(c[2].max, 2.0);
  EXPECT_EQ(to_string(c[2].state), "not_scored");
  ASSERT_EQ(score->standards.size(), 2u);
  EXPECT_EQ(score->standards[0].scored, 1);
  EXPECT_EQ(score->standards[0].not_applicable, 1);
  EXPECT_EQ(score->standards[1].not_scored, 1);
}

TEST(QualityScoring, EssentialFailureReasonSaysWhichAndHow) {
  auto rule = parse_pass_rule("essential_min_level=met", met_partly_scale());
  ASSERT_TRUE(rule.ok());
  auto score = score_audit(four(), met_partly_scale(), *rule,
                           Assessments{{"1a", "met"}, {"1b", "met"}, {"2a", "not_met"}, {"2b", "met"}});
  ASSERT_TRUE(score.ok());
  EXPECT_EQ(score->verdict, Verdict::kFail);
  ASSERT_EQ(score->reasons.size(), 1u);
  const auto message = score->reasons[0].message();
  EXPECT_EQ(message.message_key, "quality.reason.essential_failed");
  EXPECT_EQ(message.field, "2a");
  const std::vector<std::pair<std::string, std::string>> params{
      {"criterion", "2a"}, {"level", "not_met"}, {"points", "0"}, {"required", "2"}};
  EXPECT_EQ(message.params, params);
}

TEST(QualityScoring, ShareReasonsReportPercents) {
  Reason total{ReasonKind::kTotalBelowMin, {}, 0, {}, {}, 0.625, 0.75};
  const auto m = total.message();
  EXPECT_EQ(m.message_key, "quality.reason.total_below_min");
  const std::vector<std::pair<std::string, std::string>> params{{"percent", "62.5"}, {"required", "75"}};
  EXPECT_EQ(m.params, params);
}

TEST(QualityScoring, InvalidInputIsRefusedWithTheField) {
  const Scale scale = met_partly_scale();
  auto unknown_level = score_audit(four(), scale, {}, Assessments{{"1a", "excellent"}});
  ASSERT_FALSE(unknown_level.ok());
  EXPECT_EQ(unknown_level.error().message_key, "quality.assessment.unknown_level");

  auto unknown_criterion = score_audit(four(), scale, {}, Assessments{{"9z", "met"}});
  ASSERT_FALSE(unknown_criterion.ok());
  EXPECT_EQ(unknown_criterion.error().message_key, "quality.assessment.unknown_criterion");

  auto zero_weight = score_audit(criteria_of("1a 1b:0"), scale, {}, {});
  ASSERT_FALSE(zero_weight.ok());
  EXPECT_EQ(zero_weight.error().field, "criteria[1].weight");
  EXPECT_EQ(zero_weight.error().message_key, "quality.criterion.weight_invalid");

  auto nan_weight = score_audit({Criterion{"x", 1, "a", false, std::nan("")}}, scale, {}, {});
  EXPECT_FALSE(nan_weight.ok());

  std::vector<Criterion> same_code{Criterion{"id1", 1, "a"}, Criterion{"id2", 1, "A"}};
  auto duplicate_code = score_audit(same_code, scale, {}, {});
  ASSERT_FALSE(duplicate_code.ok());
  EXPECT_EQ(duplicate_code.error().message_key, "quality.criterion.duplicate_code");

  std::vector<Criterion> same_id{Criterion{"id", 1, "a"}, Criterion{"id", 1, "b"}};
  auto duplicate_id = score_audit(same_id, scale, {}, {});
  ASSERT_FALSE(duplicate_id.ok());
  EXPECT_EQ(duplicate_id.error().message_key, "quality.criterion.duplicate_id");

  auto bad_standard = score_audit({Criterion{"x", 0, "a"}}, scale, {}, {});
  ASSERT_FALSE(bad_standard.ok());
  EXPECT_EQ(bad_standard.error().field, "criteria[0].standard");

  PassRule impossible;
  impossible.essential_min_points = 3;  // the scale reaches 2
  auto unreachable = score_audit(four(), scale, impossible, {});
  ASSERT_FALSE(unreachable.ok());
  EXPECT_EQ(unreachable.error().message_key, "quality.rule.essential_unreachable");

  Scale broken = scale;
  broken.levels.resize(1);
  EXPECT_FALSE(score_audit(four(), broken, {}, {}).ok());
}

TEST(QualityScoring, NoCriteriaIsNothingApplicable) {
  auto score = score_audit({}, met_partly_scale(), {}, {});
  ASSERT_TRUE(score.ok());
  EXPECT_EQ(score->verdict, Verdict::kFail);
  ASSERT_EQ(score->reasons.size(), 1u);
  EXPECT_EQ(score->reasons[0].kind, ReasonKind::kNothingApplicable);
}

TEST(QualityPassRule, ParsesFormatsAndValidates) {
  const Scale scale = points_0_3_scale();
  auto rule = parse_pass_rule(" essential_min_points = 2 ;min_share=0,6; min_share_per_standard=0.5;", scale);
  ASSERT_TRUE(rule.ok()) << rule.error().message_key;
  EXPECT_EQ(rule->essential_min_points, std::optional(2.0));
  EXPECT_EQ(rule->min_share, std::optional(0.6));
  EXPECT_EQ(rule->min_share_per_standard, std::optional(0.5));
  EXPECT_EQ(format_pass_rule(*rule), "essential_min_points=2; min_share=0.6; min_share_per_standard=0.5");
  auto again = parse_pass_rule(format_pass_rule(*rule), scale);
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->min_share, rule->min_share);

  auto by_level = parse_pass_rule("essential_min_level=met", met_partly_scale());
  ASSERT_TRUE(by_level.ok());
  EXPECT_EQ(by_level->essential_min_points, std::optional(2.0));

  auto empty = parse_pass_rule("", scale);
  ASSERT_TRUE(empty.ok());
  EXPECT_FALSE(empty->essential_min_points || empty->min_share || empty->min_share_per_standard);

  struct Bad {
    const char* text;
    const char* field;
    const char* key;
  };
  for (const auto& bad :
       {Bad{"min_share=1.5", "min_share", "field.out_of_range"},
        Bad{"min_share_per_standard=-0.1", "min_share_per_standard", "field.out_of_range"},
        Bad{"min_share=lots", "min_share", "field.type_number"}, Bad{"pass_mark=3", "pass_mark", "field.unknown"},
        Bad{"essential_min_points=4", "essential_min_points", "quality.rule.essential_unreachable"},
        Bad{"essential_min_level=na", "essential_min_level", "quality.rule.unknown_level"},
        Bad{"essential_min_level=met", "essential_min_level", "quality.rule.unknown_level"}}) {
    auto r = parse_pass_rule(bad.text, scale);
    ASSERT_FALSE(r.ok()) << bad.text;
    EXPECT_EQ(r.error().field, bad.field) << bad.text;
    EXPECT_EQ(r.error().message_key, bad.key) << bad.text;
  }
}

TEST(QualityScoring, CriterionCodesIgnoreCaseAndSpaces) {
  EXPECT_EQ(criterion_code(2, "A"), "2a");
  EXPECT_EQ(criterion_code(15, " b "), "15b");
  EXPECT_EQ((Criterion{"x", 10, "C"}).code(), "10c");
}

}  // namespace
