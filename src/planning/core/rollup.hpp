#pragma once
// Client outcomes rolled up to a service goal, service goals to objectives and those to strategic goals:
// counts, the share of goals attained, the mean GAS T with its sample standard deviation and the mean
// ladder change; cells of fewer than kMinCell clients are suppressed outside the client's own service.
#include <optional>
#include <span>
#include <string_view>

#include "planning/core/gas.hpp"

namespace kvalis::planning {

inline constexpr int kMinCell = 5;  // cells of fewer clients are suppressed outside the client's own service

struct ClientOutcome {  // one client's outcome over the goals in scope (latest rating in the period)
  long long client_id = 0;
  int goals = 0, attained = 0;          // rated goals, of which attained
  std::optional<double> t;              // GAS T over the rated goals
  std::optional<double> ladder_change;  // mean change over areas, first → last assessment in the period
};

struct OutcomeCell {
  int clients = 0, goals = 0, attained = 0;
  std::optional<double> share_attained;  // attained / goals
  std::optional<double> mean_t, sd_t;    // over clients with a T (sample sd, n-1; none for n < 2)
  std::optional<double> mean_ladder_change;
  int ladder_clients = 0;
  // clients < kMinCell and not the viewer's own service: every number blanked except `suppressed`
  bool suppressed = false;
  // Added (core): how many clients have a T (mean_t and sd_t are over them); merge weights by it.
  int t_clients = 0;
};

// Added (core): one client's outcome from the latest rating of each of its goals in scope: goals = the
// ratings, attained = those with attained(level), t = gas_t_score(ratings, rho); every level must be a GAS
// level (check at the edge), a rating that is not does not count as attained and leaves t empty.
ClientOutcome client_outcome(long long client_id, std::span<const GasItem> ratings, double rho = kDefaultRho,
                             std::optional<double> ladder_change = std::nullopt);

OutcomeCell aggregate(std::span<const ClientOutcome> clients);
// Blanks every number (counts 0, values none) and sets `suppressed` when clients < kMinCell and !own_service.
OutcomeCell suppress(OutcomeCell cell, bool own_service);
// Rolls a level up from unsuppressed parts (merge first, then suppress the result for the viewer): counts
// add up, share_attained = Σattained / Σgoals, mean_t weighted by t_clients, mean_ladder_change by
// ladder_clients, and sd_t is the sample sd of all the parts' clients together, pooled from the parts'
// means and sds (within- plus between-part sums of squares), so merge(aggregate(A), aggregate(B)) equals
// aggregate(A ∪ B) for disjoint A and B. Suppressed parts carry no numbers and are skipped; a part with
// a mean_t but t_clients 0 (built by hand) counts all its clients as having a T.
// The parts are meant to hold different clients: a client in two parts (personal goals under two service
// goals of one objective) counts in both; to count each client once, aggregate() their outcomes over the
// union of the goals instead.
OutcomeCell merge(std::span<const OutcomeCell> parts);

// Is an indicator on target? direction "higher"/"lower"; nullopt when no target or no value.
enum class Direction { higher, lower };
std::optional<bool> on_target(std::optional<double> value, std::optional<double> target, Direction d);
// Added (core): the string forms of the migration's CHECK list ("higher", "lower").
std::string_view to_string(Direction d);
std::optional<Direction> parse_direction(std::string_view text);

}  // namespace kvalis::planning
