#include "platform/core/csv.hpp"

#include <sstream>

namespace kvalis::csv {

ViewBuffer::ViewBuffer(std::string_view text) {
  // The get area only reads; std::streambuf wants non-const pointers.
  char* begin = const_cast<char*>(text.data());
  setg(begin, begin, begin + text.size());
}

ViewBuffer::pos_type ViewBuffer::seekoff(off_type off, std::ios_base::seekdir dir, std::ios_base::openmode which) {
  if (!(which & std::ios_base::in)) return pos_type(off_type(-1));
  const off_type size = egptr() - eback();
  off_type target = off;
  if (dir == std::ios_base::cur)
    target += gptr() - eback();
  else if (dir == std::ios_base::end)
    target += size;
  if (target < 0 || target > size) return pos_type(off_type(-1));
  setg(eback(), eback() + target, egptr());
  return pos_type(target);
}

ViewBuffer::pos_type ViewBuffer::seekpos(pos_type pos, std::ios_base::openmode which) {
  return seekoff(off_type(pos), std::ios_base::beg, which);
}

std::optional<Record> Reader::next() {
  Record rec;
  rec.line = line_;
  std::string field;
  bool in_quotes = false;
  bool any = false;
  bool field_was_quoted = false;
  int c;
  // A UTF-8 byte-order mark written by spreadsheet programs precedes the first record.
  if (line_ == 1 && in_.tellg() == std::streampos(0) && in_.peek() == 0xEF) {
    char bom[3] = {};
    in_.read(bom, 3);
    if (!(bom[0] == '\xEF' && bom[1] == '\xBB' && bom[2] == '\xBF')) {
      in_.clear();
      in_.seekg(0);
    }
  }
  while ((c = in_.get()) != std::char_traits<char>::eof()) {
    any = true;
    const char ch = static_cast<char>(c);
    if (in_quotes) {
      if (ch == '"') {
        if (in_.peek() == '"') {
          in_.get();
          field.push_back('"');
        } else {
          in_quotes = false;
        }
      } else {
        if (ch == '\n') ++line_;
        field.push_back(ch);
      }
      continue;
    }
    if (ch == '"' && field.empty() && !field_was_quoted) {
      in_quotes = true;
      field_was_quoted = true;
    } else if (ch == delimiter_) {
      rec.fields.push_back(std::move(field));
      field.clear();
      field_was_quoted = false;
    } else if (ch == '\r' && in_.peek() == '\n') {
      continue;
    } else if (ch == '\n') {
      ++line_;
      rec.fields.push_back(std::move(field));
      return rec;
    } else {
      field.push_back(ch);
    }
  }
  if (!any) return std::nullopt;
  if (in_quotes) {
    error_ = "unterminated quoted field starting on line " + std::to_string(rec.line);
    error_line_ = rec.line;
  }
  rec.fields.push_back(std::move(field));
  return rec;
}

std::vector<Record> parse_all(std::string_view text, std::string* error, long long* error_line) {
  ViewStream in(text);
  Reader reader(in);
  std::vector<Record> out;
  while (auto r = reader.next()) {
    // Skip blank lines (a single empty field), which spreadsheets leave at the end.
    if (r->fields.size() == 1 && r->fields[0].empty()) continue;
    out.push_back(std::move(*r));
  }
  if (error) *error = reader.error();
  if (error_line) *error_line = reader.error_line();
  return out;
}

Header::Header(const std::vector<std::string>& names) : names_(names) {
  // Tolerate a UTF-8 byte-order mark written by spreadsheet programs.
  if (!names_.empty() && names_[0].rfind("\xEF\xBB\xBF", 0) == 0) names_[0].erase(0, 3);
}

std::optional<std::size_t> Header::find(std::string_view name) const {
  for (std::size_t i = 0; i < names_.size(); ++i)
    if (names_[i] == name) return i;
  return std::nullopt;
}

std::string_view Header::get(const Record& r, std::string_view name) const {
  auto i = find(name);
  if (!i || *i >= r.fields.size()) return {};
  return r.fields[*i];
}

std::string escape(std::string_view field, char delimiter) {
  const bool quote = field.find_first_of(std::string{'"', '\n', '\r', delimiter}) != std::string_view::npos;
  if (!quote) return std::string(field);
  std::string out = "\"";
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

bool looks_like_formula(std::string_view field) {
  if (field.empty()) return false;
  const char c = field.front();
  return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
}

std::string escape_text(std::string_view field, char delimiter) {
  if (!looks_like_formula(field)) return escape(field, delimiter);
  std::string out = "\"'";
  for (char c : field) {
    if (c == '"') out.push_back('"');
    out.push_back(c);
  }
  out.push_back('"');
  return out;
}

std::string_view strip_formula_guard(std::string_view field) {
  if (field.size() >= 2 && field.front() == '\'' && looks_like_formula(field.substr(1))) field.remove_prefix(1);
  return field;
}

void write_row(std::ostream& out, const std::vector<std::string>& fields, char delimiter) {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i) out.put(delimiter);
    out << escape(fields[i], delimiter);
  }
  out << "\r\n";
}

}  // namespace kvalis::csv
