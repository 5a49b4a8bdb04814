// RFC 4180 CSV reading and writing (src/platform/core/csv.hpp).
#include "platform/core/csv.hpp"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "platform/core/text.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::csv::Header;
using kvalis::csv::parse_all;
using kvalis::csv::Record;
using Fields = std::vector<std::string>;

struct ReadCase {
  const char* name;
  std::string text;
  std::vector<Fields> records;
  std::vector<long long> lines;
};

TEST(Csv, ReadsRecordsFieldsAndStartLines) {
  const ReadCase cases[] = {
      {"plain", "a,b,c\n1,2,3\n", {{"a", "b", "c"}, {"1", "2", "3"}}, {1, 2}},
      {"no final newline", "a,b\n1,2", {{"a", "b"}, {"1", "2"}}, {1, 2}},
      {"empty fields", "a,,c\n,,\n", {{"a", "", "c"}, {"", "", ""}}, {1, 2}},
      {"quoted comma", "\"a,b\",c\n", {{"a,b", "c"}}, {1}},
      {"doubled quotes", "\"say \"\"hi\"\"\",x\n", {{"say \"hi\"", "x"}}, {1}},
      {"only a quote", "\"\"\"\"\n", {{"\""}}, {1}},
      {"quoted empty field among others", "\"\",b\n", {{"", "b"}}, {1}},
      {"crlf", "a,b\r\n1,2\r\n", {{"a", "b"}, {"1", "2"}}, {1, 2}},
      {"embedded newline", "a,\"x\ny\",b\nnext,1\n", {{"a", "x\ny", "b"}, {"next", "1"}}, {1, 3}},
      {"embedded crlf", "\"x\r\ny\"\r\nz\r\n", {{"x\r\ny"}, {"z"}}, {1, 3}},
      {"two embedded newlines", "\"1\n2\n3\"\nafter\n", {{"1\n2\n3"}, {"after"}}, {1, 4}},
      {"blank lines skipped, lines kept", "a\n\n\nb\n", {{"a"}, {"b"}}, {1, 4}},
      {"trailing blank line with crlf", "a\r\n\r\n", {{"a"}}, {1}},
      {"quote inside an unquoted field is literal", "ab\"c,d\n", {{"ab\"c", "d"}}, {1}},
      {"utf-8", "kód,název\n1,Sociální poradenství\n", {{"kód", "název"}, {"1", "Sociální poradenství"}}, {1, 2}},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(c.name);
    std::string error;
    auto records = parse_all(c.text, &error);
    EXPECT_EQ(error, "");
    ASSERT_EQ(records.size(), c.records.size());
    for (std::size_t i = 0; i < records.size(); ++i) {
      EXPECT_EQ(records[i].fields, c.records[i]) << "record " << i;
      EXPECT_EQ(records[i].line, c.lines[i]) << "record " << i;
    }
  }
}

TEST(Csv, UnterminatedQuoteIsAnErrorNamingTheLine) {
  std::string error;
  auto records = parse_all("a,b\nc,\"open\nstill open\n", &error);
  EXPECT_NE(error.find("unterminated"), std::string::npos) << error;
  EXPECT_NE(error.find("line 2"), std::string::npos) << error;
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(records[0].fields, (Fields{"a", "b"}));
  EXPECT_EQ(records[1].line, 2);
}

TEST(Csv, ReaderReadsOneRecordAtATimeWithOtherDelimiter) {
  std::istringstream in("a;\"b;c\"\n1;2\n");
  kvalis::csv::Reader reader(in, ';');
  auto r1 = reader.next();
  ASSERT_TRUE(r1);
  EXPECT_EQ(r1->fields, (Fields{"a", "b;c"}));
  auto r2 = reader.next();
  ASSERT_TRUE(r2);
  EXPECT_EQ(r2->fields, (Fields{"1", "2"}));
  EXPECT_EQ(r2->line, 2);
  EXPECT_FALSE(reader.next());
  EXPECT_EQ(reader.error(), "");
}

TEST(Csv, HeaderStripsByteOrderMarkAndFindsColumns) {
  auto records = parse_all(
      "\xEF\xBB\xBF"
      "code,name\r\nA,Alfa\r\nB\r\n");
  ASSERT_EQ(records.size(), 3u);
  Header h(records[0].fields);
  EXPECT_EQ(h.names()[0], "code");
  ASSERT_TRUE(h.find("code"));
  EXPECT_EQ(*h.find("code"), 0u);
  EXPECT_EQ(*h.find("name"), 1u);
  EXPECT_FALSE(h.find("missing"));
  EXPECT_EQ(h.get(records[1], "code"), "A");
  EXPECT_EQ(h.get(records[1], "name"), "Alfa");
  EXPECT_EQ(h.get(records[1], "missing"), "");
  EXPECT_EQ(h.get(records[2], "name"), "");  // short record: the cell is absent
}

struct EscapeCase {
  std::string field;
  std::string escaped;
};

