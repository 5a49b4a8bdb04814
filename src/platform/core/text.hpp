#pragma once
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis {

// Lower-case ASCII form of UTF-8 text with Czech (and other Latin-1/Latin Extended-A) diacritics removed,
// used for search that ignores case and diacritics the same way on SQLite and PostgreSQL.
std::string search_key(std::string_view text);

// ";a;b;" (or "a;b") → {"a", "b"}: the delimited code lists stored in text columns.
std::vector<std::string> split_codes(const std::string& joined);
// {"a", "b"} → ";a;b;" ("" for none): the form split_codes reads and LIKE '%;a;%' matches exactly.
std::string join_codes(const std::vector<std::string>& codes);

// The settings written as "key=value; key=value" (pass rules, team rules, weights, stored levels).
struct KeyValue {
  std::string key;
  std::string value;
};
// Parts split at the separator, keys and values trimmed, blank parts skipped; a part without '=' is a key
// with an empty value (its reader decides whether that is an error).
std::vector<KeyValue> parse_key_values(std::string_view text, char separator = ';');
// A number as people write it: decimal point or comma, surrounding spaces; nullopt for anything else
// (also inf and nan).
std::optional<double> parse_number(std::string_view text);
// "key=number; …": every value must be a number; an error (field.type_number) names the first key whose
// value is not, and a part without '=' is an error too. Nothing is dropped silently.
Result<std::vector<std::pair<std::string, double>>> parse_key_numbers(std::string_view text, char separator = ';');

// Without leading and trailing spaces, tabs and line breaks.
std::string trim(std::string_view text);

// The text with every byte that does not start or continue a valid UTF-8 sequence (also overlong forms,
// surrogates and code points past U+10FFFF) replaced by U+FFFD. Valid text is returned unchanged.
std::string to_valid_utf8(std::string_view text);
bool is_valid_utf8(std::string_view text);

// At most max bytes of the text, cut before a UTF-8 sequence and ended with "…" when cut: a quote of
// what was sent, in a message.
std::string shorten(std::string_view text, std::size_t max);

// The first character a name, title or file name must not hold: NUL and the other C0 controls (tab and
// line breaks only where multi_line), DEL, and the bidirectional embedding, override and isolate marks
// U+202A–U+202E and U+2066–U+2069 that make text display differently from what it is. Answers the code
// point, or nullopt when the text is clean.
std::optional<char32_t> forbidden_character(std::string_view text, bool multi_line);

// IČO (identification number of a legal person): 8 digits with a mod-11 check digit.
bool is_valid_ico(std::string_view ico);

}  // namespace kvalis
