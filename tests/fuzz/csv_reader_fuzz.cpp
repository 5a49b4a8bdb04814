// The CSV reader (platform/core/csv): every upload and catalogue goes through it. Besides "no crash", two
// properties: a record written back with write_row reads again as the same fields, and a text field
// neutralised with escape_text (formula injection) reads back to itself after strip_formula_guard.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>

#include "fuzz_support.hpp"
#include "platform/core/csv.hpp"

using namespace kvalis;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  // The first byte picks the delimiter (uploads use ',' and ';').
  const char delimiter = (data[0] & 1) ? ';' : ',';
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  std::string error;
  long long error_line = 0;
  const auto records = csv::parse_all(text, &error, &error_line);
  fuzz::check(error.empty() == (error_line == 0), "an error has a line");

  csv::ViewStream in(text);
  csv::Reader reader(in, delimiter);
  long long last_line = 0;
  int count = 0;
  while (auto rec = reader.next()) {
    fuzz::check(rec->line > last_line, "records start on increasing lines");
    fuzz::check(!rec->fields.empty(), "a record has a field");
    last_line = rec->line;
    if (++count > 64) continue;  // the properties below on the first records (the reading on all)
    if (rec->fields.size() == 1 && rec->fields[0].empty()) continue;  // a blank line: skipped by parse_all
    if (rec->fields[0].rfind("\xEF\xBB\xBF", 0) == 0) continue;       // a leading BOM is dropped on reading
    std::ostringstream out;
    csv::write_row(out, rec->fields, delimiter);
    const std::string written = out.str();
    csv::ViewStream again_in(written);
    csv::Reader again(again_in, delimiter);
    auto back = again.next();
    fuzz::check(back && back->fields == rec->fields, "write_row then read gives the same fields");
    fuzz::check(again.error().empty(), "a written row reads without error");

    const std::string& field = rec->fields[0];
    const bool ambiguous = field.size() >= 2 && field[0] == '\'' && csv::looks_like_formula(field.substr(1));
    if (!ambiguous) {
      const std::string line = csv::escape_text(field, delimiter) + "\n";
      csv::ViewStream line_in(line);
      csv::Reader line_reader(line_in, delimiter);
      auto parsed = line_reader.next();
      fuzz::check(parsed && parsed->fields.size() == 1 && csv::strip_formula_guard(parsed->fields[0]) == field,
                  "escape_text then read and strip_formula_guard gives the field");
    }
  }
  if (!records.empty()) {
    csv::Header header(records[0].fields);
    for (const auto& name : header.names()) (void)header.get(records.back(), name);
  }
  return 0;
}
