// The catalogues of the cards part: catalogues/basic_activities.csv (columns of its own, copied from the shared
// catalogue with its source columns) parses into national basic activities, and catalogues/need_areas.csv
// holds the 15 default need areas of everyday life.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "network/core/cards.hpp"
#include "platform/core/catalogue.hpp"

namespace kvalis::testing {
namespace {

std::string read_source(const std::string& relative) {
  std::ifstream in(std::string(KVALIS_SOURCE_DIR) + "/" + relative, std::ios::binary);
  EXPECT_TRUE(in) << relative;
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(NetworkCardsCatalogue, BasicActivitiesParseWithTheirSources) {
  std::vector<std::string> problems;
  const auto rows = network::parse_basic_activities(read_source("catalogues/basic_activities.csv"), problems);
  EXPECT_TRUE(problems.empty()) << problems.front();
  EXPECT_EQ(rows.size(), 46u);
  std::map<std::string, int> per_kind;
  std::set<std::string> keys;
  for (const auto& a : rows) {
    ++per_kind[a.kind_code];
    EXPECT_FALSE(a.text_cs.empty());
    EXPECT_FALSE(a.source.empty()) << a.text_cs;
    EXPECT_EQ(a.region_org_id, 0);
    EXPECT_TRUE(keys.insert(a.kind_code + "|" + a.paragraph + "|" + a.form_scope + "|" + a.letter).second)
        << "the sync key repeats: " << a.text_cs;
  }
  EXPECT_EQ(per_kind["4"], 5);  // pečovatelská služba, § 40
  EXPECT_EQ(per_kind["3"], 7);  // osobní asistence, § 39
  const auto first = rows.front();
  EXPECT_EQ(first.kind_code, "3");
  EXPECT_EQ(first.paragraph, "§39");
  EXPECT_EQ(first.letter, "a");
  EXPECT_EQ(first.position, 1);
  EXPECT_EQ(first.source.rfind("provider page listing §39 activities: https://", 0), 0u);
  EXPECT_FALSE(first.verified);
  // A quote of the act counts as verified wording.
  const auto quoted = std::find_if(rows.begin(), rows.end(), [](const network::Activity& a) {
    return a.source.rfind("quote of", 0) == 0;
  });
  ASSERT_NE(quoted, rows.end());
  EXPECT_TRUE(quoted->verified);
  // Form scopes are stored as ";pob;".
  const auto residential =
      std::find_if(rows.begin(), rows.end(), [](const network::Activity& a) { return a.kind_code == "34"; });
  ASSERT_NE(residential, rows.end());
  EXPECT_EQ(residential->form_scope, ";pob;");
}

TEST(NetworkCardsCatalogue, BadRowsAreNamedByLine) {
  std::vector<std::string> problems;
  const auto rows = network::parse_basic_activities(
      "kind_code,paragraph,form_scope,letter,activity_cs,kind_of_source,source_url\n"
      "4,§40,,a,pomoc při zvládání běžných úkonů péče o vlastní osobu,quote of §40,https://example.cz\n"
      "x,§40,,b,text,,\n"
      "4,§40,,c,,,\n",
      problems);
  EXPECT_EQ(rows.size(), 1u);
  ASSERT_EQ(problems.size(), 2u);
  EXPECT_EQ(problems[0], "line 3: kind_code must be a registry code");
  EXPECT_EQ(problems[1], "line 4: activity_cs is empty");
  problems.clear();
  network::parse_basic_activities("kind_code,paragraph\n4,§40\n", problems);
  ASSERT_EQ(problems.size(), 1u);
  EXPECT_EQ(problems[0], "line 1: column form_scope is missing");
}

TEST(NetworkCardsCatalogue, FifteenDefaultNeedAreas) {
  std::vector<catalogue::Problem> problems;
  const auto items = catalogue::parse_catalogue("need_areas", read_source("catalogues/need_areas.csv"), problems);
  EXPECT_TRUE(problems.empty());
  ASSERT_EQ(items.size(), 15u);
  std::set<std::string> codes;
  for (const auto& i : items) {
    codes.insert(i.code);
    EXPECT_FALSE(i.name_en.empty()) << i.code;
    EXPECT_FALSE(i.attribute("description_cs").empty()) << i.code;
    EXPECT_NE(i.source_act.find("Karlovarsk"), std::string::npos) << i.code;
  }
  // The areas the issue names.
  for (const auto* code : {"bydleni", "strava", "hygiena", "zdravi", "finance", "prace", "vzdelavani", "vztahy",
                           "volny_cas", "bezpeci", "prava"})
    EXPECT_TRUE(codes.count(code)) << code;
  EXPECT_EQ(items.front().name_cs, "Bydlení");
  EXPECT_EQ(items.front().attribute("position"), "1");
}

}  // namespace
}  // namespace kvalis::testing
