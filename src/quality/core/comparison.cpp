#include "quality/core/comparison.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace kvalis::quality {
namespace {

ChangeKind by_difference(double difference) {
  if (std::fabs(difference) <= kSameShareTolerance) return ChangeKind::kSame;
  return difference > 0 ? ChangeKind::kImproved : ChangeKind::kWorsened;
}

CriterionSnapshot snapshot(const CriterionResult& r) {
  CriterionSnapshot s{r.state, r.level_code, std::nullopt};
  if (r.state == CriterionState::kScored && r.max > 0) s.share = r.points / r.max;
  return s;
}

void classify(CriterionChange& c) {
  if (!c.previous) {
    c.kind = ChangeKind::kNew;
    return;
  }
  if (!c.current) {
    c.kind = ChangeKind::kRemoved;
    return;
  }
  if (c.previous->share && c.current->share) {
    const double difference = *c.current->share - *c.previous->share;
    c.kind = by_difference(difference);
    c.change_points = c.kind == ChangeKind::kSame ? 0.0 : 100.0 * difference;
    return;
  }
  const bool same_state = c.previous->state == c.current->state && c.previous->level_code == c.current->level_code;
  c.kind =
      same_state && c.current->state == CriterionState::kNotApplicable ? ChangeKind::kSame : ChangeKind::kNotComparable;
}

ScoreChange score_change(const Subtotal* previous, const Subtotal* current) {
  ScoreChange s;
  if (previous) s.previous_percent = previous->percent;
  if (current) s.current_percent = current->percent;
  if (!previous) {
    s.kind = ChangeKind::kNew;
  } else if (!current) {
    s.kind = ChangeKind::kRemoved;
  } else if (s.previous_percent && s.current_percent) {
    const double difference = *s.current_percent - *s.previous_percent;
    s.kind = by_difference(difference / 100.0);
    s.change_points = s.kind == ChangeKind::kSame ? 0.0 : difference;
  } else {
    s.kind = !s.previous_percent && !s.current_percent ? ChangeKind::kSame : ChangeKind::kNotComparable;
  }
  return s;
}

}  // namespace

std::string_view to_string(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::kImproved:
      return "improved";
    case ChangeKind::kWorsened:
      return "worsened";
    case ChangeKind::kSame:
      return "same";
    case ChangeKind::kNew:
      return "new";
    case ChangeKind::kRemoved:
      return "removed";
    case ChangeKind::kNotComparable:
      return "not_comparable";
  }
  return "same";
}

int AuditComparison::count(ChangeKind kind) const {
  return static_cast<int>(
      std::count_if(criteria.begin(), criteria.end(), [&](const CriterionChange& c) { return c.kind == kind; }));
}

AuditComparison compare_audits(const AuditScore& previous, const AuditScore& current) {
  AuditComparison out;
  // Key: (standard, letter) so that "10a" sorts after "9b".
  std::map<std::pair<int, std::string>, CriterionChange> by_code;
  auto entry = [&](const CriterionResult& r) -> CriterionChange& {
    const std::string code = r.code();
    const std::string letter = code.substr(std::to_string(r.standard).size());
    auto& c = by_code[{r.standard, letter}];
    c.code = code;
    c.standard = r.standard;
    c.letter = letter;
    return c;
  };
  for (const auto& r : previous.criteria) entry(r).previous = snapshot(r);
  for (const auto& r : current.criteria) entry(r).current = snapshot(r);
  for (auto& [key, c] : by_code) {
    classify(c);
    out.criteria.push_back(std::move(c));
  }

  std::map<int, std::pair<const Subtotal*, const Subtotal*>> standards;
  for (const auto& s : previous.standards) standards[s.standard].first = &s.score;
  for (const auto& s : current.standards) standards[s.standard].second = &s.score;
  for (const auto& [number, pair] : standards) out.standards.push_back({number, score_change(pair.first, pair.second)});
  out.total = score_change(&previous.total, &current.total);
  return out;
}

}  // namespace kvalis::quality
