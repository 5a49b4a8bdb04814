// Team size of state inspections (src/quality/core/team.hpp): §97–§99 zákona č. 108/2006 Sb.
#include <gtest/gtest.h>

#include "platform/core/messages.hpp"
#include "quality/core/team.hpp"

namespace {

using namespace kvalis::quality;

TEST(QualityTeam, ResidentialNeedsThreeOthersTwo) {
  struct Case {
    int size;
    std::vector<std::string> forms;
    bool warns;
    int minimum;
  };
  for (const auto& c : {Case{2, {"pob"}, true, 3}, Case{3, {"pob"}, false, 3}, Case{1, {"amb"}, true, 2},
                        Case{2, {"amb", "ter"}, false, 2}, Case{2, {"amb", "pob"}, true, 3}, Case{0, {}, true, 2},
                        Case{4, {"pob"}, false, 3}}) {
    SCOPED_TRACE(std::to_string(c.size) + " members, " + std::to_string(c.forms.size()) + " forms");
    EXPECT_EQ(minimum_team_size(c.forms), c.minimum);
    const auto warning = check_inspection_team(c.size, c.forms);
    ASSERT_EQ(warning.has_value(), c.warns);
    if (!warning) continue;
    EXPECT_EQ(warning->minimum, c.minimum);
    EXPECT_EQ(warning->team_size, c.size);
    EXPECT_EQ(warning->message_key, "quality.team.too_small");
    EXPECT_NE(kvalis::find_message(warning->message_key), nullptr);
    EXPECT_EQ(warning->params.at(1), (std::pair<std::string, std::string>{"minimum", std::to_string(c.minimum)}));
  }
}

TEST(QualityTeam, TheRuleIsData) {
  auto rule = parse_team_rule("min_residential=4; min_other = 3");
  ASSERT_TRUE(rule.ok());
  EXPECT_EQ(rule->min_residential, 4);
  EXPECT_EQ(rule->min_other, 3);
  EXPECT_EQ(rule->residential_form, "pob");
  EXPECT_TRUE(check_inspection_team(3, {"pob"}, *rule).has_value());
  EXPECT_TRUE(check_inspection_team(2, {"ter"}, *rule).has_value());
  EXPECT_FALSE(check_inspection_team(3, {"ter"}, *rule).has_value());

  auto renamed = parse_team_rule("residential_form=residential");
  ASSERT_TRUE(renamed.ok());
  EXPECT_TRUE(is_residential({"residential"}, *renamed));
  EXPECT_FALSE(is_residential({"pob"}, *renamed));

  const TeamSizeRule defaults;
  EXPECT_EQ(defaults.min_residential, 3);
  EXPECT_EQ(defaults.min_other, 2);
  auto empty = parse_team_rule("");
  ASSERT_TRUE(empty.ok());
  EXPECT_EQ(empty->min_residential, 3);

  for (const char* bad : {"min_other=0", "min_other=two", "min_residential=", "size=3", "residential_form="})
    EXPECT_FALSE(parse_team_rule(bad).ok()) << bad;
}

}  // namespace
