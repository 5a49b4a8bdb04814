#pragma once
// The education requirement of a CSV file of workers: the core of
// `kvalis training requirement --input FILE.csv --year YYYY`.
//
// Input: a header row with the columns
//   worker,category,employment_start,employment_end,probation_end,absences,in_house_hours,course_hours
// (in any order; other columns are ignored; RFC 4180 quoting, CRLF and a UTF-8 byte-order mark accepted),
// then one row per worker: category social_worker | social_services_worker | ospod | other; dates
// YYYY-MM-DD, empty when none; absences as YYYY-MM-DD..YYYY-MM-DD ranges separated by ';'; hours as
// decimals, empty = 0 (OSPOD course time in hours, 8 hours a working day).
// Output: `worker,required_hours,counted_hours,shortfall_hours`, one line per worker in input order, hours
// as the shortest exact decimal (format_hours).
#include <cstddef>
#include <istream>
#include <ostream>
#include <string>
#include <vector>

#include "people/core/requirement.hpp"
#include "platform/core/messages.hpp"

namespace kvalis::people {

struct RequirementCsvIssue {
  long long line = 0;   // 1-based line in the file; 0 when the problem is not tied to a line
  std::string field;    // the column
  std::string message;  // "line N: Field 'x': …" in the language asked for
};

// At most this many issues are reported (every bad cell of a long file would drown the first ones).
constexpr std::size_t kMaxRequirementIssues = 50;

struct RequirementCsvOutcome {
  std::vector<RequirementCsvIssue> issues;  // non-empty: nothing was written
  std::vector<RequirementResult> results;   // one per row, in input order
  bool ok() const { return issues.empty(); }
};

// Reads every row, checks it (reporting every bad cell with its line and column), evaluates the year
// under `rules` and, only when no row is bad, writes the table described above to `out`.
RequirementCsvOutcome run_requirement_csv(std::istream& in, int year, const std::vector<RequirementRule>& rules,
                                          std::ostream& out, Lang lang = Lang::en);

}  // namespace kvalis::people
