#pragma once
// Ladder instruments (journey of change): the distance a client travelled between two assessments.
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace kvalis::planning {

struct LadderValue {
  long long area_id = 0;
  int value = 0;
};
struct LadderDistance {
  std::vector<std::pair<long long, int>> per_area;  // (area_id, to − from), in the order of `from`
  std::optional<double> mean_change;                // mean of per_area; none when no area is in both
};
// Only areas in both assessments count; an area listed twice in one assessment counts with its first value.
LadderDistance distance(std::span<const LadderValue> from, std::span<const LadderValue> to);

}  // namespace kvalis::planning
