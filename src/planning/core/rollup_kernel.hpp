#pragma once
// The national roll-up of client outcomes by region (kraj) and service kind: the same client outcomes as the
// roll-up by goal (planning/core/rollup.hpp), grouped by where the client's service is and what kind it is.
// A kernel over columns: the store reads the ratings of a period in one ordered pass
// (planning/store/outcome_scan.hpp), this turns them into one ClientOutcome per client (GAS T over the
// client's rated goals, each goal at its latest rating in the period, with the provider's ρ; the ladder change
// first → last assessment in the period) and each cell into `aggregate` of its clients' outcomes, so the
// numbers are those of the core roll-up exactly. Only clients with a rated goal in the period count.
#include <cstdint>
#include <string>
#include <vector>

#include "accounts/core/access.hpp"
#include "planning/core/rollup.hpp"

namespace kvalis::planning {

// A cell of the national roll-up: a region (kraj code of the registry) and a kind of service (catalogue code).
struct RollupCellKey {
  std::string region_code;
  std::string kind_code;
  friend bool operator==(const RollupCellKey&, const RollupCellKey&) = default;
};

// What the kernel reads, in columns.
struct RollupInput {
  std::vector<RollupCellKey> cells;  // distinct keys; clients point into them
  // Clients, ascending by id.
  std::vector<long long> client_id;
  std::vector<std::uint32_t> client_cell;  // index into cells
  std::vector<double> client_rho;          // the provider's GAS ρ (kDefaultRho unless it set one)
  // The ratings of the period, one row each, ordered by client (the index into the client columns), then
  // by the review's date and id: within a client, the last row of a goal is the goal's latest rating.
  std::vector<std::uint32_t> rating_client;
  std::vector<long long> rating_goal;
  std::vector<double> rating_level;   // GAS level as recorded (-3, -2, -1, -0.5, 0, 1, 2)
  std::vector<double> rating_weight;  // the goal's weight

  // The ladder assessments of the period, one row per area value, ordered by client (index), ladder,
  // assessment date and id, then area: per client and ladder the first and the last assessment give the
  // distance travelled (planning/core/ladder.hpp); a client's ladder change is the mean over its ladders.
  std::vector<std::uint32_t> ladder_client;
  std::vector<long long> ladder_id;
  std::vector<long long> ladder_assessment;
  std::vector<long long> ladder_area;
  std::vector<int> ladder_value;

  void add_client(long long id, std::uint32_t cell, double rho) {
    client_id.push_back(id);
    client_cell.push_back(cell);
    client_rho.push_back(rho);
  }
  void add_rating(std::uint32_t client, long long goal, double level, double weight) {
    rating_client.push_back(client);
    rating_goal.push_back(goal);
    rating_level.push_back(level);
    rating_weight.push_back(weight);
  }
  void add_ladder_value(std::uint32_t client, long long ladder, long long assessment, long long area, int value) {
    ladder_client.push_back(client);
    ladder_id.push_back(ladder);
    ladder_assessment.push_back(assessment);
    ladder_area.push_back(area);
    ladder_value.push_back(value);
  }
  std::size_t ratings() const { return rating_client.size(); }
};

struct RollupRow {
  RollupCellKey key;
  OutcomeCell cell;  // not suppressed: the caller applies `suppress` for its viewer
};

// One ClientOutcome per client with at least one rated goal in the input, ascending by client id, with the
// index of the client's cell beside it.
struct ClientOutcomes {
  std::vector<ClientOutcome> outcomes;
  std::vector<std::uint32_t> cell;
};
ClientOutcomes client_outcomes(const RollupInput& in, int threads = 1);

// The roll-up: one row per cell with at least one client outcome, ordered by region code then kind code.
// `threads` (≥ 1) split the clients; the result does not depend on it.
std::vector<RollupRow> rollup(const RollupInput& in, int threads = 1);

// Who sees which regions of the national roll-up: the platform administrator every region (and the whole
// country), a member of a region organisation (kraj) its region; nobody else any (providers and evaluators
// read their own outcomes by goal).
struct RegionalAccess {
  bool all = false;
  std::vector<std::string> regions;  // ascending, distinct; empty with all == false: no access
  bool sees(const std::string& region_code) const;
};
RegionalAccess regional_access(const accounts::Principal& principal);

}  // namespace kvalis::planning
