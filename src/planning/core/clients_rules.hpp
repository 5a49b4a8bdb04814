#pragma once
// The rules of client records and individual plans (§88 písm. f) zákona č. 108/2006 Sb., standard kvality 5):
// states, the pseudonymous code, the link of a personal goal to a service goal, GAS ratings and weights, and
// the ladder instruments' scale and stages. Pure, so the HTTP handlers, the demo and the tests check the same.
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::planning {

enum class ClientState { active, ended, erased };
enum class ClientGoalState { active, attained, ended, dropped };
std::string_view to_string(ClientState s);
std::string_view to_string(ClientGoalState s);
std::optional<ClientState> parse_client_state(std::string_view s);
std::optional<ClientGoalState> parse_client_goal_state(std::string_view s);

// The pseudonymous code given when none is chosen: "K-0001" for n = 1 (at least four digits).
std::string client_code(int n);
// A code: 1–32 characters of letters, digits, '-', '_', '.' or '/'; no spaces (it stands in for a name).
Status check_client_code(const std::string& field, const std::string& code);

// A personal goal links to a service goal or says why it does not (a reason, non-blank after trim).
Status check_goal_link(bool linked, const std::string& unlinked_reason);
// A GAS weight: more than 0 and at most 100.
Status check_weight(const std::string& field, double weight);
// A GAS rating: one of the allowed levels −3, −2, −1, −0.5, 0, +1, +2 (planning/core/gas.hpp).
Status check_rating_level(const std::string& field, double level);

// The earliest non-empty date, "" when none: the client's next review from the goals' review dates.
std::string earliest_date(std::span<const std::string> dates);

// Ladder instruments (journey of change): a scale from scale_min to scale_max (0 ≤ min < max ≤ 100) and
// stages written as "1-2:Name;3-4:Name;…": each range inside the scale, in ascending order, not overlapping.
struct LadderStage {
  int from = 0;
  int to = 0;
  std::string name;
};
Status check_ladder_scale(int scale_min, int scale_max);
Result<std::vector<LadderStage>> parse_ladder_stages(std::string_view stages, int scale_min, int scale_max);
// A value of an area on the ladder's scale.
Status check_ladder_value(const std::string& field, int value, int scale_min, int scale_max);

}  // namespace kvalis::planning
