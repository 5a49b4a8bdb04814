#pragma once
// Small readers for the planning core tables (tests/data/planning/): lists written "a;b;c", optional
// numbers (empty = none) and yes/no.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace kvalis::testing::planning_tables {

inline std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find(separator, start);
    out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  return out;
}

inline std::vector<double> numbers(const std::string& text) {
  std::vector<double> out;
  for (const auto& part : split(text, ';')) out.push_back(std::stod(part));
  return out;
}

inline std::optional<double> optional_number(const std::string& text) {
  if (text.empty()) return std::nullopt;
  return std::stod(text);
}

inline bool yes(const std::string& text) {
  EXPECT_TRUE(text == "yes" || text == "no") << "expected yes/no, got '" << text << "'";
  return text == "yes";
}

// Equal within 1e-9 (relative to the size of the value), or both none.
inline void expect_near_optional(std::optional<double> actual, std::optional<double> expected,
                                 const std::string& what) {
  ASSERT_EQ(actual.has_value(), expected.has_value()) << what;
  if (expected) {
    EXPECT_NEAR(*actual, *expected, 1e-9 * std::max(1.0, std::abs(*expected))) << what;
  }
}

}  // namespace kvalis::testing::planning_tables
