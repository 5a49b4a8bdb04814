#pragma once
// A follow-up audit (následný audit) of a service against its previous audit: the change per criterion
// and per standard. Criteria are matched by code (standard + letter, "2a"), not by id, so an audit on a
// newer version of the standard set still lines up with one on the older version. A criterion's result
// is compared as the share of its own maximum, so that a change of scale or weight between the two
// audits does not read as a change of quality. That both audits are of the same service is the caller's
// check.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "quality/core/scoring.hpp"

namespace kvalis::quality {

enum class ChangeKind {
  kImproved,
  kWorsened,
  kSame,           // same share (or the same level, also both not applicable)
  kNew,            // only in the follow-up audit
  kRemoved,        // only in the previous audit
  kNotComparable,  // in both, but one side is not applicable or not scored (and they differ)
};
std::string_view to_string(ChangeKind kind);  // improved, worsened, same, new, removed, not_comparable

// One side of a criterion's comparison.
struct CriterionSnapshot {
  CriterionState state = CriterionState::kNotScored;
  std::string level_code;
  std::optional<double> share;  // points / max of the criterion (0..1) when scored
};

struct CriterionChange {
  std::string code;  // "2a"
  int standard = 0;
  std::string letter;
  std::optional<CriterionSnapshot> previous;
  std::optional<CriterionSnapshot> current;
  ChangeKind kind = ChangeKind::kSame;
  std::optional<double> change_points;  // percentage points, 100 × (current share − previous share)
};

struct ScoreChange {
  std::optional<double> previous_percent;
  std::optional<double> current_percent;
  std::optional<double> change_points;  // current − previous, percentage points; nullopt unless both known
  ChangeKind kind = ChangeKind::kSame;
};

struct StandardChange {
  int standard = 0;
  ScoreChange score;
};

struct AuditComparison {
  std::vector<CriterionChange> criteria;  // by standard, then letter
  std::vector<StandardChange> standards;  // by standard
  ScoreChange total;
  int count(ChangeKind kind) const;
};

// Shares closer than this are the same.
inline constexpr double kSameShareTolerance = 1e-9;

AuditComparison compare_audits(const AuditScore& previous, const AuditScore& current);

}  // namespace kvalis::quality
