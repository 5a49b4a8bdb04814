#include "core/common/text.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace kvalis {
namespace {

// Two-byte UTF-8 sequences (U+00C0–U+017F) mapped to their base letter.
char fold(unsigned cp) {
  static constexpr std::array<std::pair<unsigned, char>, 62> kMap = {{
      {0xC1, 'a'}, {0xE1, 'a'}, {0xC4, 'a'}, {0xE4, 'a'}, {0xC9, 'e'}, {0xE9, 'e'}, {0xCB, 'e'}, {0xEB, 'e'},
      {0xCD, 'i'}, {0xED, 'i'}, {0xD3, 'o'}, {0xF3, 'o'}, {0xD4, 'o'}, {0xF4, 'o'}, {0xD6, 'o'}, {0xF6, 'o'},
      {0xDA, 'u'}, {0xFA, 'u'}, {0xDC, 'u'}, {0xFC, 'u'}, {0xDD, 'y'}, {0xFD, 'y'}, {0xC0, 'a'}, {0xE0, 'a'},
      {0xC8, 'e'}, {0xE8, 'e'}, {0xDF, 's'}, {0x10C, 'c'}, {0x10D, 'c'}, {0x10E, 'd'}, {0x10F, 'd'},
      {0x11A, 'e'}, {0x11B, 'e'}, {0x147, 'n'}, {0x148, 'n'}, {0x158, 'r'}, {0x159, 'r'}, {0x160, 's'},
      {0x161, 's'}, {0x164, 't'}, {0x165, 't'}, {0x16E, 'u'}, {0x16F, 'u'}, {0x17D, 'z'}, {0x17E, 'z'},
      {0x139, 'l'}, {0x13A, 'l'}, {0x13D, 'l'}, {0x13E, 'l'}, {0x154, 'r'}, {0x155, 'r'}, {0x141, 'l'},
      {0x142, 'l'}, {0x150, 'o'}, {0x151, 'o'}, {0x170, 'u'}, {0x171, 'u'}, {0x15A, 's'}, {0x15B, 's'},
      {0x179, 'z'}, {0x17A, 'z'}, {0x17B, 'z'},
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
      if (char base = fold(cp)) out.push_back(base);
      else out.append(text.substr(i, 2));
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

}  // namespace kvalis
