#pragma once
#include <string>
#include <string_view>
#include <vector>

namespace kvalis {

// Lower-case ASCII form of UTF-8 text with Czech (and other Latin-1/Latin Extended-A) diacritics removed,
// used for search that ignores case and diacritics the same way on SQLite and PostgreSQL.
std::string search_key(std::string_view text);

// ";a;b;" (or "a;b") → {"a", "b"}: the delimited code lists stored in text columns.
std::vector<std::string> split_codes(const std::string& joined);
// {"a", "b"} → ";a;b;" ("" for none): the form split_codes reads and LIKE '%;a;%' matches exactly.
std::string join_codes(const std::vector<std::string>& codes);

// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view text);

// IČO (identification number of a legal person): 8 digits with a mod-11 check digit.
bool is_valid_ico(std::string_view ico);

}  // namespace kvalis
