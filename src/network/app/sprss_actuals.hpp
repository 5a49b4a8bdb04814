#pragma once
// The actual values of a SPRSS indicator per year of the plan, drawn from where the indicator comes from
// (issue 13 item 2: indicators "from benchmarking or planning" with targets per year):
// - benchmarking: per year, the median of the indicator's values over the working group's services in the
//   group's round whose period is that year: the latest locked one, else the latest open one (its value is
//   then preliminary: the comparison is recomputed as forms come in). For a
//   group of one kind and form this is the median the benchmark results show for the peer group; for a group
//   of several it is the median of the whole group. Only the aggregate is given (never a service's value);
//   readers outside the region (municipalities, providers) get nothing for a group of fewer than
//   benchmark::kMinimumGroupSize services with a value, as the benchmark results suppress small groups.
// - planning: per year, the value of the planning indicator recorded by the latest evaluation whose period
//   ends in that year (a closing evaluation of 2025 held in January 2026 counts for 2025; as the planning module shows
//   it to a reader who is not the service's staff: client-level numbers of small groups suppressed).
// The values are read through benchmark/app and planning/app as the platform (the plan's readers need not
// be members of the benchmark group or readers of the organisation's plans: the region published the
// indicator in its plan), and the disclosure rules above are applied here for the plan's reader.
#include <optional>
#include <string>
#include <vector>

#include "platform/store/database.hpp"

namespace kvalis::network::app {

struct SourceActual {
  int year = 0;
  std::optional<double> value;  // absent when suppressed
  std::string source;           // benchmark | planning | manual
  bool suppressed = false;      // a benchmark group too small for this reader
  std::string detail;           // the round (benchmark) or the evaluation date (planning) the value comes from
  std::optional<long long> n;   // benchmark: services with a value behind the median
  bool preliminary = false;     // benchmark: from a round not locked yet
};

// The benchmark side: the group's name, the indicator's name (from the group's methodologies), the values.
struct BenchmarkSource {
  std::string group_name, indicator_name, unit, direction;
  std::vector<SourceActual> actuals;
};
// nullopt when there is no such group. region_reader: the reader is region staff (sees small groups).
std::optional<BenchmarkSource> benchmark_source(soci::session& s, long long group_id, const std::string& code,
                                                int year_from, int year_to, bool region_reader);
// Whether the group's methodologies have an indicator of that code (a form only offers those).
bool benchmark_indicator_known(soci::session& s, long long group_id, const std::string& code);

struct PlanningSource {
  std::string indicator_name, unit, direction, goal_title;
  std::vector<SourceActual> actuals;
};
// nullopt when the goal is gone. Reads through planning/app get_goal (its own transaction).
std::optional<PlanningSource> planning_source(kvalis::store::Database& db, long long goal_id, long long indicator_id,
                                              int year_from, int year_to);

}  // namespace kvalis::network::app
