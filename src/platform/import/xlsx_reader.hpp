#pragma once
// A minimal reader of the first worksheet of an Excel .xlsx file (Office Open XML): the zip central
// directory, entries inflated with zlib, shared strings and the cells of xl/worksheets/sheet1.xml.
// Enough for uploading a two-column sheet of values; formulas give their cached value, styles, dates
// and other sheets are ignored.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvalis::importers {

struct XlsxRow {
  long long number = 0;            // the spreadsheet's 1-based row number
  std::vector<std::string> cells;  // column A, B, … (empty text for an empty cell)
};

struct XlsxSheet {
  std::vector<XlsxRow> rows;  // rows that have at least one cell, in order
  std::string error;          // empty when the file was read
};

// True when the bytes start like a zip archive (an .xlsx file is one).
bool looks_like_zip(std::string_view bytes);

// Reads the first worksheet row by row: on_row gets each row that has at least one cell, in order, and
// no row is kept after it returns. Answers the error (empty when the file was read). Limits protect
// against zip bombs: at most max_unpacked bytes per entry.
std::string for_each_row(std::string_view bytes, const std::function<void(XlsxRow&&)>& on_row,
                         std::size_t max_unpacked = 32 * 1024 * 1024);

// Reads the first worksheet into memory. Limits protect against zip bombs: at most max_unpacked bytes per entry.
XlsxSheet read_first_sheet(std::string_view bytes, std::size_t max_unpacked = 32 * 1024 * 1024);

}  // namespace kvalis::importers
