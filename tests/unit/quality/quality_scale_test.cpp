// Scoring scales as data (src/quality/core/scale.hpp): the built-in scales, the CSV form and its
// validation. Refused scale files and their expected problems: tests/data/quality/scale_errors.csv.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/csv.hpp"
#include "platform/core/messages.hpp"
#include "quality/core/scale.hpp"

namespace {

using namespace kvalis::quality;

std::string read_text(const std::string& relative) {
  std::ifstream in(std::string(KVALIS_TEST_DATA) + "/quality/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

// A message key is known when the quality table or the shared catalogue has it.
bool known_key(const std::string& key) {
  return kvalis::find_message(key) != nullptr || kvalis::translate(key, kvalis::Lang::en) != key;
}

TEST(QualityScale, MetPartlyIsTwoOneZeroAndNotApplicable) {
  const Scale s = met_partly_scale();
  EXPECT_EQ(s.code, "met_partly");
  ASSERT_EQ(s.levels.size(), 4u);
  EXPECT_EQ(s.levels[0].code, "met");
  EXPECT_EQ(s.levels[0].label_cs, "splněno");
  EXPECT_EQ(s.levels[0].points, std::optional(2.0));
  EXPECT_EQ(s.levels[1].code, "partly");
  EXPECT_EQ(s.levels[1].points, std::optional(1.0));
  EXPECT_EQ(s.levels[2].code, "not_met");
  EXPECT_EQ(s.levels[2].label_cs, "nesplněno");
  EXPECT_EQ(s.levels[2].points, std::optional(0.0));
  EXPECT_EQ(s.levels[3].label_cs, "nevztahuje se");
  EXPECT_FALSE(s.levels[3].applicable());
  EXPECT_DOUBLE_EQ(s.max_points(), 2.0);
  EXPECT_TRUE(validate_scale(s).empty());
  EXPECT_EQ(s.find("partly"), &s.levels[1]);
  EXPECT_EQ(s.find("excellent"), nullptr);
}

TEST(QualityScale, ZeroToThreeGives144For48Criteria) {
  const Scale s = points_0_3_scale();
  EXPECT_TRUE(validate_scale(s).empty());
  EXPECT_DOUBLE_EQ(s.max_points(), 3.0);
  EXPECT_DOUBLE_EQ(48 * s.max_points(), 144.0);
  ASSERT_NE(s.find("0"), nullptr);
  EXPECT_EQ(s.find("0")->points, std::optional(0.0));
  ASSERT_NE(s.find("na"), nullptr);
  EXPECT_FALSE(s.find("na")->applicable());
  EXPECT_TRUE(builtin_scale("points_0_3").has_value());
  EXPECT_FALSE(builtin_scale("stars").has_value());
}

TEST(QualityScale, ParsesTheCsvFormWithDecimalCommaAndFallbackLabel) {
  const auto parsed = parse_scale("grade", "Známka", "Grade", read_text("scales/grade.csv"));
  ASSERT_TRUE(parsed.problems.empty()) << parsed.problems[0].error.message_key;
  ASSERT_TRUE(parsed.scale.has_value());
  const Scale& s = *parsed.scale;
  EXPECT_EQ(s.code, "grade");
  EXPECT_EQ(s.name_en, "Grade");
  ASSERT_EQ(s.levels.size(), 5u);
  EXPECT_EQ(s.levels[2].code, "sufficient");
  EXPECT_EQ(s.levels[2].points, std::optional(1.5));
  EXPECT_FALSE(s.levels[4].applicable());
  EXPECT_DOUBLE_EQ(s.max_points(), 4.0);

  const auto no_en = parse_scale("yn", "ano/ne", "", "code,label_cs,points\nyes,ano,1\nno,ne,0\nna,nehodnoceno,n/a\n");
  ASSERT_TRUE(no_en.scale.has_value());
  EXPECT_EQ(no_en.scale->levels[0].label_en, "ano");
  EXPECT_FALSE(no_en.scale->levels[2].applicable());
}

TEST(QualityScale, FormatReadsBackToTheSameLevels) {
  for (const Scale& s : {met_partly_scale(), points_0_3_scale()}) {
    const auto back = parse_scale(s.code, s.name_cs, s.name_en, format_scale(s));
    ASSERT_TRUE(back.scale.has_value()) << s.code;
    ASSERT_EQ(back.scale->levels.size(), s.levels.size());
    for (std::size_t i = 0; i < s.levels.size(); ++i) {
      EXPECT_EQ(back.scale->levels[i].code, s.levels[i].code);
      EXPECT_EQ(back.scale->levels[i].label_cs, s.levels[i].label_cs);
      EXPECT_EQ(back.scale->levels[i].label_en, s.levels[i].label_en);
      EXPECT_EQ(back.scale->levels[i].points, s.levels[i].points);
    }
  }
}

TEST(QualityScale, RefusedFilesReportEveryProblemWithItsLine) {
  std::vector<kvalis::csv::Record> rows;
  for (auto& r : kvalis::csv::parse_all(read_text("scale_errors.csv")))
    if (!r.fields.empty() && r.fields[0].rfind('#', 0) != 0) rows.push_back(std::move(r));
  ASSERT_GE(rows.size(), 6u);
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const std::string file = rows[i].fields.at(0);
    SCOPED_TRACE(file);
    const auto parsed = parse_scale("x", "x", "x", read_text("scales/" + file));
    EXPECT_FALSE(parsed.scale.has_value());
    std::string actual;
    for (const auto& p : parsed.problems) {
      actual += (actual.empty() ? "" : "; ") + std::to_string(p.line) + ":" + p.error.field + ":" + p.error.message_key;
      EXPECT_TRUE(known_key(p.error.message_key)) << p.error.message_key;
      EXPECT_EQ(p.error.code, kvalis::ErrorCode::invalid_input);
    }
    EXPECT_EQ(actual, rows[i].fields.at(1));
  }
}

TEST(QualityScale, ValidationNamesTheLevelField) {
  Scale s = met_partly_scale();
  s.levels[1].code = "met";
  s.levels[2].points = -0.5;
  s.levels[3].label_cs = std::string(kMaxLabelLength + 1, 'x');
  const auto errors = validate_scale(s);
  std::vector<std::string> fields;
  for (const auto& e : errors) fields.push_back(e.field + " " + e.message_key);
  const std::vector<std::string> expected{"levels[1].code quality.scale.code_duplicate",
                                          "levels[2].points quality.scale.points_invalid",
                                          "levels[3].label_cs field.too_long"};
  EXPECT_EQ(fields, expected);

  Scale too_many = met_partly_scale();
  for (int i = 0; i < 20; ++i) too_many.levels.push_back({"l" + std::to_string(i), "x", "x", 10.0 + i});
  const auto many = validate_scale(too_many);
  ASSERT_FALSE(many.empty());
  EXPECT_EQ(many[0].message_key, "quality.scale.level_count");

  EXPECT_FALSE(parse_scale("x", "x", "x", "").scale.has_value());
  EXPECT_EQ(parse_scale("x", "x", "x", "code,label_cs,points\n\"met,splněno,2\n").problems.at(0).error.message_key,
            "quality.scale.malformed");
}

TEST(QualityScale, FormatPoints) {
  EXPECT_EQ(format_points(2), "2");
  EXPECT_EQ(format_points(1.5), "1.5");
  EXPECT_EQ(format_points(0.1 + 0.2), "0.3");
  EXPECT_EQ(format_points(144), "144");
  EXPECT_EQ(format_points(-0.0), "0");
}

}  // namespace
