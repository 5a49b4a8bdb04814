// Import problems as message keys (src/quality/core/import_problems.hpp), table-driven from
// tests/data/quality/import_problems.csv: a CSV syntax error reads in Czech (and English) and names its line.
#include <gtest/gtest.h>

#include <string>

#include "platform/core/catalogue.hpp"
#include "platform/core/messages.hpp"
#include "quality/core/import_problems.hpp"
#include "quality/core/scale.hpp"
#include "support/data_table.hpp"

namespace {

using namespace kvalis;

TEST(QualityImportProblems, MessageKeysTable) {
  const auto table = kvalis::testing::load_data_table("quality/import_problems.csv");
  for (const auto& row : table.rows) {
    const std::string message = table.get(row, "message");
    const long long line = std::stoll(table.get(row, "line"));
    const auto p = quality::import_problem(catalogue::Problem{"criteria.csv", line, message});
    EXPECT_EQ(p.line, line) << message;
    EXPECT_EQ(p.field, table.get(row, "field")) << message;
    EXPECT_EQ(p.error.message_key, table.get(row, "key")) << message;
    const std::string cs = translate(p.error, Lang::cs);
    const std::string en = translate(p.error, Lang::en);
    EXPECT_NE(cs.find(table.get(row, "cs")), std::string::npos) << cs;
    EXPECT_NE(en.find(table.get(row, "en")), std::string::npos) << en;
    EXPECT_EQ(cs.find("unterminated"), std::string::npos) << cs;
  }
}

TEST(QualityImportProblems, TheCsvReadersErrorNamesItsLine) {
  // A real reader error, not a copy of its text.
  std::vector<catalogue::Problem> problems;
  catalogue::parse_criteria("set,standard,letter,essential,text_cs\nSQSS,1,a,yes,ok\nSQSS,1,b,no,\"open\n", problems,
                            false);
  ASSERT_FALSE(problems.empty());
  const auto p = quality::import_problem(problems.back());
  EXPECT_EQ(p.error.message_key, "quality.csv.unterminated_quote");
  EXPECT_EQ(p.line, 3);
  EXPECT_EQ(translate(p.error, Lang::cs), "Řádek 3: text v uvozovkách tu začíná, ale nemá uzavírací uvozovku.");
  EXPECT_EQ(translate(p.error, Lang::en), "Line 3: a quoted text starts here but has no closing quote.");
}

TEST(QualityImportProblems, AScaleWithAnOpenQuoteNamesTheLineInCzech) {
  const auto parsed = quality::parse_scale("x", "x", "x", "code,label_cs,points\nmet,splněno,2\n\"partly,částečně,1\n");
  ASSERT_FALSE(parsed.problems.empty());
  const auto& p = parsed.problems.front();
  EXPECT_EQ(p.line, 3);
  EXPECT_EQ(p.error.message_key, "quality.scale.malformed");
  EXPECT_EQ(translate(p.error, Lang::cs),
            "Škálu nelze přečíst: text v uvozovkách začínající na řádku 3 nemá uzavírací uvozovku.");
  EXPECT_EQ(translate(p.error, Lang::en),
            "The scale cannot be read: the quoted text starting on line 3 has no closing quote.");
}

}  // namespace
