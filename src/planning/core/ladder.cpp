#include "planning/core/ladder.hpp"

#include <set>

namespace kvalis::planning {
namespace {

const LadderValue* find_area(std::span<const LadderValue> values, long long area_id) {
  for (const auto& v : values)
    if (v.area_id == area_id) return &v;
  return nullptr;
}

}  // namespace

LadderDistance distance(std::span<const LadderValue> from, std::span<const LadderValue> to) {
  LadderDistance out;
  std::set<long long> seen;
  long long sum = 0;
  for (const auto& f : from) {
    if (!seen.insert(f.area_id).second) continue;
    const LadderValue* t = find_area(to, f.area_id);
    if (t == nullptr) continue;
    const int change = t->value - f.value;
    out.per_area.emplace_back(f.area_id, change);
    sum += change;
  }
  if (!out.per_area.empty()) out.mean_change = static_cast<double>(sum) / static_cast<double>(out.per_area.size());
  return out;
}

}  // namespace kvalis::planning
