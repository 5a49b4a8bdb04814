// The project's catalogues agree with the MPSV registry's own code lists (shared/registry/codelists/):
// every registry code is in the project and every project code is in the registry, with the same Czech
// name. Skipped when the code lists are not beside the repository.
#include <gtest/gtest.h>

#include <cstdint>
#include <filesystem>
#include <fstream>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/catalogue.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kCodelists = fs::path(KVALIS_SHARED_DIR) / "registry" / "codelists";
const fs::path kCatalogues = fs::path(KVALIS_SOURCE_DIR) / "catalogues";

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  EXPECT_TRUE(in.good()) << "cannot open " << p;
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// A tiny purpose-written reader of the code-list JSON: it walks the tokens and pairs each "kod" with
// the next "nazev" (both strings). Enough for these files; not a JSON parser.
class CodelistScanner {
 public:
  explicit CodelistScanner(std::string_view text) : s_(text) {}

  std::map<std::string, std::string> pairs() {
    std::map<std::string, std::string> out;
    std::optional<std::string> kod;
    while (pos_ < s_.size()) {
      const char c = s_[pos_];
      if (c != '"') {
        ++pos_;
        continue;
      }
      std::string token = read_string();
      skip_space();
      if (pos_ >= s_.size() || s_[pos_] != ':') continue;  // a value, not a key
      ++pos_;
      skip_space();
      if (token == "kod" || token == "nazev") {
        if (pos_ >= s_.size() || s_[pos_] != '"') continue;  // null or a number: not a pair
        std::string value = read_string();
        if (token == "kod") {
          kod = value;
        } else if (kod) {
          if (!out.emplace(*kod, value).second) duplicates_.push_back(*kod);
          kod.reset();
        }
      } else if (token == "pocet") {
        std::size_t end = pos_;
        while (end < s_.size() && s_[end] >= '0' && s_[end] <= '9') ++end;
        if (end > pos_) declared_count_ = std::stoi(std::string(s_.substr(pos_, end - pos_)));
      }
    }
    return out;
  }
  std::optional<int> declared_count() const { return declared_count_; }
  const std::vector<std::string>& duplicates() const { return duplicates_; }
  const std::string& error() const { return error_; }

 private:
  void skip_space() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\t' || s_[pos_] == '\n' || s_[pos_] == '\r')) ++pos_;
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out.push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out.push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out.push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out.push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out.push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }

  std::optional<std::uint32_t> hex4() {
    if (pos_ + 4 > s_.size()) return std::nullopt;
    std::uint32_t v = 0;
    for (int i = 0; i < 4; ++i) {
      const char h = s_[pos_++];
      v <<= 4;
      if (h >= '0' && h <= '9')
        v |= static_cast<std::uint32_t>(h - '0');
      else if (h >= 'a' && h <= 'f')
        v |= static_cast<std::uint32_t>(h - 'a' + 10);
      else if (h >= 'A' && h <= 'F')
        v |= static_cast<std::uint32_t>(h - 'A' + 10);
      else
        return std::nullopt;
    }
    return v;
  }

  // Reads a string starting at the opening quote; leaves pos_ after the closing quote.
  std::string read_string() {
    std::string out;
    ++pos_;
    while (pos_ < s_.size()) {
      const char c = s_[pos_++];
      if (c == '"') return out;
      if (c != '\\') {
        out.push_back(c);
        continue;
      }
      if (pos_ >= s_.size()) break;
      const char e = s_[pos_++];
      switch (e) {
        case 'n':
          out.push_back('\n');
          break;
        case 't':
          out.push_back('\t');
          break;
        case 'r':
          out.push_back('\r');
          break;
        case 'b':
          out.push_back('\b');
          break;
        case 'f':
          out.push_back('\f');
          break;
        case 'u': {
          auto cp = hex4();
          if (!cp) {
            error_ = "bad \\u escape";
            return out;
          }
          if (*cp >= 0xD800 && *cp <= 0xDBFF && pos_ + 1 < s_.size() && s_[pos_] == '\\' && s_[pos_ + 1] == 'u') {
            pos_ += 2;
            auto low = hex4();
            if (low && *low >= 0xDC00 && *low <= 0xDFFF)
              cp = 0x10000 + ((*cp - 0xD800) << 10) + (*low - 0xDC00);
            else
              error_ = "lone surrogate";
          }
          append_utf8(out, *cp);
          break;
        }
        default:
          out.push_back(e);  // \" \\ \/
      }
    }
    error_ = "unterminated string";
    return out;
  }

  std::string_view s_;
  std::size_t pos_ = 0;
  std::optional<int> declared_count_;
  std::vector<std::string> duplicates_;
  std::string error_;
};

