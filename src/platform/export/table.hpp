#pragma once
// A plain table (sheet) of typed cells, written to Excel (libxlsxwriter) or CSV. Exports build tables;
// the writers know nothing about benchmarking.
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kvalis::exports {

using Cell = std::variant<std::monostate, double, long long, std::string>;

inline Cell cell(const std::optional<double>& v) { return v ? Cell(*v) : Cell(); }
inline Cell cell(const std::optional<long long>& v) { return v ? Cell(*v) : Cell(); }
inline Cell cell(std::string v) { return Cell(std::move(v)); }

struct Sheet {
  std::string name;                // at most 31 characters, no []:*?/\ (Excel's rule)
  std::vector<std::string> notes;  // lines written above the header (title, method)
  std::vector<std::string> header;
  std::vector<std::vector<Cell>> rows;
  std::vector<double> widths;  // column widths in characters; empty = automatic
};

// The bytes of an .xlsx workbook with one worksheet per sheet (header bold and frozen, autofilter).
// Throws std::runtime_error when the workbook cannot be written (temporary directory not writable).
std::string to_xlsx(const std::vector<Sheet>& sheets);

// RFC 4180 CSV of the header and rows (notes are not written), UTF-8 with a byte-order mark so that
// Excel recognises the encoding. delimiter ';' writes decimal commas (Czech spreadsheets).
std::string to_csv(const Sheet& sheet, char delimiter = ',', bool byte_order_mark = true);

// Numbers as CSV shows them: shortest text that reads back to the same double.
std::string format_number(double value, bool decimal_comma = false);
// The same appended to `out` (a long CSV written without a string per number).
void append_number(std::string& out, double value);

inline constexpr const char* kXlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
inline constexpr const char* kCsvContentType = "text/csv; charset=utf-8";

// Content-Disposition for a download; a name beyond letters, digits, '.', '-' and '_' also goes as UTF-8.
std::string attachment(const std::string& filename);

}  // namespace kvalis::exports
