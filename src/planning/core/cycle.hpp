#pragma once
// The plan cycle: how goals of the levels link, closing a period (every goal gets a result) and deriving
// the next plan from it (a decision with a reason for every goal).
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::planning {

enum class GoalLevel { strategic, objective, service };
enum class GoalState { active, met, partly_met, not_met, dropped };
enum class EvaluationResult { none, met, partly_met, not_met };
enum class Carry { carry_over, revise, drop };

// The string forms exactly as in the CHECK lists of 0007_planning.sql. EvaluationResult::none is "" (an
// interim evaluation); Carry has no "" (a goal that was not carried has no Carry).
std::string_view to_string(GoalLevel v);
std::string_view to_string(GoalState v);
std::string_view to_string(EvaluationResult v);
std::string_view to_string(Carry v);
std::optional<GoalLevel> parse_goal_level(std::string_view text);
std::optional<GoalState> parse_goal_state(std::string_view text);
std::optional<EvaluationResult> parse_evaluation_result(std::string_view text);
std::optional<Carry> parse_carry(std::string_view text);

// Added (core): the level a goal of `level` links to (objective → strategic, service → objective);
// none for strategic.
std::optional<GoalLevel> parent_level_of(GoalLevel level);

// A goal must link to a parent of the level above (objective→strategic, service→objective) or give an
// unlinked_reason (non-empty after trim); strategic goals have no parent. A linked goal gives no
// unlinked_reason. Errors name parent_goal_id or unlinked_reason.
std::optional<Error> check_link(GoalLevel level, std::optional<GoalLevel> parent_level,
                                std::string_view unlinked_reason);

struct CarryDecision {
  long long goal_id = 0;
  Carry carry = Carry::carry_over;
  std::string reason;
};
// Closing: every goal of the plan (not dropped) needs a closing evaluation with a result; returns the ids
// missing (result none), in the order given.
std::vector<long long> goals_without_result(std::span<const std::pair<long long, EvaluationResult>> goals);
// Deriving: a decision for every goal of the closed plan, each with a reason (non-empty after trim); errors
// name the goal (param "goal"): a goal without a decision (field "decisions"), a decision for a goal not in
// the plan or a second one for the same goal (field "decisions[i].goal_id"), an empty reason
// ("decisions[i].reason"). On success: one decision per goal in the order of goal_ids, reasons trimmed.
Result<std::vector<CarryDecision>> check_carry(std::span<const long long> goal_ids,
                                               std::span<const CarryDecision> decisions);
// The state a closing evaluation's result gives the goal (none leaves it active).
GoalState state_after(EvaluationResult r);

}  // namespace kvalis::planning
