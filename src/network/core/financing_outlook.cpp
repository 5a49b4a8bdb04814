#include "network/core/financing_outlook.hpp"

#include <algorithm>
#include <array>
#include <unordered_map>

namespace kvalis::network {

namespace {

constexpr std::array<std::string_view, 3> kWhatIf = {"capacity", "reference_cost", "own_revenue"};

// The changes that may touch a service, by what they change, most decisive last: the kind's changes, then the
// service's own, each in the order of from_year (stable: the later one in the list wins at the same year).
struct Applicable {
  std::array<std::vector<const WhatIfChange*>, 3> by_what;
  bool empty() const { return by_what[0].empty() && by_what[1].empty() && by_what[2].empty(); }
};

// The change in force in `year`, or null: the service's own change in force wins over its kind's.
const WhatIfChange* in_force(const std::vector<const WhatIfChange*>& list, int year) {
  const WhatIfChange* own = nullptr;
  const WhatIfChange* kind = nullptr;
  for (const auto* c : list) {
    if (c->from_year > year) continue;
    const WhatIfChange*& slot = c->service_id > 0 ? own : kind;
    if (!slot || c->from_year >= slot->from_year) slot = c;
  }
  return own ? own : kind;
}

}  // namespace

std::optional<WhatIfKind> parse_what_if(std::string_view s) {
  for (std::size_t i = 0; i < kWhatIf.size(); ++i)
    if (kWhatIf[i] == s) return static_cast<WhatIfKind>(i);
  return std::nullopt;
}
std::string_view to_string(WhatIfKind w) { return kWhatIf[static_cast<std::size_t>(w)]; }

int latest_not_after(const std::vector<int>& years, int year) {
  auto it = std::upper_bound(years.begin(), years.end(), year);
  return it == years.begin() ? -1 : static_cast<int>(it - years.begin()) - 1;
}

int year_in_force(const std::vector<int>& years, int year) {
  if (years.empty()) return -1;
  const int i = latest_not_after(years, year);
  return i < 0 ? 0 : i;
}

double capacity_in_year(bool network_year_in_force, std::optional<double> entry, bool active, double registered) {
  if (network_year_in_force) return entry.value_or(0.0);
  return active ? registered : 0.0;
}

Status check_what_if(const WhatIfChange& c) {
  if (c.service_id <= 0 && c.kind_code.empty()) return invalid("service_id", "network.fin.change_target");
  if (c.service_id > 0 && !c.kind_code.empty()) return invalid("kind_code", "network.fin.change_target");
  if (c.from_year < 2000 || c.from_year > 2100)
    return invalid("from_year", "field.out_of_range", {{"min", "2000"}, {"max", "2100"}});
  if (!(c.value >= 0 && c.value <= 1e9))
    return invalid("value", "field.out_of_range", {{"min", "0"}, {"max", "1000000000"}});
  return ok_status();
}

Outlook compute_outlook(const OutlookInput& input, const std::vector<WhatIfChange>& changes) {
  Outlook out;
  const int n = input.years > 0 ? input.years : 0;
  const auto years = static_cast<std::size_t>(n);
  for (int i = 0; i < n; ++i) out.years.push_back(input.year_from + i);
  for (auto& v : out.by_source) v.assign(years, 0.0);
  for (auto& v : out.by_cost) v.assign(years, 0.0);
  out.total_cost.assign(years, 0.0);
  out.total_optimal.assign(years, 0.0);
  out.total_units.assign(years, 0.0);
  out.uncovered.assign(years, 0.0);
  out.services.resize(input.services.size());

  std::unordered_map<long long, std::vector<const WhatIfChange*>> by_service;
  std::unordered_map<std::string, std::vector<const WhatIfChange*>> by_kind;
  for (const auto& c : changes) (c.service_id > 0 ? by_service[c.service_id] : by_kind[c.kind_code]).push_back(&c);

  constexpr auto kState = static_cast<std::size_t>(Source::state_subsidy);
  for (std::size_t si = 0; si < input.services.size(); ++si) {
    const OutlookService& svc = input.services[si];
    auto& rows = out.services[si];
    rows.assign(years, ServiceYear{});
    const OutlookModel* model = svc.model >= 0 && static_cast<std::size_t>(svc.model) < input.models.size()
                                    ? &input.models[svc.model]
                                    : nullptr;
    const ModelRow* row = model && svc.row >= 0 && static_cast<std::size_t>(svc.row) < model->rows.size()
                              ? &model->rows[static_cast<std::size_t>(svc.row)]
                              : nullptr;
    Applicable applicable;
    if (!changes.empty()) {
      auto add = [&](const std::vector<const WhatIfChange*>& list) {
        for (const auto* c : list) applicable.by_what[static_cast<std::size_t>(c->what)].push_back(c);
      };
      if (auto it = by_kind.find(svc.kind_code); it != by_kind.end())
        for (const auto* c : it->second)
          if (c->region_code.empty() || c->region_code == svc.region_code)
            applicable.by_what[static_cast<std::size_t>(c->what)].push_back(c);
      if (auto it = by_service.find(svc.id); it != by_service.end()) add(it->second);
    }
    KindTotals* kind = nullptr;
    bool counted = false;
    for (std::size_t y = 0; y < years; ++y) {
      const int year = input.year_from + static_cast<int>(y);
      ServiceYear& r = rows[y];
      r.capacity = y < svc.capacity.size() ? svc.capacity[y] : 0.0;
      if (!row) continue;
      r.reference_cost = grown_cost(row->reference_cost, model->cost_growth, model->year, year);
      r.own_revenue_per_unit = row->own_revenue;
      if (!applicable.empty()) {
        if (const auto* c = in_force(applicable.by_what[0], year)) r.capacity = c->value;
        if (const auto* c = in_force(applicable.by_what[1], year))
          r.reference_cost = grown_cost(c->value, model->cost_growth, c->from_year, year);
        if (const auto* c = in_force(applicable.by_what[2], year)) r.own_revenue_per_unit = c->value;
      }
      const Subsidy s = compute_subsidy(*row, r.capacity, r.reference_cost, r.own_revenue_per_unit);
      r.units = s.units;
      r.cost = r.reference_cost * s.units;
      r.own = r.own_revenue_per_unit * s.units;
      r.compensation = s.compensation;
      r.optimal = s.optimal;
      r.other_public = row->other_public * s.units;
      double sources = r.optimal;
      for (std::size_t k = 0; k < kSourceCount; ++k) {
        const double v = r.own * svc.shares.own[k] + r.other_public * svc.shares.other_public[k];
        out.by_source[k][y] += v;
        sources += v;
      }
      out.by_source[kState][y] += r.optimal;
      r.uncovered = r.cost - sources;
      for (std::size_t k = 0; k < kCostShareCount; ++k) out.by_cost[k][y] += r.cost * svc.cost_shares[k];
      out.total_cost[y] += r.cost;
      out.total_optimal[y] += r.optimal;
      out.total_units[y] += r.units;
      out.uncovered[y] += r.uncovered;
      if (!kind) {
        kind = &out.by_kind[svc.kind_code];
        if (kind->cost.empty()) {
          kind->units.assign(years, 0.0);
          kind->cost.assign(years, 0.0);
          kind->optimal.assign(years, 0.0);
        }
      }
      kind->units[y] += r.units;
      kind->cost[y] += r.cost;
      kind->optimal[y] += r.optimal;
      if (!counted && r.units > 0) {
        ++kind->services;
        counted = true;
      }
    }
  }
  return out;
}

}  // namespace kvalis::network
