#pragma once
// Versions of a standard set (sada standardů: SQSS, OSPOD or a set of a region). An administrator
// completes or corrects the official wording by importing the criteria in the shared catalogue format
// (set,standard,letter,essential,text_cs,source,note); each import that changes something is a new
// version. Old versions are never changed: an audit keeps the criteria of the version it used, and a
// follow-up audit on a newer version is compared by criterion code (comparison.hpp).
//
// An import is the whole new list of the set's criteria: a criterion missing from it is removed.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/catalogue.hpp"
#include "quality/core/scoring.hpp"

namespace kvalis::quality {

struct SetCriterion {
  int standard = 0;
  std::string letter;
  std::string essential;  // yes / no / unknown, as the source gives it (zásadní)
  std::string text_cs;
  std::string source;
  std::string note;
  std::string valid_from;  // first day of this wording (YYYY-MM-DD)
  std::string valid_to;    // last day, empty while in force
  std::string code() const { return criterion_code(standard, letter); }
  bool operator==(const SetCriterion&) const = default;
};

struct StandardSetVersion {
  std::string set_code;
  int version = 0;
  std::string valid_from;
  std::string valid_to;  // empty while in force
  std::vector<SetCriterion> criteria;
  bool operator==(const StandardSetVersion&) const = default;
};

enum class CriterionChangeKind { kAdded, kChanged, kRemoved };
std::string_view to_string(CriterionChangeKind kind);  // added, changed, removed

struct CriterionDiff {
  CriterionChangeKind kind = CriterionChangeKind::kAdded;
  std::string code;
  std::optional<SetCriterion> before;       // changed, removed
  std::optional<SetCriterion> after;        // added, changed
  std::vector<std::string> changed_fields;  // of essential, text_cs, source, note (in that order)
  // A change of the wording or of the essential flag: what an audit scores. Source or note alone is not.
  bool substantive() const;
};

struct VersionDiff {
  std::vector<CriterionDiff> changes;  // by standard, then letter
  int unchanged = 0;
  bool empty() const { return changes.empty(); }
  int count(CriterionChangeKind kind) const;
};

// Criteria are matched by code; texts compare after trimming. Both lists are read only.
VersionDiff diff_criteria(const std::vector<SetCriterion>& before, const std::vector<SetCriterion>& after);

struct VersionImport {
  // Any problem: nothing is imported (version stays empty). The first 100 found, in line order; all counted.
  ProblemCollector<catalogue::Problem> problems;
  std::optional<StandardSetVersion> version;  // the new version: number latest + 1, valid from the given day
  VersionDiff diff;                           // against the latest version (everything added for the first)
  std::string previous_valid_to;              // the day before valid_from: the latest version's new end
  int other_set_rows = 0;                     // rows of other sets in the file, skipped
};

// Builds the next version of set_code from criteria CSV text. Problems (with line numbers): the file's
// own (catalogue::parse_criteria), no row for the set, a criterion of a standard not in the set's
// standards (when standard_numbers is not empty), valid_from not a date or not after the latest version's
// valid_from. Unchanged and non-substantively changed criteria keep their valid_from; the others start on
// valid_from. Letters are stored in lower case. An import with an empty diff still yields a version; the caller may
// decline to store it. A criterion of `after` whose essential flag and wording equal those in `before` keeps the start
// date it had there; a change of source or note alone does not restart it.
void keep_unchanged_starts(const std::vector<SetCriterion>& before, std::vector<SetCriterion>& after);

VersionImport import_version(const std::vector<StandardSetVersion>& history, std::string_view set_code,
                             std::string_view criteria_csv, std::string_view valid_from,
                             const std::vector<int>& standard_numbers = {});

// The latest version (highest number) of a history, or nullptr when empty.
const StandardSetVersion* latest_version(const std::vector<StandardSetVersion>& history);
// The version in force on a date: valid_from <= date and (no valid_to or date <= valid_to); the highest
// number when several are. nullptr when none.
const StandardSetVersion* version_in_force(const std::vector<StandardSetVersion>& history, std::string_view date);

// Criteria for scoring (scoring.hpp): id = code, essential only when the source says "yes", weight 1.
std::vector<Criterion> scoring_criteria(const StandardSetVersion& version);

}  // namespace kvalis::quality
