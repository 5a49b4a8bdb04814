#pragma once
// DEA on a CSV file: the core of `kvalis dea --input FILE.csv --model ccr|bcc --orientation input|output`.
//
// Input: a header with a `dmu` column and columns `in_<name>` (inputs) and `out_<name>` (outputs); other
// columns are ignored. RFC 4180 quoting and CRLF are accepted; a header with more ';' than ',' (a Czech
// spreadsheet export) switches to ';' as the separator and accepts a decimal comma.
// Output: `dmu,efficiency,peers,slack_in_<name>...,slack_out_<name>...`, peers as `A:0.5;C:0.25`, numbers
// with up to 10 significant digits, one line per DMU in input order.
#include <cstddef>
#include <istream>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "benchmark/core/dea.hpp"

namespace kvalis::benchmark {

struct DeaCsvIssue {
  long long line = 0;   // 1-based line in the file; 0 when the problem is not tied to a line
  std::string column;   // column name where applicable
  std::string message;  // English sentence starting with "line N" where there is a line
};

struct DeaCsvTable {
  DeaData data;
  std::vector<long long> dmu_lines;  // line of each DMU's row, for messages
};

// Reads and checks the whole file; reports every bad row (up to kMaxDeaIssues), not only the first.
std::variant<DeaCsvTable, std::vector<DeaCsvIssue>> read_dea_csv(std::istream& in);

// Writes the result table described above.
void write_dea_csv(const DeaData& data, const DeaResult& result, std::ostream& out);

// Up to 10 significant digits, no trailing zeros, "0" for anything that rounds to zero.
std::string format_dea_number(double value);

// Command-line spellings: "ccr" | "bcc" and "input" | "output" (case-insensitive); nullopt otherwise.
std::optional<ReturnsToScale> parse_dea_model(std::string_view text);
std::optional<Orientation> parse_dea_orientation(std::string_view text);

struct DeaCsvOutcome {
  std::vector<DeaCsvIssue> issues;    // non-empty: nothing was written
  std::vector<std::string> warnings;  // e.g. DMUs without a score
  std::size_t dmu_count = 0;
  bool ok() const { return issues.empty(); }
};

// Reads `in`, runs DEA with `options` (its progress callback included) and writes the table to `out`.
DeaCsvOutcome run_dea_csv(std::istream& in, const DeaOptions& options, std::ostream& out);

}  // namespace kvalis::benchmark
