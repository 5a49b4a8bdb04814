#include "platform/core/text.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <cstdlib>
#include <utility>

namespace kvalis {
namespace {

// Two-byte UTF-8 sequences (U+00C0–U+017F) mapped to their base letter.
char fold(unsigned cp) {
  static constexpr std::array<std::pair<unsigned, char>, 62> kMap = {{
      {0xC1, 'a'},  {0xE1, 'a'},  {0xC4, 'a'},  {0xE4, 'a'},  {0xC9, 'e'},  {0xE9, 'e'},  {0xCB, 'e'},  {0xEB, 'e'},
      {0xCD, 'i'},  {0xED, 'i'},  {0xD3, 'o'},  {0xF3, 'o'},  {0xD4, 'o'},  {0xF4, 'o'},  {0xD6, 'o'},  {0xF6, 'o'},
      {0xDA, 'u'},  {0xFA, 'u'},  {0xDC, 'u'},  {0xFC, 'u'},  {0xDD, 'y'},  {0xFD, 'y'},  {0xC0, 'a'},  {0xE0, 'a'},
      {0xC8, 'e'},  {0xE8, 'e'},  {0xDF, 's'},  {0x10C, 'c'}, {0x10D, 'c'}, {0x10E, 'd'}, {0x10F, 'd'}, {0x11A, 'e'},
      {0x11B, 'e'}, {0x147, 'n'}, {0x148, 'n'}, {0x158, 'r'}, {0x159, 'r'}, {0x160, 's'}, {0x161, 's'}, {0x164, 't'},
      {0x165, 't'}, {0x16E, 'u'}, {0x16F, 'u'}, {0x17D, 'z'}, {0x17E, 'z'}, {0x139, 'l'}, {0x13A, 'l'}, {0x13D, 'l'},
      {0x13E, 'l'}, {0x154, 'r'}, {0x155, 'r'}, {0x141, 'l'}, {0x142, 'l'}, {0x150, 'o'}, {0x151, 'o'}, {0x170, 'u'},
      {0x171, 'u'}, {0x15A, 's'}, {0x15B, 's'}, {0x179, 'z'}, {0x17A, 'z'}, {0x17B, 'z'},
  }};
  for (const auto& [c, base] : kMap)
    if (c == cp) return base;
  return 0;
}

}  // namespace

std::string search_key(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0x80) {
      out.push_back(static_cast<char>(std::tolower(c)));
    } else if ((c & 0xE0) == 0xC0 && i + 1 < text.size()) {
      const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(text[i + 1]) & 0x3Fu);
      if (char base = fold(cp))
        out.push_back(base);
      else
        out.append(text.substr(i, 2));
      ++i;
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

std::vector<std::string> split_codes(const std::string& joined) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < joined.size()) {
    auto end = joined.find(';', start);
    if (end == std::string::npos) end = joined.size();
    if (end > start) out.push_back(joined.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

bool is_valid_ico(std::string_view ico) {
  if (ico.size() != 8) return false;
  int sum = 0;
  for (std::size_t i = 0; i < 8; ++i) {
    if (ico[i] < '0' || ico[i] > '9') return false;
    if (i < 7) sum += (ico[i] - '0') * static_cast<int>(8 - i);
  }
  const int rest = sum % 11;
  const int check = rest == 0 ? 1 : (rest == 1 ? 0 : 11 - rest);
  return ico[7] - '0' == check;
}

std::string trim(std::string_view s) {
  const auto first = s.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) return {};
  const auto last = s.find_last_not_of(" \t\r\n");
  return std::string(s.substr(first, last - first + 1));
}

std::string join_codes(const std::vector<std::string>& codes) {
  if (codes.empty()) return {};
  std::string out = ";";
  for (const auto& c : codes) out += c + ";";
  return out;
}

namespace {

// Length of the valid UTF-8 sequence at text[i] with its code point, or 0 when none starts there.
std::size_t utf8_sequence(std::string_view text, std::size_t i, char32_t& cp) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char c = byte(i);
  if (c < 0x80) {
    cp = c;
    return 1;
  }
  std::size_t n = 0;
  char32_t min = 0;
  if ((c & 0xE0) == 0xC0)
    n = 2, cp = c & 0x1Fu, min = 0x80;
  else if ((c & 0xF0) == 0xE0)
    n = 3, cp = c & 0x0Fu, min = 0x800;
  else if ((c & 0xF8) == 0xF0)
    n = 4, cp = c & 0x07u, min = 0x10000;
  else
    return 0;
  if (i + n > text.size()) return 0;
  for (std::size_t k = 1; k < n; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (byte(i + k) & 0x3Fu);
  }
  if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  char32_t cp = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence(text, i, cp);
    if (!n) return false;
    i += n;
  }
  return true;
}

std::string to_valid_utf8(std::string_view text) {
  if (is_valid_utf8(text)) return std::string(text);
  std::string out;
  out.reserve(text.size() + 16);
  char32_t cp = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence(text, i, cp);
    if (n) {
      out.append(text.substr(i, n));
      i += n;
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD for each byte that starts no valid sequence
      ++i;
    }
  }
  return out;
}

std::string shorten(std::string_view text, std::size_t max) {
  if (text.size() <= max) return std::string(text);
  std::size_t end = max;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return std::string(text.substr(0, end)) + "\u2026";
}

std::optional<char32_t> forbidden_character(std::string_view text, bool multi_line) {
  char32_t cp = 0;
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t n = utf8_sequence(text, i, cp);
    if (!n) return 0xFFFD;  // not UTF-8 at all
    i += n;
    if (cp < 0x20 || cp == 0x7F) {
      if (multi_line && (cp == '\t' || cp == '\n' || cp == '\r')) continue;
      return cp;
    }
    if ((cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069)) return cp;
  }
  return std::nullopt;
}

std::vector<KeyValue> parse_key_values(std::string_view text, char separator) {
  std::vector<KeyValue> out;
  std::size_t pos = 0;
  while (pos <= text.size()) {
    const auto end = std::min(text.find(separator, pos), text.size());
    const std::string_view part = text.substr(pos, end - pos);
    pos = end + 1;
    if (trim(part).empty()) continue;
    const auto eq = part.find('=');
    out.push_back({trim(part.substr(0, eq)), eq == std::string_view::npos ? std::string() : trim(part.substr(eq + 1))});
  }
  return out;
}

std::optional<double> parse_number(std::string_view raw) {
  std::string text = trim(raw);
  if (text.empty()) return std::nullopt;
  std::replace(text.begin(), text.end(), ',', '.');
  char* end = nullptr;
  const double v = std::strtod(text.c_str(), &end);
  if (end != text.c_str() + text.size() || !std::isfinite(v)) return std::nullopt;
  return v;
}

Result<std::vector<std::pair<std::string, double>>> parse_key_numbers(std::string_view text, char separator) {
  std::vector<std::pair<std::string, double>> out;
  for (const auto& kv : parse_key_values(text, separator)) {
    const auto number = parse_number(kv.value);
    if (!number) return invalid(kv.key, "field.type_number", {{"field", kv.key}, {"value", kv.value}});
    out.emplace_back(kv.key, *number);
  }
  return out;
}

}  // namespace kvalis
