// The standards CSV import (quality/core/versioning: import_version over catalogue::parse_criteria), the
// upload an administrator makes to publish a new version of a standard set, and the parser of the
// standards catalogue itself. The first byte picks the history (none, or the SQSS version of the shipped
// catalogue), whether the set's standard numbers are checked and the day the version starts.
// Properties: a problem-free import yields a version numbered latest + 1 whose criteria are unique by code,
// an import with problems yields none, and importing a version's own criteria again changes nothing.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "platform/core/catalogue.hpp"
#include "platform/core/csv.hpp"
#include "quality/core/versioning.hpp"

using namespace kvalis;
using namespace kvalis::quality;

namespace {

const std::vector<StandardSetVersion>& shipped_history() {
  static const std::vector<StandardSetVersion> history = [] {
    auto first = import_version({}, "SQSS", fuzz::source_file("catalogues/criteria.csv"), "2007-01-01");
    fuzz::check(first.version.has_value(), "the shipped criteria import");
    return std::vector<StandardSetVersion>{*first.version};
  }();
  return history;
}

// A version's criteria in the import format (set,standard,letter,essential,text_cs,source,note).
std::string criteria_csv(const StandardSetVersion& version) {
  std::ostringstream out;
  csv::write_row(out, {"set", "standard", "letter", "essential", "text_cs", "source", "note"});
  for (const auto& c : version.criteria)
    csv::write_row(out,
                   {version.set_code, std::to_string(c.standard), c.letter, c.essential, c.text_cs, c.source, c.note});
  return out.str();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t mode = data[0];
  const std::string_view text(reinterpret_cast<const char*>(data + 1), size - 1);

  static const std::vector<StandardSetVersion> empty;
  const auto& history = (mode & 1) ? shipped_history() : empty;
  const std::vector<int> numbers =
      (mode & 2) ? std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15} : std::vector<int>{};
  const std::string valid_from = (mode & 4) ? "2027-01-01" : "2007-01-01";

  const auto imported = import_version(history, "SQSS", text, valid_from, numbers);
  if (imported.version) {
    fuzz::check(imported.problems.empty(), "a version only without problems");
    const int latest = history.empty() ? 0 : history.back().version;
    fuzz::check(imported.version->version == latest + 1, "the new version is latest + 1");
    std::set<std::string> codes;
    for (const auto& c : imported.version->criteria)
      fuzz::check(codes.insert(c.code()).second, "criteria are unique by code");

    // The version's own criteria imported on top of it change nothing.
    std::vector<StandardSetVersion> longer = history;
    longer.push_back(*imported.version);
    const auto again = import_version(longer, "SQSS", criteria_csv(*imported.version), "2099-01-01", numbers);
    if (!again.version)
      for (const auto& problem : again.problems.items())
        std::fprintf(stderr, "line %lld: %s\n", problem.line, problem.message.c_str());
    fuzz::check(again.version.has_value(), "a version's own criteria import again");
    fuzz::check(again.diff.empty(), "a version's own criteria change nothing");
  } else {
    fuzz::check(!imported.problems.empty(), "no version only with a problem");
  }

  std::vector<catalogue::Problem> problems;
  (void)catalogue::parse_standards(text, problems);
  problems.clear();
  (void)catalogue::parse_criteria(text, problems, (mode & 8) != 0);
  return 0;
}
