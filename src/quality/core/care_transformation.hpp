#pragma once
// Transformation (deinstitucionalizace) of a residential service: the state of milestones, the capacity of
// the institution over time, and the check of each place of the new services against the community-service
// criteria (MPSV "Kritéria sociálních služeb komunitního charakteru a kritéria transformace
// a deinstitucionalizace", in force from 1 April 2022): location in ordinary housing, capacity of a place,
// persons per household, households per place, household equipment, separation of housing and support.
// The numeric limits are data set by the region (DOMAIN.md marks them "(check)"); a criterion whose limit
// is not set is reported as not evaluated, never as met.
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kvalis::quality::care {

// ---- community-service check ------------------------------------------------------------------

struct CommunityLimits {
  std::optional<int> max_capacity_per_place;
  std::optional<int> max_persons_per_household;
  std::optional<int> max_households_per_place;
};

struct CommunityPlace {
  bool ordinary_housing = false;
  int capacity = 0;
  std::vector<int> household_sizes;  // persons in each household
  bool equipment_complete = false;
  bool support_separated = false;
};

enum class CheckState { kMet, kNotMet, kNotEvaluated };
std::string_view to_string(CheckState s);

struct CriterionCheck {
  std::string criterion;  // ordinary_housing | capacity | household_size | households | equipment | separation
  CheckState state = CheckState::kNotEvaluated;
  std::string reason_key;  // message key (quality.care.check.*) explaining the state
  std::vector<std::pair<std::string, std::string>> params;
};

struct PlaceCheck {
  CheckState overall = CheckState::kNotEvaluated;  // not met if any is not met; met only if all are met
  std::vector<CriterionCheck> criteria;            // in the order of the criteria above
};

PlaceCheck check_place(const CommunityPlace& place, const CommunityLimits& limits);

// "3;2;4" → {3,2,4}; nullopt when a part is not a whole number from 1 to 99 or the list is empty.
std::optional<std::vector<int>> parse_household_sizes(std::string_view text);
std::string format_household_sizes(const std::vector<int>& sizes);

// ---- milestones and capacity ---------------------------------------------------------------------

enum class MilestoneState { kDone, kOverdue, kPlanned };
std::string_view to_string(MilestoneState s);
MilestoneState milestone_state(const std::string& planned_on, const std::string& done_on, const std::string& today);

struct CapacityMilestone {
  std::string planned_on;
  std::string done_on;  // "" while not done
  int capacity_after = 0;
};

struct CapacityPoint {
  std::string date;
  int capacity = 0;
};

struct CapacityTimeline {
  std::vector<CapacityPoint> planned;  // baseline, then each reduction at its planned date
  std::vector<CapacityPoint> actual;   // baseline, then each done reduction at its done date
  int current = 0;                     // after the last done reduction (baseline when none)
  // Share of the planned reduction achieved, 0–100; nullopt when baseline and target are equal.
  std::optional<double> reduction_percent;
};

CapacityTimeline capacity_timeline(int baseline_capacity, const std::string& baseline_on, int target_capacity,
                                   std::vector<CapacityMilestone> reductions);

// ---- inclusion indicator periods ---------------------------------------------------------------------

// A period label: YYYY, YYYY-Hn (n 1–2), YYYY-Qn (n 1–4) or YYYY-MM.
bool is_valid_period(std::string_view period);

}  // namespace kvalis::quality::care
