#include "quality/core/care_ospod.hpp"

#include <cmath>

namespace kvalis::quality::care {

std::optional<int> version_in_force(const std::vector<ProcedureVersion>& versions, const std::string& today) {
  const ProcedureVersion* best = nullptr;
  for (const auto& v : versions) {
    if (v.effective_from.empty() || v.effective_from > today) continue;
    if (!best || v.effective_from > best->effective_from ||
        (v.effective_from == best->effective_from && v.version > best->version))
      best = &v;
  }
  if (!best) return std::nullopt;
  return best->version;
}

std::string_view to_string(NormState s) {
  switch (s) {
    case NormState::kNoNorm:
      return "no_norm";
    case NormState::kNoData:
      return "no_data";
    case NormState::kWithin:
      return "within";
    case NormState::kOver:
      return "over";
  }
  return "no_norm";
}

namespace {

RatioCheck check(std::optional<long long> count, double fte, std::optional<double> norm) {
  RatioCheck c;
  c.norm = norm;
  if (count && fte > 0) c.ratio = static_cast<double>(*count) / fte;
  if (count && norm && *norm > 0) c.fte_needed = static_cast<double>(*count) / *norm;
  if (!norm)
    c.state = NormState::kNoNorm;
  else if (!c.ratio)
    c.state = NormState::kNoData;
  // A tiny tolerance so that 60 cases on 2.0 FTE meets a norm of 30 despite rounding of stored FTE.
  else
    c.state = *c.ratio <= *norm + 1e-9 ? NormState::kWithin : NormState::kOver;
  return c;
}

}  // namespace

StaffingRatio staffing_ratio(std::optional<long long> cases, std::optional<long long> children,
                             const std::vector<double>& fte, const StaffingNorm& norm) {
  StaffingRatio r;
  for (double f : fte) r.total_fte += f;
  r.total_fte = std::round(r.total_fte * 1000.0) / 1000.0;
  r.workers = static_cast<int>(fte.size());
  r.cases = check(cases, r.total_fte, norm.max_cases_per_fte);
  r.children = check(children, r.total_fte, norm.max_children_per_fte);
  return r;
}

}  // namespace kvalis::quality::care