TEST(Csv, EscapeQuotesOnlyWhenNeeded) {
  const EscapeCase cases[] = {
      {"plain", "plain"},
      {"", ""},
      {"a,b", "\"a,b\""},
      {"say \"hi\"", "\"say \"\"hi\"\"\""},
      {"two\nlines", "\"two\nlines\""},
      {"cr\r", "\"cr\r\""},
      {"Sociální", "Sociální"},
  };
  for (const auto& c : cases) EXPECT_EQ(kvalis::csv::escape(c.field), c.escaped) << c.field;
  EXPECT_EQ(kvalis::csv::escape("a;b", ';'), "\"a;b\"");
  EXPECT_EQ(kvalis::csv::escape("a,b", ';'), "a,b");
}

TEST(Csv, WriteRowEndsWithCrlf) {
  std::ostringstream out;
  kvalis::csv::write_row(out, {"a", "b,c", ""});
  EXPECT_EQ(out.str(), "a,\"b,c\",\r\n");
}

TEST(Csv, RoundTrip) {
  const std::vector<Fields> rows = {
      {"code", "name_cs", "note"}, {"1", "Sociální poradenství (základní / odborné)", ""},
      {"2", "a,b", "say \"hi\""},  {"3", "two\nlines", "crlf\r\ninside"},
      {"4", "\"", ",,,"},          {"", "", "last"},
  };
  std::ostringstream out;
  for (const auto& r : rows) kvalis::csv::write_row(out, r);
  std::string error;
  auto back = parse_all(out.str(), &error);
  EXPECT_EQ(error, "");
  ASSERT_EQ(back.size(), rows.size());
  for (std::size_t i = 0; i < rows.size(); ++i) EXPECT_EQ(back[i].fields, rows[i]) << "row " << i;
  EXPECT_EQ(back[4].line, 7);  // row 3 spans lines 4-6 because of its two embedded line breaks
}

TEST(Csv, EscapeTextNeutralisesFormulas) {
  // OWASP CSV injection: a text field beginning with = + - @ TAB or CR gets an apostrophe and quotes.
  const EscapeCase cases[] = {
      {"=HYPERLINK(\"http://evil.example\",\"klik\")", "\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"klik\"\")\""},
      {"=1+2", "\"'=1+2\""},
      {"+420 123", "\"'+420 123\""},
      {"-2+3", "\"'-2+3\""},
      {"@SUM(A1)", "\"'@SUM(A1)\""},
      {"\tcmd", "\"'\tcmd\""},
      {"\rcmd", "\"'\rcmd\""},
      {"a=b", "a=b"},
      {"plain", "plain"},
      {"a,b", "\"a,b\""},
      {"", ""},
      {"'=already", "'=already"},
  };
  for (const auto& c : cases) EXPECT_EQ(kvalis::csv::escape_text(c.field), c.escaped) << c.field;
  EXPECT_EQ(kvalis::csv::escape_text("=A1;B1", ';'), "\"'=A1;B1\"");
}

TEST(Csv, NeutralisedTextReadsBackWithTheGuardAndStripsToTheOriginal) {
  const Fields texts = {"=HYPERLINK(\"x\")", "-5", "+1", "@a", "\tx", "plain", "'quoted", "'"};
  std::ostringstream out;
  for (std::size_t i = 0; i < texts.size(); ++i) out << (i ? "," : "") << kvalis::csv::escape_text(texts[i]);
  out << "\r\n";
  auto back = parse_all(out.str());
  ASSERT_EQ(back.size(), 1u);
  ASSERT_EQ(back[0].fields.size(), texts.size());
  EXPECT_EQ(back[0].fields[0], "'=HYPERLINK(\"x\")");  // what a spreadsheet shows: text, not a formula
  for (std::size_t i = 0; i < texts.size(); ++i)
    EXPECT_EQ(kvalis::csv::strip_formula_guard(back[0].fields[i]), texts[i]) << i;
}

}  // namespace

// The one "key=value; …" reader of settings (pass rules, team rules, weights), table-driven.
TEST(KeyValues, ParsesTheTable) {
  const auto table = kvalis::testing::load_data_table("platform/key_values.csv");
  for (const auto& row : table.rows) {
    const auto text = table.get(row, "text");
    std::string pairs;
    for (const auto& kv : kvalis::parse_key_values(text)) pairs += (pairs.empty() ? "" : "|") + kv.key + "=" + kv.value;
    EXPECT_EQ(pairs, table.get(row, "pairs")) << "line " << row.line << ": " << text;
    std::string numbers;
    if (auto parsed = kvalis::parse_key_numbers(text)) {
      for (const auto& [key, value] : parsed.value()) {
        std::ostringstream v;
        v << value;
        numbers += (numbers.empty() ? "" : "|") + key + "=" + v.str();
      }
    } else {
      numbers = "error:" + parsed.error().field;
    }
    EXPECT_EQ(numbers, table.get(row, "numbers")) << "line " << row.line << ": " << text;
  }
}
