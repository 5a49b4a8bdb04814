#pragma once
// Test data files under tests/data (KVALIS_TEST_DATA): whole files, and tables — CSV with a header line
// where a record whose first field starts with '#' is a comment.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "platform/core/csv.hpp"

namespace kvalis::testing {

inline std::string data_path(const std::string& relative) { return std::string(KVALIS_TEST_DATA) + "/" + relative; }

inline std::string read_data_file(const std::string& relative) {
  std::ifstream in(data_path(relative), std::ios::binary);
  EXPECT_TRUE(in) << relative;
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

struct Table {
  std::vector<std::string> header;
  std::vector<csv::Record> rows;
  // The row's value in a column; a missing column fails the test.
  std::string get(const csv::Record& row, const std::string& column) const {
    for (std::size_t i = 0; i < header.size(); ++i)
      if (header[i] == column) return i < row.fields.size() ? row.fields[i] : std::string();
    ADD_FAILURE() << "no column " << column;
    return {};
  }
};

inline Table load_data_table(const std::string& relative) {
  Table table;
  for (auto& record : csv::parse_all(read_data_file(relative))) {
    if (!record.fields.empty() && record.fields[0].rfind('#', 0) == 0) continue;
    if (table.header.empty())
      table.header = record.fields;
    else
      table.rows.push_back(std::move(record));
  }
  EXPECT_FALSE(table.rows.empty()) << relative << " has no rows";
  return table;
}

}  // namespace kvalis::testing
