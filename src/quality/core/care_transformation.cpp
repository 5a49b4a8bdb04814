#include "quality/core/care_transformation.hpp"

#include <algorithm>
#include <cctype>

namespace kvalis::quality::care {

std::string_view to_string(CheckState s) {
  switch (s) {
    case CheckState::kMet:
      return "met";
    case CheckState::kNotMet:
      return "not_met";
    case CheckState::kNotEvaluated:
      return "not_evaluated";
  }
  return "not_evaluated";
}

std::string_view to_string(MilestoneState s) {
  switch (s) {
    case MilestoneState::kDone:
      return "done";
    case MilestoneState::kOverdue:
      return "overdue";
    case MilestoneState::kPlanned:
      return "planned";
  }
  return "planned";
}

namespace {

CriterionCheck flag(std::string criterion, bool ok, const char* met_key, const char* not_met_key) {
  return {std::move(criterion), ok ? CheckState::kMet : CheckState::kNotMet, ok ? met_key : not_met_key, {}};
}

CriterionCheck limit(std::string criterion, int value, std::optional<int> max, const char* met_key,
                     const char* not_met_key) {
  CriterionCheck c{std::move(criterion),
                   CheckState::kNotEvaluated,
                   "quality.care.check.limit_not_set",
                   {{"value", std::to_string(value)}}};
  if (!max) return c;
  c.params.emplace_back("max", std::to_string(*max));
  c.state = value <= *max ? CheckState::kMet : CheckState::kNotMet;
  c.reason_key = value <= *max ? met_key : not_met_key;
  return c;
}

}  // namespace

PlaceCheck check_place(const CommunityPlace& place, const CommunityLimits& limits) {
  PlaceCheck out;
  out.criteria.push_back(flag("ordinary_housing", place.ordinary_housing, "quality.care.check.ordinary_housing_met",
                              "quality.care.check.ordinary_housing_not_met"));
  out.criteria.push_back(limit("capacity", place.capacity, limits.max_capacity_per_place,
                               "quality.care.check.capacity_met", "quality.care.check.capacity_not_met"));
  const int largest =
      place.household_sizes.empty() ? 0 : *std::max_element(place.household_sizes.begin(), place.household_sizes.end());
  out.criteria.push_back(limit("household_size", largest, limits.max_persons_per_household,
                               "quality.care.check.household_size_met", "quality.care.check.household_size_not_met"));
  out.criteria.push_back(limit("households", static_cast<int>(place.household_sizes.size()),
                               limits.max_households_per_place, "quality.care.check.households_met",
                               "quality.care.check.households_not_met"));
  out.criteria.push_back(flag("equipment", place.equipment_complete, "quality.care.check.equipment_met",
                              "quality.care.check.equipment_not_met"));
  out.criteria.push_back(flag("separation", place.support_separated, "quality.care.check.separation_met",
                              "quality.care.check.separation_not_met"));
  const auto any = [&](CheckState s) {
    return std::any_of(out.criteria.begin(), out.criteria.end(), [&](const auto& c) { return c.state == s; });
  };
  out.overall = any(CheckState::kNotMet)         ? CheckState::kNotMet
                : any(CheckState::kNotEvaluated) ? CheckState::kNotEvaluated
                                                 : CheckState::kMet;
  return out;
}

std::optional<std::vector<int>> parse_household_sizes(std::string_view text) {
  std::vector<int> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    const auto end = std::min(text.find(';', start), text.size());
    std::string_view part = text.substr(start, end - start);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    while (!part.empty() && part.back() == ' ') part.remove_suffix(1);
    if (part.empty() || part.size() > 2 ||
        !std::all_of(part.begin(), part.end(), [](char c) { return std::isdigit(static_cast<unsigned char>(c)); }))
      return std::nullopt;
    const int n = std::stoi(std::string(part));
    if (n < 1) return std::nullopt;
    out.push_back(n);
    start = end + 1;
  }
  if (out.empty()) return std::nullopt;
  return out;
}

std::string format_household_sizes(const std::vector<int>& sizes) {
  std::string out;
  for (int n : sizes) out += (out.empty() ? "" : ";") + std::to_string(n);
  return out;
}

MilestoneState milestone_state(const std::string& planned_on, const std::string& done_on, const std::string& today) {
  if (!done_on.empty()) return MilestoneState::kDone;
  return planned_on < today ? MilestoneState::kOverdue : MilestoneState::kPlanned;
}

CapacityTimeline capacity_timeline(int baseline_capacity, const std::string& baseline_on, int target_capacity,
                                   std::vector<CapacityMilestone> reductions) {
  CapacityTimeline t;
  t.planned.push_back({baseline_on, baseline_capacity});
  t.actual.push_back({baseline_on, baseline_capacity});
  std::stable_sort(reductions.begin(), reductions.end(),
                   [](const auto& a, const auto& b) { return a.planned_on < b.planned_on; });
  for (const auto& r : reductions) t.planned.push_back({r.planned_on, r.capacity_after});
  std::vector<const CapacityMilestone*> done;
  for (const auto& r : reductions)
    if (!r.done_on.empty()) done.push_back(&r);
  std::stable_sort(done.begin(), done.end(), [](const auto* a, const auto* b) { return a->done_on < b->done_on; });
  for (const auto* r : done) t.actual.push_back({r->done_on, r->capacity_after});
  t.current = t.actual.back().capacity;
  if (baseline_capacity != target_capacity) {
    const double p = 100.0 * (baseline_capacity - t.current) / static_cast<double>(baseline_capacity - target_capacity);
    t.reduction_percent = std::clamp(p, 0.0, 100.0);
  }
  return t;
}

bool is_valid_period(std::string_view p) {
  const auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (i >= p.size() || !std::isdigit(static_cast<unsigned char>(p[i]))) return false;
    return true;
  };
  if (!digits(0, 4) || p[0] == '0') return false;
  if (p.size() == 4) return true;
  if (p.size() != 7 || p[4] != '-') return false;
  if (p[5] == 'H') return p[6] == '1' || p[6] == '2';
  if (p[5] == 'Q') return p[6] >= '1' && p[6] <= '4';
  if (!digits(5, 2)) return false;
  const int month = (p[5] - '0') * 10 + (p[6] - '0');
  return month >= 1 && month <= 12;
}

}  // namespace kvalis::quality::care
