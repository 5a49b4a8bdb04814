// The bounded problem list of uploads and imports (core/common/problems.hpp) and the text checks that
// keep answers valid UTF-8 and names free of control and text-direction characters (core/common/text.hpp).
#include "platform/core/problems.hpp"

#include <gtest/gtest.h>

#include <string>

#include "benchmark/core/validation.hpp"
#include "platform/core/text.hpp"

namespace kvalis {
namespace {

TEST(ProblemCollector, KeepsTheFirstProblemsAndCountsAll) {
  ProblemCollector<int> c(3);
  EXPECT_TRUE(c.empty());
  EXPECT_EQ(c.total(), 0u);
  for (int i = 1; i <= 10; ++i) c.add(i);
  EXPECT_FALSE(c.empty());
  EXPECT_EQ(c.total(), 10u);
  EXPECT_EQ(c.items(), (std::vector<int>{1, 2, 3}));
  EXPECT_EQ(c.omitted(), 7u);
  EXPECT_TRUE(c.full());
}

TEST(ProblemCollector, DefaultsToOneHundred) {
  ProblemCollector<std::string> c;
  for (int i = 0; i < 100; ++i) c.add(std::to_string(i));
  EXPECT_EQ(c.omitted(), 0u);
  EXPECT_TRUE(c.full());
  c.add("x");
  EXPECT_EQ(c.items().size(), kMaxReportedProblems);
  EXPECT_EQ(c.items().back(), "99");
  EXPECT_EQ(c.total(), 101u);
}

TEST(ProblemCollector, AnUploadOfJunkKeepsOneHundredRowErrors) {
  std::string csv;
  for (int i = 0; i < 50000; ++i) csv += "junk" + std::to_string(i) + ",1\n";
  const auto result = benchmark::read_values_csv(csv, {"a", "b"});
  EXPECT_TRUE(result.values.empty());
  EXPECT_EQ(result.errors.total(), 50000u);
  ASSERT_EQ(result.errors.items().size(), 100u);
  EXPECT_EQ(result.errors.items()[0].line, 1);
  EXPECT_EQ(result.errors.items()[0].kind, "unknown_item");
  EXPECT_EQ(result.errors.items()[99].line, 100);
}

TEST(Utf8, InvalidSequencesAreReplaced) {
  EXPECT_EQ(to_valid_utf8("Žluťoučký kůň"), "Žluťoučký kůň");
  EXPECT_EQ(to_valid_utf8("a\xFF"
                          "b"),
            "a\xEF\xBF\xBD"
            "b");
  EXPECT_EQ(to_valid_utf8("\xC3\x28"), "\xEF\xBF\xBD(");             // a lead byte without its continuation
  EXPECT_EQ(to_valid_utf8("\xC0\xAF"), "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
  EXPECT_EQ(to_valid_utf8("\xED\xA0\x80"), "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  EXPECT_EQ(to_valid_utf8("x\xE2\x82"), "x\xEF\xBF\xBD\xEF\xBF\xBD");                // cut short at the end
  EXPECT_EQ(to_valid_utf8("\xF0\x9F\x98\x80"), "\xF0\x9F\x98\x80");                  // U+1F600 stays
  EXPECT_TRUE(is_valid_utf8(to_valid_utf8("\xF8\x88\x80\x80\x80")));
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // past U+10FFFF
}

TEST(Utf8, QuotesAreShortenedBeforeASequence) {
  EXPECT_EQ(shorten("abc", 3), "abc");
  EXPECT_EQ(shorten("abcd", 3), "abc\u2026");
  EXPECT_EQ(shorten("ač", 2), "a\u2026");  // 'č' is two bytes: not cut in half
  EXPECT_EQ(shorten(std::string(1000000, 'x'), 200).size(), 203u);
}

TEST(TextCharacters, ControlAndDirectionCharactersAreFound) {
  EXPECT_EQ(forbidden_character("Domov Lípa, p. o.", false), std::nullopt);
  EXPECT_EQ(forbidden_character(std::string("a\0b", 3), true), char32_t{0});
  EXPECT_EQ(forbidden_character("a\x1b[31m", true), char32_t{0x1B});
  EXPECT_EQ(forbidden_character("a\x7F", true), char32_t{0x7F});
  EXPECT_EQ(forbidden_character("invoice\xE2\x80\xAEgpj.exe", false), char32_t{0x202E});  // RIGHT-TO-LEFT OVERRIDE
  EXPECT_EQ(forbidden_character("\xE2\x80\xAA", false), char32_t{0x202A});
  EXPECT_EQ(forbidden_character("\xE2\x81\xA6x\xE2\x81\xA9", false), char32_t{0x2066});  // isolates
  EXPECT_EQ(forbidden_character("\xE2\x80\x8F", false), std::nullopt);  // a plain right-to-left mark is text
  EXPECT_EQ(forbidden_character("line one\nline two\ttab\r\n", true), std::nullopt);
  EXPECT_EQ(forbidden_character("line one\nline two", false), char32_t{'\n'});
  EXPECT_EQ(forbidden_character("tab\there", false), char32_t{'\t'});
  EXPECT_EQ(forbidden_character("\xFF", true), char32_t{0xFFFD});  // not UTF-8
}

}  // namespace
}  // namespace kvalis
