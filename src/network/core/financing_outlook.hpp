#pragma once
// The multi-year financing outlook of the network (issue 13 item 4) and its what-if: per service and year the
// units, costs, own revenues, compensation and optimal subsidy from the region's model (reference costs grow
// by the model's cost_growth a year), revenues by source, and the network's demand by year, source and kind.
// What-if changes (capacity, reference cost, own revenue of one service or of every service of a kind) apply
// from their year. One tight loop over services × years: the national network (7,000 services, 5 years)
// computes in about a millisecond, so a what-if recomputes the whole (financing_outlook_test.cpp).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "network/core/financing.hpp"

namespace kvalis::network {

struct OutlookModel {
  int year = 0;            // prices of the model are of this year
  double cost_growth = 0;  // 0.05 = reference costs grow 5 % a year
  std::vector<ModelRow> rows;
};

struct OutlookService {
  long long id = 0;
  std::string kind_code;
  std::string region_code;       // a kind's change of a region's scenario touches only that region's services
  int model = -1;                // index into OutlookInput::models; −1: the region has no model
  int row = -1;                  // index into that model's rows; −1: the model does not price the kind
  std::vector<double> capacity;  // network capacity in each year of the outlook (0: not in the network)
  RevenueShares shares;
  CostShares cost_shares{0, 0, 0, 1};
};

struct OutlookInput {
  int year_from = 0;
  int years = 0;
  std::vector<OutlookModel> models;
  std::vector<OutlookService> services;
};

enum class WhatIfKind { capacity, reference_cost, own_revenue };
std::optional<WhatIfKind> parse_what_if(std::string_view s);
std::string_view to_string(WhatIfKind w);

// A what-if change: from from_year on, the service's (service_id > 0) or every service's of kind_code
// capacity (in network units), reference cost per unit (in prices of from_year; it grows from there by the
// model's cost_growth) or own revenue per unit is `value`. A service's own change wins over its kind's; among
// changes of the same target the latest from_year in force wins, then the later one in the list. A kind's change
// with a region_code touches only the services of that region (a scenario is a region's).
struct WhatIfChange {
  long long id = 0;
  long long service_id = 0;
  std::string kind_code;
  std::string region_code;  // empty: every region
  WhatIfKind what = WhatIfKind::capacity;
  int from_year = 0;
  double value = 0;
};
// A change's checks: a target (service or kind, not both), a value ≥ 0, a year in 2000..2100.
Status check_what_if(const WhatIfChange& change);

struct ServiceYear {
  double capacity = 0, units = 0, reference_cost = 0, own_revenue_per_unit = 0;
  double cost = 0;          // reference_cost × units
  double own = 0;           // own_revenue × units
  double compensation = 0;  // compensation_per_unit × units
  double optimal = 0;       // the optimal state subsidy
  double other_public = 0;  // other public sources × units
  double uncovered = 0;     // cost − every source (negative: a surplus)
};

struct KindTotals {
  int services = 0;  // services of the kind with units in some year
  std::vector<double> units, cost, optimal;
};

struct Outlook {
  std::vector<int> years;
  std::vector<std::vector<ServiceYear>> services;            // as OutlookInput::services, each per year
  std::array<std::vector<double>, kSourceCount> by_source;   // the network's revenues by source and year
  std::array<std::vector<double>, kCostShareCount> by_cost;  // its costs by category (and unallocated) and year
  std::vector<double> total_cost, total_optimal, total_units, uncovered;
  std::map<std::string, KindTotals> by_kind;
};

// Which year's data is in force (network years, models, budgets; `years` ascending): the index of the latest
// year not after `year`, or −1 (latest_not_after); for a model or a budget the earliest when none is (−1 only
// without any year: year_in_force).
int latest_not_after(const std::vector<int>& years, int year);
int year_in_force(const std::vector<int>& years, int year);

// A service's capacity in a year: its entry in the region's network year in force (0 when the service is not in
// it); with no network year in force, the registered capacity of an active service (0 when it ended).
double capacity_in_year(bool network_year_in_force, std::optional<double> entry, bool active, double registered);

// The outlook of the input's years with the changes applied (none: the base).
Outlook compute_outlook(const OutlookInput& input, const std::vector<WhatIfChange>& changes = {});

}  // namespace kvalis::network
