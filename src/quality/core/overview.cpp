#include "quality/core/overview.hpp"

#include <algorithm>
#include <set>

namespace kvalis::quality {

void VerdictTally::add(const std::string& verdict) {
  ++audits;
  if (verdict == "pass") ++passed;
  if (verdict == "fail") ++failed;
}

bool counts_as_failed(const CriterionResult& result, double scale_max, bool essential_failed) {
  if (result.state != CriterionState::kScored) return false;
  return essential_failed || (result.scale_points && *result.scale_points < scale_max / 2);
}

void FailedCriteriaTally::add(const AuditScore& score, const std::vector<std::string>& texts, double scale_max) {
  std::set<std::string> essential_failures;
  for (const auto& r : score.reasons)
    if (r.kind == ReasonKind::kEssentialFailed) essential_failures.insert(r.criterion_id);
  for (std::size_t i = 0; i < score.criteria.size(); ++i) {
    const auto& r = score.criteria[i];
    if (r.state != CriterionState::kScored) continue;
    auto& t = by_code_[r.code()];
    t.code = r.code();
    if (i < texts.size()) t.text_cs = texts[i];
    t.essential = r.essential;
    ++t.assessed;
    if (counts_as_failed(r, scale_max, essential_failures.count(r.criterion_id) > 0)) ++t.failed;
  }
}

void FailedCriteriaTally::add(const FailedCriteriaTally& other) {
  for (const auto& [code, o] : other.by_code_) {
    auto& t = by_code_[code];
    if (t.code.empty()) {
      t.code = o.code;
      t.text_cs = o.text_cs;
      t.essential = o.essential;
    }
    t.assessed += o.assessed;
    t.failed += o.failed;
  }
}

std::vector<FailedCriterion> FailedCriteriaTally::most_failed(std::size_t limit) const {
  std::vector<FailedCriterion> out;
  for (const auto& [code, t] : by_code_)
    if (t.failed > 0) out.push_back(t);
  // by_code_ is ordered by code, and the sort is stable: ties stay in code order.
  std::stable_sort(out.begin(), out.end(), [](const FailedCriterion& a, const FailedCriterion& b) {
    return a.failed != b.failed ? a.failed > b.failed : a.assessed < b.assessed;
  });
  if (out.size() > limit) out.resize(limit);
  return out;
}

}  // namespace kvalis::quality
