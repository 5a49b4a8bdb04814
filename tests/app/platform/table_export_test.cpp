// The shared table writers (src/platform/export/table.cpp): CSV neutralises text that a spreadsheet would run as a
// formula and leaves numbers alone; XLSX writes such text as a string cell, never as a formula.
#include <gtest/gtest.h>

#include <string>

#include "platform/export/table.hpp"
#include "platform/import/xlsx_reader.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::exports::Cell;
using kvalis::exports::Sheet;

const std::string kFormula = "=HYPERLINK(\"http://evil.example/x\",\"Klikni\")";

Sheet sheet_with_formulas() {
  Sheet s;
  s.name = "Test";
  s.header = {"Název", "=Sloupec", "Hodnota", "Počet"};
  s.rows.push_back({Cell(kFormula), Cell(std::string("-Metodik")), Cell(-12.5), Cell(-3LL)});
  s.rows.push_back({Cell(std::string("@SUM(A1:A9)")), Cell(std::string("+420 777")), Cell(0.25), Cell()});
  s.rows.push_back({Cell(std::string("Domov \"Na Hrádku\"")), Cell(std::string("a=b")), Cell(1500.0), Cell(7LL)});
  return s;
}

TEST(TableExport, CsvNeutralisesFormulaTextAndKeepsNumbers) {
  const std::string csv = kvalis::exports::to_csv(sheet_with_formulas(), ',', false);
  EXPECT_EQ(csv,
            "Název,\"'=Sloupec\",Hodnota,Počet\r\n"
            "\"'=HYPERLINK(\"\"http://evil.example/x\"\",\"\"Klikni\"\")\",\"'-Metodik\",-12.5,-3\r\n"
            "\"'@SUM(A1:A9)\",\"'+420 777\",0.25,\r\n"
            "\"Domov \"\"Na Hrádku\"\"\",a=b,1500,7\r\n");
}

TEST(TableExport, CsvWithSemicolonsKeepsDecimalCommaNumbersAsNumbers) {
  const std::string csv = kvalis::exports::to_csv(sheet_with_formulas(), ';', true);
  EXPECT_EQ(csv.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_NE(csv.find(";\"'-Metodik\";-12,5;-3\r\n"), std::string::npos) << csv;
}

TEST(TableExport, XlsxWritesFormulaTextAsAString) {
  const std::string xlsx = kvalis::exports::to_xlsx({sheet_with_formulas()});
  const auto read = kvalis::importers::read_first_sheet(xlsx);
  ASSERT_EQ(read.error, "");
  ASSERT_EQ(read.rows.size(), 4u);
  // A formula cell would read back as its cached value (none: libxlsxwriter stores 0), not as this text.
  EXPECT_EQ(read.rows[0].cells.at(1), "=Sloupec");
  EXPECT_EQ(read.rows[1].cells.at(0), kFormula);
  EXPECT_EQ(read.rows[1].cells.at(1), "-Metodik");
  EXPECT_EQ(read.rows[1].cells.at(2), "-12.5");
  EXPECT_EQ(read.rows[2].cells.at(0), "@SUM(A1:A9)");
}

// \t and \r of the data file as the characters.
std::string unescape(std::string s) {
  for (const auto& [from, to] : {std::pair<std::string, char>{"\\t", '\t'}, {"\\r", '\r'}})
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + 1)) s.replace(at, from.size(), 1, to);
  return s;
}

// Issue 15, item 7: every case of tests/data/platform/formula_injection.csv through both writers.
TEST(TableExport, FormulaInjectionTable) {
  const auto table = kvalis::testing::load_data_table("platform/formula_injection.csv");
  Sheet sheet;
  sheet.name = "Cases";
  sheet.header = {"text"};
  for (const auto& row : table.rows) {
    const std::string text = unescape(table.get(row, "text"));
    const std::string field = unescape(table.get(row, "csv_field"));
    Sheet one;
    one.header = {"h"};
    one.rows.push_back({Cell(text)});
    EXPECT_EQ(kvalis::exports::to_csv(one, ',', false), "h\r\n" + field + "\r\n") << table.get(row, "text");
    sheet.rows.push_back({Cell(text)});
  }
  const auto read = kvalis::importers::read_first_sheet(kvalis::exports::to_xlsx({sheet}));
  ASSERT_EQ(read.error, "");
  ASSERT_EQ(read.rows.size(), table.rows.size() + 1);
  // A string cell reads back as the text (a formula cell would read as its cached value). OOXML writes a
  // carriage return as _x000D_, which Excel shows as the character and the reader leaves as it is.
  for (std::size_t i = 0; i < table.rows.size(); ++i) {
    std::string cell = read.rows[i + 1].cells.at(0);
    if (cell.rfind("_x000D_", 0) == 0) cell.replace(0, 7, "\r");
    EXPECT_EQ(cell, unescape(table.get(table.rows[i], "text"))) << "row " << i + 1;
  }
}

}  // namespace
