#include "quality/core/scoring.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <set>

#include "platform/core/text.hpp"

namespace kvalis::quality {
namespace {

// share >= required, within a relative tolerance of the maximum.
bool reaches(double points, double max, double required_share) {
  return points >= required_share * max - kShareTolerance * std::max(1.0, max);
}

Subtotal subtotal(double points, double max) {
  Subtotal s{points, max, std::nullopt};
  if (max > 0) s.percent = 100.0 * points / max;
  return s;
}

std::optional<Error> check_criteria(const std::vector<Criterion>& criteria) {
  std::set<std::string, std::less<>> ids;
  std::set<std::string, std::less<>> codes;
  for (std::size_t i = 0; i < criteria.size(); ++i) {
    const auto& c = criteria[i];
    const std::string field = "criteria[" + std::to_string(i) + "]";
    if (c.id.empty()) return invalid(field + ".id", "field.required", {{"field", field + ".id"}});
    if (!ids.insert(c.id).second) return invalid(field + ".id", "quality.criterion.duplicate_id", {{"value", c.id}});
    if (c.standard < 1)
      return invalid(field + ".standard", "quality.criterion.standard_invalid",
                     {{"value", std::to_string(c.standard)}});
    if (trim(c.letter).empty()) return invalid(field + ".letter", "field.required", {{"field", field + ".letter"}});
    if (!codes.insert(c.code()).second)
      return invalid(field + ".letter", "quality.criterion.duplicate_code", {{"value", c.code()}});
    if (!std::isfinite(c.weight) || c.weight <= 0)
      return invalid(field + ".weight", "quality.criterion.weight_invalid",
                     {{"criterion", c.code()}, {"value", format_points(c.weight)}});
  }
  return std::nullopt;
}

}  // namespace

std::string criterion_code(int standard, std::string_view letter) {
  std::string out = std::to_string(standard);
  for (char ch : trim(letter)) out.push_back(ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch);
  return out;
}

std::string Criterion::code() const { return criterion_code(standard, letter); }

Result<PassRule> parse_pass_rule(std::string_view text, const Scale& scale) {
  PassRule rule;
  for (const auto& [key, value] : parse_key_values(text)) {
    if (key == "essential_min_level") {
      const ScaleLevel* level = scale.find(value);
      if (!level || !level->points)
        return invalid(key, "quality.rule.unknown_level", {{"value", value}, {"scale", scale.code}});
      rule.essential_min_points = level->points;
      continue;
    }
    std::optional<double>* target = key == "essential_min_points"     ? &rule.essential_min_points
                                    : key == "min_share"              ? &rule.min_share
                                    : key == "min_share_per_standard" ? &rule.min_share_per_standard
                                                                      : nullptr;
    if (!target) return invalid(key, "field.unknown", {{"field", key}});
    const auto number = parse_number(value);
    if (!number) return invalid(key, "field.type_number", {{"field", key}});
    *target = number;
  }
  auto errors = validate_pass_rule(rule, scale);
  if (!errors.empty()) return errors.front();
  return rule;
}

std::string format_pass_rule(const PassRule& rule) {
  std::string out;
  auto add = [&](const char* key, const std::optional<double>& v) {
    if (!v) return;
    if (!out.empty()) out += "; ";
    out += std::string(key) + "=" + format_points(*v);
  };
  add("essential_min_points", rule.essential_min_points);
  add("min_share", rule.min_share);
  add("min_share_per_standard", rule.min_share_per_standard);
  return out;
}

std::vector<Error> validate_pass_rule(const PassRule& rule, const Scale& scale) {
  std::vector<Error> errors;
  if (const auto& p = rule.essential_min_points) {
    if (!std::isfinite(*p) || *p < 0 || *p > scale.max_points())
      errors.push_back(invalid("essential_min_points", "quality.rule.essential_unreachable",
                               {{"value", format_points(*p)}, {"max", format_points(scale.max_points())}}));
  }
  for (auto [key, share] :
       {std::pair{"min_share", &rule.min_share}, std::pair{"min_share_per_standard", &rule.min_share_per_standard}}) {
    if (*share && (!std::isfinite(**share) || **share < 0 || **share > 1))
      errors.push_back(invalid(key, "field.out_of_range", {{"field", key}, {"min", "0"}, {"max", "1"}}));
  }
  return errors;
}

std::string_view to_string(CriterionState state) {
  switch (state) {
    case CriterionState::kScored:
      return "scored";
    case CriterionState::kNotApplicable:
      return "not_applicable";
    case CriterionState::kNotScored:
      return "not_scored";
  }
  return "not_scored";
}

std::string_view to_string(Verdict verdict) {
  switch (verdict) {
    case Verdict::kPass:
      return "pass";
    case Verdict::kFail:
      return "fail";
    case Verdict::kIncomplete:
      return "incomplete";
  }
  return "incomplete";
}

std::string_view to_string(ReasonKind kind) {
  switch (kind) {
    case ReasonKind::kEssentialFailed:
      return "essential_failed";
    case ReasonKind::kTotalBelowMin:
      return "total_below_min";
    case ReasonKind::kStandardBelowMin:
      return "standard_below_min";
    case ReasonKind::kNotScored:
      return "not_scored";
    case ReasonKind::kNothingApplicable:
      return "nothing_applicable";
  }
  return "not_scored";
}

Error Reason::message() const {
  const std::string key = "quality.reason." + std::string(to_string(kind));
  const std::string code = criterion_code(standard, letter);
  auto percent = [](double share) { return format_points(std::round(share * 1000.0) / 10.0); };
  switch (kind) {
    case ReasonKind::kEssentialFailed:
      return invalid(criterion_id, key,
                     {{"criterion", code},
                      {"level", level_code},
                      {"points", format_points(actual)},
                      {"required", format_points(required)}});
    case ReasonKind::kTotalBelowMin:
      return invalid("total", key, {{"percent", percent(actual)}, {"required", percent(required)}});
    case ReasonKind::kStandardBelowMin:
      return invalid(
          "standard", key,
          {{"standard", std::to_string(standard)}, {"percent", percent(actual)}, {"required", percent(required)}});
    case ReasonKind::kNotScored:
      return invalid(criterion_id, key, {{"criterion", code}});
    case ReasonKind::kNothingApplicable:
      return invalid("criteria", key);
  }
  return invalid("", key);
}

Result<AuditScore> score_audit(const std::vector<Criterion>& criteria, const Scale& scale, const PassRule& rule,
                               const Assessments& assessments) {
  if (auto errors = validate_scale(scale); !errors.empty()) return errors.front();
  if (auto errors = validate_pass_rule(rule, scale); !errors.empty()) return errors.front();
  if (auto error = check_criteria(criteria)) return *error;
  for (const auto& [id, level_code] : assessments) {
    const bool known =
        std::any_of(criteria.begin(), criteria.end(), [&id = id](const Criterion& c) { return c.id == id; });
    if (!known) return invalid("assessments", "quality.assessment.unknown_criterion", {{"value", id}});
    if (!level_code.empty() && !scale.find(level_code))
      return invalid("assessments", "quality.assessment.unknown_level",
                     {{"criterion", id}, {"value", level_code}, {"scale", scale.code}});
  }

  AuditScore out;
  const double scale_max = scale.max_points();
  std::vector<Reason> essential, not_scored;
  for (const auto& c : criteria) {
    CriterionResult r{c.id, c.standard, trim(c.letter), c.essential, c.weight, CriterionState::kNotScored, {}, {},
                      0,    0};
    const auto it = assessments.find(c.id);
    const ScaleLevel* level = it == assessments.end() || it->second.empty() ? nullptr : scale.find(it->second);
    if (level) r.level_code = level->code;
    if (level && !level->points) {
      r.state = CriterionState::kNotApplicable;
    } else {
      r.max = scale_max * c.weight;
      if (level) {
        r.state = CriterionState::kScored;
        r.scale_points = level->points;
        r.points = *level->points * c.weight;
      }
    }
    if (r.state == CriterionState::kNotScored)
      not_scored.push_back(Reason{ReasonKind::kNotScored, c.id, c.standard, r.letter, {}, 0, 0});
    if (r.state == CriterionState::kScored && c.essential && rule.essential_min_points &&
        *r.scale_points < *rule.essential_min_points)
      essential.push_back(Reason{ReasonKind::kEssentialFailed, c.id, c.standard, r.letter, r.level_code,
                                 *r.scale_points, *rule.essential_min_points});
    out.criteria.push_back(std::move(r));
  }

  std::map<int, StandardResult> standards;
  double total_points = 0, total_max = 0;
  for (const auto& r : out.criteria) {
    auto& s = standards[r.standard];
    s.standard = r.standard;
    ++s.criteria;
    s.score.points += r.points;
    s.score.max += r.max;
    total_points += r.points;
    total_max += r.max;
    if (r.state == CriterionState::kScored) ++s.scored;
    if (r.state == CriterionState::kNotApplicable) ++s.not_applicable;
    if (r.state == CriterionState::kNotScored) ++s.not_scored;
  }
  int scored = 0;
  for (auto& [number, s] : standards) {
    s.score = subtotal(s.score.points, s.score.max);
    // Nothing of the standard scored yet: not assessed, which is no share at all (never 0 %).
    if (s.scored == 0) s.score.percent.reset();
    scored += s.scored;
    out.standards.push_back(s);
  }
  out.total = subtotal(total_points, total_max);
  if (scored == 0) out.total.percent.reset();

  const bool complete = not_scored.empty();
  out.reasons = essential;
  if (complete && total_max > 0) {
    if (rule.min_share && !reaches(total_points, total_max, *rule.min_share))
      out.reasons.push_back(
          Reason{ReasonKind::kTotalBelowMin, {}, 0, {}, {}, total_points / total_max, *rule.min_share});
    if (rule.min_share_per_standard)
      for (const auto& s : out.standards)
        if (s.score.max > 0 && !reaches(s.score.points, s.score.max, *rule.min_share_per_standard))
          out.reasons.push_back(Reason{ReasonKind::kStandardBelowMin,
                                       {},
                                       s.standard,
                                       {},
                                       {},
                                       s.score.points / s.score.max,
                                       *rule.min_share_per_standard});
  }
  out.reasons.insert(out.reasons.end(), not_scored.begin(), not_scored.end());
  if (total_max <= 0) out.reasons.push_back(Reason{ReasonKind::kNothingApplicable, {}, 0, {}, {}, 0, 0});

  if (!complete)
    out.verdict = Verdict::kIncomplete;
  else
    out.verdict = out.reasons.empty() ? Verdict::kPass : Verdict::kFail;
  return out;
}

}  // namespace kvalis::quality
