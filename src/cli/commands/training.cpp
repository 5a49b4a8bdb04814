// kvalis training requirement: the education requirement of every worker of a CSV file for one year
// (src/people/core/requirement_csv.hpp describes the file). The table goes to stdout; a bad row is
// named on stderr with its line and column, and then nothing is written to stdout.
#include <fstream>
#include <iostream>
#include <optional>
#include <string>

#include "cli/commands/command.hpp"
#include "people/core/requirement.hpp"
#include "people/core/requirement_csv.hpp"
#include "platform/core/messages.hpp"

namespace kvalis::cli {
namespace {

namespace pp = kvalis::people;

constexpr const char* kName = "kvalis training requirement: ";

std::optional<int> read_year(const std::string& text) {
  if (text.size() != 4) return std::nullopt;
  int year = 0;
  for (char c : text) {
    if (c < '0' || c > '9') return std::nullopt;
    year = year * 10 + (c - '0');
  }
  if (year < 1900) return std::nullopt;
  return year;
}

int requirement_run(const Args& args) {
  if (!args.has("input") || !args.has("year")) {
    std::cerr << kName << "give --input FILE.csv and --year YYYY (see --help)\n";
    return 2;
  }
  const auto year = read_year(args.get("year"));
  if (!year) {
    std::cerr << kName << translate(invalid("--year", "people.year.invalid"), Lang::en) << "\n";
    return 2;
  }
  auto reading = pp::kDefaultAbsenceReading;
  if (args.has("absence-reading")) {
    const auto parsed = pp::parse_absence_reading(args.get("absence-reading"));
    if (!parsed) {
      std::cerr << kName
                << translate(invalid("--absence-reading", "people.absence_reading.unknown",
                                     {{"value", args.get("absence-reading")}}),
                             Lang::en)
                << "\n";
      return 2;
    }
    reading = *parsed;
  }
  const std::string path = args.get("input");
  std::ifstream file;
  std::istream* in = &std::cin;
  if (path != "-") {
    file.open(path, std::ios::binary);
    if (!file) {
      std::cerr << kName << "cannot read " << path << "\n";
      return 1;
    }
    in = &file;
  }
  const auto outcome = pp::run_requirement_csv(*in, *year, pp::requirement_rules(reading), std::cout);
  for (const auto& issue : outcome.issues) std::cerr << kName << issue.message << "\n";
  return outcome.ok() ? 0 : 1;
}

const bool registered = register_command(
    {"training requirement",
     "The education requirement per worker for a year from a CSV file; prints "
     "worker,required_hours,counted_hours,shortfall_hours",
     "",
     {{"input", "FILE.csv",
       "Columns worker,category,employment_start,employment_end,probation_end,absences,in_house_hours,"
       "course_hours ('-' = standard input)"},
      {"year", "YYYY", "The calendar year"},
      {"absence-reading", "READING",
       "How an absence longer than a calendar month reduces the requirement: one_twelfth_once (default, the "
       "literal text), whole_months or started_months"}},
     requirement_run});

}  // namespace
}  // namespace kvalis::cli
