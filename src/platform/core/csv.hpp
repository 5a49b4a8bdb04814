#pragma once
// RFC 4180 CSV reading (quoted fields, doubled quotes, CRLF, embedded newlines) with line numbers,
// and CSV writing. Used by catalogues, imports and exports.
#include <istream>
#include <optional>
#include <ostream>
#include <streambuf>
#include <string>
#include <string_view>
#include <vector>

namespace kvalis::csv {

// An input stream reading text in place (no copy), for parsing a request body with Reader.
class ViewBuffer : public std::streambuf {
 public:
  explicit ViewBuffer(std::string_view text);

 protected:
  pos_type seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode which) override;
  pos_type seekpos(pos_type pos, std::ios_base::openmode which) override;
};

class ViewStream : public std::istream {
 public:
  explicit ViewStream(std::string_view text) : std::istream(nullptr), buffer_(text) { rdbuf(&buffer_); }

 private:
  ViewBuffer buffer_;
};

struct Record {
  std::vector<std::string> fields;
  long long line = 0;  // 1-based line where the record starts
};

class Reader {
 public:
  explicit Reader(std::istream& in, char delimiter = ',') : in_(in), delimiter_(delimiter) {}
  // Next record, or nullopt at end of input. A quote left open at end of input sets error().
  std::optional<Record> next();
  const std::string& error() const { return error_; }
  long long error_line() const { return error_line_; }

 private:
  std::istream& in_;
  char delimiter_;
  long long line_ = 1;
  std::string error_;
  long long error_line_ = 0;
};

std::vector<Record> parse_all(std::string_view text, std::string* error = nullptr, long long* error_line = nullptr);

// A header row mapped to column positions.
class Header {
 public:
  explicit Header(const std::vector<std::string>& names);
  std::optional<std::size_t> find(std::string_view name) const;
  const std::vector<std::string>& names() const { return names_; }
  // Field by column name, empty when the column or the cell is absent.
  std::string_view get(const Record& r, std::string_view name) const;

 private:
  std::vector<std::string> names_;
};

std::string escape(std::string_view field, char delimiter = ',');

// CSV injection (OWASP): a spreadsheet reads a field that begins with = + - @, a tab or a carriage return
// as a formula. A text field of an export is neutralised: it gets a leading apostrophe and is quoted.
// Numbers are not text fields (a negative number stays a number).
bool looks_like_formula(std::string_view field);
std::string escape_text(std::string_view field, char delimiter = ',');
// The field without the apostrophe escape_text put before a formula character, for reading an exported
// file back (an exported set imported again).
std::string_view strip_formula_guard(std::string_view field);
void write_row(std::ostream& out, const std::vector<std::string>& fields, char delimiter = ',');

}  // namespace kvalis::csv
