#pragma once
// OSPOD office (orgán sociálně-právní ochrany dětí, zákon č. 359/1999 Sb.): which version of a written
// procedure is in force, and the staffing standard (personální standard, OSPOD standard 4) as cases and
// children per worker FTE against a norm that the office or its region sets as data. No legal number is
// built in: without a norm the ratio is shown but not judged.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvalis::quality::care {

struct ProcedureVersion {
  int version = 0;
  std::string approved_on;     // YYYY-MM-DD
  std::string effective_from;  // YYYY-MM-DD
};

// The version in force on `today`: of the versions effective on or before today, the one effective latest
// (a later version number wins a tie). nullopt when none is effective yet.
std::optional<int> version_in_force(const std::vector<ProcedureVersion>& versions, const std::string& today);

struct StaffingNorm {
  std::optional<double> max_cases_per_fte;
  std::optional<double> max_children_per_fte;
  bool set() const { return max_cases_per_fte || max_children_per_fte; }
};

enum class NormState {
  kNoNorm,  // the norm is not set
  kNoData,  // the count or the FTE is missing (zero FTE)
  kWithin,  // ratio <= norm
  kOver,    // ratio > norm: more cases (children) per FTE than the norm allows
};
std::string_view to_string(NormState s);

struct RatioCheck {
  std::optional<double> ratio;  // per FTE; nullopt without the count or FTE
  std::optional<double> norm;
  NormState state = NormState::kNoNorm;
  std::optional<double> fte_needed;  // FTE needed to meet the norm (count / norm)
};

struct StaffingRatio {
  double total_fte = 0;
  int workers = 0;
  RatioCheck cases;
  RatioCheck children;
};

StaffingRatio staffing_ratio(std::optional<long long> cases, std::optional<long long> children,
                             const std::vector<double>& fte, const StaffingNorm& norm);

}  // namespace kvalis::quality::care
