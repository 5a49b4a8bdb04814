#pragma once
// Scoring an audit (audit kvality) against the criteria of one standard-set version: points per
// criterion (scale points × weight), per standard and in total as a share of the maximum, and the
// verdict of the template's pass rule with every reason it failed.
//
// "Not applicable" takes a criterion out of the maximum. An applicable criterion with no level yet makes
// the result incomplete: its maximum still counts (so the shares are lower bounds; a standard with nothing
// scored has no share), share rules are not
// judged until everything is scored, but a failed essential criterion is reported at once.
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"
#include "quality/core/scale.hpp"

namespace kvalis::quality {

// A criterion as scoring needs it. code() ("2a") identifies it across versions of a set.
struct Criterion {
  std::string id;  // unique within the audit (a database id, or the code)
  int standard = 0;
  std::string letter;
  bool essential = false;  // zásadní kritérium
  double weight = 1.0;     // > 0
  std::string code() const;
};

// "2" + "A" → "2a": letters compare without case, so an import that capitalises still matches.
std::string criterion_code(int standard, std::string_view letter);

// criterion id → level code of the scale; a missing or empty code is "not scored yet".
using Assessments = std::map<std::string, std::string, std::less<>>;

// The template's pass rule (all optional; an empty rule passes every complete audit with something
// applicable).
struct PassRule {
  std::optional<double>
      essential_min_points;         // every applicable essential criterion reaches these scale points (unweighted)
  std::optional<double> min_share;  // total points >= share × maximum, share in [0, 1]
  std::optional<double> min_share_per_standard;  // each standard with an applicable criterion likewise
};

// Text form for templates and test files: "essential_min_points=2; min_share=0.75;
// min_share_per_standard=0.5". essential_min_level=<code> sets essential_min_points to that level's points
// (e.g. "met" → 2), so "at least met" stays readable. Empty text → empty rule. Field names the key.
Result<PassRule> parse_pass_rule(std::string_view text, const Scale& scale);
std::string format_pass_rule(const PassRule& rule);
// Shares in [0, 1]; essential_min_points finite, >= 0 and reachable on the scale.
std::vector<Error> validate_pass_rule(const PassRule& rule, const Scale& scale);

enum class CriterionState { kScored, kNotApplicable, kNotScored };
std::string_view to_string(CriterionState state);  // scored, not_applicable, not_scored

struct CriterionResult {
  std::string criterion_id;
  int standard = 0;
  std::string letter;
  bool essential = false;
  double weight = 1.0;
  CriterionState state = CriterionState::kNotScored;
  std::string level_code;              // empty when not scored
  std::optional<double> scale_points;  // the level's points, unweighted; nullopt unless scored
  double points = 0;                   // scale_points × weight
  double max = 0;                      // scale maximum × weight; 0 when not applicable
  bool applicable() const { return state != CriterionState::kNotApplicable; }
  std::string code() const { return criterion_code(standard, letter); }
};

struct Subtotal {
  double points = 0;
  double max = 0;
  // 100 × points / max; nullopt when max is 0 (nothing applicable) or when nothing is scored yet (not
  // assessed: a chart or table shows a gap, never 0 %).
  std::optional<double> percent;
};

struct StandardResult {
  int standard = 0;
  Subtotal score;
  int criteria = 0;
  int scored = 0;
  int not_applicable = 0;
  int not_scored = 0;
};

enum class Verdict { kPass, kFail, kIncomplete };
std::string_view to_string(Verdict verdict);  // pass, fail, incomplete

enum class ReasonKind {
  kEssentialFailed,    // criterion_id, standard, level_code, actual = scale points, required
  kTotalBelowMin,      // actual = total share, required = min share (0..1)
  kStandardBelowMin,   // standard, actual, required (shares 0..1)
  kNotScored,          // criterion_id, standard: an applicable criterion without a level
  kNothingApplicable,  // every criterion is not applicable (or there are none): nothing was assessed
};
std::string_view to_string(ReasonKind kind);  // essential_failed, total_below_min, standard_below_min, …

struct Reason {
  ReasonKind kind = ReasonKind::kNotScored;
  std::string criterion_id;
  int standard = 0;
  std::string letter;
  std::string level_code;
  double actual = 0;
  double required = 0;
  // message key (quality.reason.*) and its parameters, for the user's language.
  Error message() const;
};

struct AuditScore {
  std::vector<CriterionResult> criteria;  // in the order given
  std::vector<StandardResult> standards;  // by standard number
  Subtotal total;
  Verdict verdict = Verdict::kIncomplete;
  // Essential failures (criterion order), then total below minimum, standards below minimum, criteria
  // not scored (criterion order), nothing applicable.
  std::vector<Reason> reasons;
  bool complete() const { return verdict != Verdict::kIncomplete; }
};

// Shares are compared with this relative tolerance so that 0.75 × 8 = 6 passes with 6 points.
inline constexpr double kShareTolerance = 1e-9;

// Errors (invalid input, nothing scored): a criterion id empty or repeated, a code (standard + letter)
// repeated, a standard < 1, a weight not finite or <= 0, an assessment of an unknown criterion or with a
// level the scale does not have, an invalid scale or pass rule.
Result<AuditScore> score_audit(const std::vector<Criterion>& criteria, const Scale& scale, const PassRule& rule,
                               const Assessments& assessments);

}  // namespace kvalis::quality
