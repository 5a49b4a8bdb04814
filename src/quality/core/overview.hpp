#pragma once
// The region overview's tallies (GET /api/quality/overview): closed audits by verdict, and the criteria
// failed most often across them.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "quality/core/scoring.hpp"

namespace kvalis::quality {

// Closed audits of the overview by their recorded verdict ("pass", "fail", else neither).
struct VerdictTally {
  int audits = 0;
  int passed = 0;
  int failed = 0;
  void add(const std::string& verdict);
};

// One criterion across audits: how often it was scored and how often failed.
struct FailedCriterion {
  std::string code;  // "2a"
  std::string text_cs;
  bool essential = false;
  int failed = 0;
  int assessed = 0;
};

// A scored criterion counts as failed when it got less than half of the scale's maximum, or when it is an
// essential criterion the verdict names as failed (its minimum not reached). Not applicable or not scored
// criteria count neither way.
bool counts_as_failed(const CriterionResult& result, double scale_max, bool essential_failed);

class FailedCriteriaTally {
 public:
  // One audit's score; texts[i] is the wording of score.criteria[i] (the audit's model's criteria).
  void add(const AuditScore& score, const std::vector<std::string>& texts, double scale_max);
  // Adds another tally's counts (one audit's, kept between requests: the overview of 2,000 audits scores
  // each closed audit once, not on every request).
  void add(const FailedCriteriaTally& other);
  // Criteria failed at least once: most failures first, then fewer assessments (a larger share) first,
  // then by code; at most limit.
  std::vector<FailedCriterion> most_failed(std::size_t limit = 15) const;

 private:
  std::map<std::string, FailedCriterion> by_code_;
};

}  // namespace kvalis::quality
