#include "planning/core/cycle.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "platform/core/text.hpp"

namespace kvalis::planning {
namespace {

template <class E, std::size_t N>
std::optional<E> parse_from(const std::array<std::pair<E, std::string_view>, N>& names, std::string_view text) {
  for (const auto& [value, name] : names)
    if (name == text) return value;
  return std::nullopt;
}

template <class E, std::size_t N>
std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& names, E v) {
  for (const auto& [value, name] : names)
    if (value == v) return name;
  return {};
}

constexpr std::array<std::pair<GoalLevel, std::string_view>, 3> kLevels{
    {{GoalLevel::strategic, "strategic"}, {GoalLevel::objective, "objective"}, {GoalLevel::service, "service"}}};
constexpr std::array<std::pair<GoalState, std::string_view>, 5> kStates{{{GoalState::active, "active"},
                                                                         {GoalState::met, "met"},
                                                                         {GoalState::partly_met, "partly_met"},
                                                                         {GoalState::not_met, "not_met"},
                                                                         {GoalState::dropped, "dropped"}}};
constexpr std::array<std::pair<EvaluationResult, std::string_view>, 4> kResults{
    {{EvaluationResult::none, ""},
     {EvaluationResult::met, "met"},
     {EvaluationResult::partly_met, "partly_met"},
     {EvaluationResult::not_met, "not_met"}}};
constexpr std::array<std::pair<Carry, std::string_view>, 3> kCarries{
    {{Carry::carry_over, "carry_over"}, {Carry::revise, "revise"}, {Carry::drop, "drop"}}};

// The level in a Czech sentence ("se napojuje na cíl služby").
std::string czech_level(GoalLevel level) {
  switch (level) {
    case GoalLevel::strategic:
      return "strategický cíl";
    case GoalLevel::objective:
      return "cíl operačního plánu";
    case GoalLevel::service:
      return "cíl služby";
  }
  return {};
}

std::string capitalised(std::string text) {  // the levels start with an ASCII letter or 'c'
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

}  // namespace

std::string_view to_string(GoalLevel v) { return name_of(kLevels, v); }
std::string_view to_string(GoalState v) { return name_of(kStates, v); }
std::string_view to_string(EvaluationResult v) { return name_of(kResults, v); }
std::string_view to_string(Carry v) { return name_of(kCarries, v); }
std::optional<GoalLevel> parse_goal_level(std::string_view text) { return parse_from(kLevels, text); }
std::optional<GoalState> parse_goal_state(std::string_view text) { return parse_from(kStates, text); }
std::optional<EvaluationResult> parse_evaluation_result(std::string_view text) { return parse_from(kResults, text); }
std::optional<Carry> parse_carry(std::string_view text) { return parse_from(kCarries, text); }

std::optional<GoalLevel> parent_level_of(GoalLevel level) {
  switch (level) {
    case GoalLevel::strategic:
      return std::nullopt;
    case GoalLevel::objective:
      return GoalLevel::strategic;
    case GoalLevel::service:
      return GoalLevel::objective;
  }
  return std::nullopt;
}

std::optional<Error> check_link(GoalLevel level, std::optional<GoalLevel> parent_level,
                                std::string_view unlinked_reason) {
  const auto expected = parent_level_of(level);
  const bool has_reason = !trim(unlinked_reason).empty();
  if (!expected) {
    if (parent_level) return invalid("parent_goal_id", "planning.goal.strategic_parent");
    return std::nullopt;
  }
  if (parent_level) {
    if (*parent_level != *expected)
      return invalid("parent_goal_id", "planning.goal.parent_level",
                     {{"level", std::string(to_string(level))},
                      {"expected", std::string(to_string(*expected))},
                      {"value", std::string(to_string(*parent_level))},
                      {"level_cs", capitalised(czech_level(level))},
                      {"expected_cs", czech_level(*expected)},
                      {"value_cs", czech_level(*parent_level)}});
    if (has_reason) return invalid("unlinked_reason", "planning.goal.linked_with_reason");
    return std::nullopt;
  }
  if (!has_reason) return invalid("unlinked_reason", "planning.goal.link_required");
  return std::nullopt;
}

std::vector<long long> goals_without_result(std::span<const std::pair<long long, EvaluationResult>> goals) {
  std::vector<long long> missing;
  for (const auto& [id, result] : goals)
    if (result == EvaluationResult::none) missing.push_back(id);
  return missing;
}

Result<std::vector<CarryDecision>> check_carry(std::span<const long long> goal_ids,
                                               std::span<const CarryDecision> decisions) {
  std::map<long long, std::size_t> decided;  // goal id → index of its decision
  for (std::size_t i = 0; i < decisions.size(); ++i) {
    const auto& d = decisions[i];
    const std::string prefix = "decisions[" + std::to_string(i) + "]";
    if (std::find(goal_ids.begin(), goal_ids.end(), d.goal_id) == goal_ids.end())
      return invalid(prefix + ".goal_id", "planning.carry.unknown_goal", {{"goal", std::to_string(d.goal_id)}});
    if (!decided.emplace(d.goal_id, i).second)
      return invalid(prefix + ".goal_id", "planning.carry.duplicate", {{"goal", std::to_string(d.goal_id)}});
    if (trim(d.reason).empty())
      return invalid(prefix + ".reason", "planning.carry.reason_required", {{"goal", std::to_string(d.goal_id)}});
  }
  std::vector<CarryDecision> out;
  out.reserve(goal_ids.size());
  for (const long long id : goal_ids) {
    const auto it = decided.find(id);
    if (it == decided.end()) return invalid("decisions", "planning.carry.missing", {{"goal", std::to_string(id)}});
    CarryDecision d = decisions[it->second];
    d.reason = trim(d.reason);
    out.push_back(std::move(d));
  }
  return out;
}

GoalState state_after(EvaluationResult r) {
  switch (r) {
    case EvaluationResult::met:
      return GoalState::met;
    case EvaluationResult::partly_met:
      return GoalState::partly_met;
    case EvaluationResult::not_met:
      return GoalState::not_met;
    case EvaluationResult::none:
      break;
  }
  return GoalState::active;
}

}  // namespace kvalis::planning
