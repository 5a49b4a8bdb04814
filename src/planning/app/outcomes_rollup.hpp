#pragma once
// The outcome roll-up of the planning chain (PLANNING_SPEC "Outcomes"): for a service goal and a period, the
// personal goals linked to it or to any goal it was carried from → each client's latest rating per goal in
// the period → ClientOutcome (GAS T with the organisation's ρ, ladder change first → last assessment) →
// aggregate. Objectives and strategic goals merge the cells of the service goals beneath them (a goal carried
// into another one beneath the same node counts once, through its successor). Suppression per viewer is
// applied by the caller at the end (viewer_cell). Also the computed values of indicators.
#include <soci/soci.h>

#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "planning/app/plans.hpp"
#include "planning/core/rollup.hpp"
#include "planning/store/plans_repo.hpp"

namespace kvalis::planning::app {

// The BenchmarkLookup of plans.hpp through benchmark/app (its own read), as the caller sees the results.
BenchmarkLookup benchmark_lookup(kvalis::store::Database& db, const accounts::Caller& caller);

struct ComputedValue {
  std::optional<double> value;
  std::optional<long long> clients_n;
};

class OutcomeCalculator {
 public:
  OutcomeCalculator(soci::session& s, long long organisation_id);

  double rho() const { return rho_; }
  // The service goal and the goals it was carried from (carry_over, revise), newest first.
  std::vector<long long> chain(const repo::GoalRow& service_goal);
  // Service goals beneath a goal (itself for a service goal), not dropped, whose operational plan's year lies
  // within [year_from, year_to] (0: any), without those carried into another one of the set.
  std::vector<repo::GoalRow> service_goals_under(const repo::GoalRow& goal, int year_from = 0, int year_to = 0);
  // The unsuppressed cell of a goal over the period; nullopt when no service goal lies beneath it.
  std::optional<OutcomeCell> cell(const repo::GoalRow& goal, const Period& period, int year_from = 0, int year_to = 0);
  // The distinct clients behind the goals' cells over the period.
  std::set<long long> clients(const std::vector<repo::GoalRow>& service_goals, const Period& period);
  // The services whose clients stand behind the goal (the service goals' services; for a goal without
  // service goals beneath it, every service of the organisation).
  std::vector<long long> services_of(const repo::GoalRow& goal);

  ComputedValue compute(const repo::IndicatorRow& indicator, const repo::GoalRow& goal, const Period& period,
                        const BenchmarkLookup& benchmark);

 private:
  OutcomeCell service_cell(const repo::GoalRow& service_goal, const Period& period);
  soci::session& s_;
  long long organisation_id_;
  double rho_;
  std::map<std::string, OutcomeCell> cache_;
};

// What a viewer sees of a cell: suppressed below kMinCell unless the viewer owns the goal's services.
bool owns_goal(soci::session& s, const accounts::Principal& p, const repo::GoalRow& goal, OutcomeCalculator& calc);
std::optional<OutcomeCell> viewer_cell(const std::optional<OutcomeCell>& cell, bool own);

// Sources whose value comes from clients (and is blanked with the cell when it has fewer than kMinCell).
bool client_source(const std::string& source);
Direction direction_of(const std::string& text);
// A stored value as the viewer sees it: a client-level value of fewer than kMinCell clients is blanked
// unless the viewer owns the goal's services.
std::optional<double> visible_value(const repo::IndicatorRow& indicator, const repo::ValueRow& value, bool own);
std::optional<bool> indicator_on_target(const repo::IndicatorRow& indicator, std::optional<double> value);

}  // namespace kvalis::planning::app
