#pragma once
#include <string>
#include <string_view>

namespace kvalis {

// Lower-case ASCII form of UTF-8 text with Czech (and other Latin-1/Latin Extended-A) diacritics removed,
// used for search that ignores case and diacritics the same way on SQLite and PostgreSQL.
std::string search_key(std::string_view text);

// IČO (identification number of a legal person): 8 digits with a mod-11 check digit.
bool is_valid_ico(std::string_view ico);

}  // namespace kvalis