TEST(CatalogueCodelists, ScannerHandlesEscapesAndBothLayouts) {
  CodelistScanner object(R"({"pocet": 2, "seznam": [
      {"id": 1, "kod": "1", "nazev": "odborn\u00e9 soci\u00e1ln\u00ed poradenstv\u00ed", "platnostDo": null},
      {"kod": "x\"y", "ciselnik": "kod", "nazev": "a\\b \ud83d\ude00 \/"}]})");
  auto pairs = object.pairs();
  EXPECT_EQ(object.error(), "");
  EXPECT_EQ(object.declared_count(), 2);
  ASSERT_EQ(pairs.size(), 2u);
  EXPECT_EQ(pairs["1"], "odborné sociální poradenství");
  EXPECT_EQ(pairs["x\"y"], "a\\b \xF0\x9F\x98\x80 /");

  CodelistScanner array(R"([{"id": 86, "kod": "86", "nazev": "Královéhradecký kraj", "platnostOd": "2025-05-19"}])");
  pairs = array.pairs();
  EXPECT_FALSE(array.declared_count());
  ASSERT_EQ(pairs.size(), 1u);
  EXPECT_EQ(pairs["86"], "Královéhradecký kraj");
}

struct CodelistCase {
  const char* json_file;
  const char* catalogue;
  const char* name_attribute;  // empty: compare with name_cs
};

TEST(CatalogueCodelists, ProjectCataloguesMatchTheRegistry) {
  if (!fs::is_directory(kCodelists)) GTEST_SKIP() << "no registry code lists at " << kCodelists;
  const CodelistCase cases[] = {
      {"druh_socialni_sluzby_data.json", "service_kinds", "registry_name"},
      {"cilova_skupina_osoby_data.json", "target_groups", ""},
      {"vekova_skupina_osoby_data.json", "age_groups", ""},
      {"forma_soc_sluzby_data.json", "service_forms", ""},
      {"typ_kapacity_data.json", "capacity_types", ""},
      {"kraje_data.json", "regions", ""},
      {"forma_pravni_data.json", "legal_forms", ""},
  };
  for (const auto& c : cases) {
    SCOPED_TRACE(std::string(c.catalogue) + " vs " + c.json_file);
    const std::string json = read_file(kCodelists / c.json_file);  // the scanner keeps a view: keep the text alive
    CodelistScanner scanner(json);
    const auto registry = scanner.pairs();
    EXPECT_EQ(scanner.error(), "");
    EXPECT_TRUE(scanner.duplicates().empty());
    ASSERT_FALSE(registry.empty());
    if (scanner.declared_count()) {
      EXPECT_EQ(static_cast<std::size_t>(*scanner.declared_count()), registry.size());
    }

    std::vector<kvalis::catalogue::Problem> problems;
    auto items = kvalis::catalogue::parse_catalogue(
        c.catalogue, read_file(kCatalogues / (std::string(c.catalogue) + ".csv")), problems);
    EXPECT_TRUE(problems.empty());
    // The row in force (no valid_to) of each code; older versions may exist.
    std::map<std::string, std::string> project;
    for (const auto& item : items)
      if (item.valid_to.empty())
        project[item.code] = *c.name_attribute ? item.attribute(c.name_attribute) : item.name_cs;

    for (const auto& [code, name] : registry) {
      auto it = project.find(code);
      if (it == project.end()) {
        ADD_FAILURE() << "registry code " << code << " (" << name << ") is missing from the project";
        continue;
      }
      EXPECT_EQ(it->second, name) << "code " << code;
    }
    for (const auto& [code, name] : project)
      EXPECT_TRUE(registry.count(code)) << "project code " << code << " (" << name << ") is not in the registry";
  }
}

}  // namespace
