#pragma once
// The region's financing model and the subsidy of a service (issue 13 item 4; DOMAIN "Financing"): the state
// subsidy through the region (§101a zákona č. 108/2006 Sb.) for services in the network, computed per unit of
// service from usual costs and usual own revenues — the compensation (vyrovnávací platba) under the entrustment
// act — and the optimal subsidy beside the requested and the granted amount, with the difference explained.
// Pure functions; tests/unit/network/financing_test.cpp reads tests/data/network/financing_*.csv.
#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::network {

// The unit a model row prices (nw_fin_model_rows.unit).
enum class FinUnit { hour, bed_day, client, contact };
std::optional<FinUnit> parse_fin_unit(std::string_view s);
std::string_view to_string(FinUnit u);
std::string_view fin_unit_name(FinUnit u, bool english);  // "hodina" / "hour"

// The revenue sources of a service's budget and of the outlook, in the order the outlook lists them.
enum class Source {
  client_payments,
  health_insurance,
  state_subsidy,
  region,
  municipalities,
  eu_funds,
  donations,
  other
};
inline constexpr std::size_t kSourceCount = 8;
const std::array<Source, kSourceCount>& all_sources();
std::optional<Source> parse_source(std::string_view s);
std::string_view to_string(Source s);
std::string_view source_name(Source s, bool english);  // "úhrady klientů" / "client payments"
using SourceAmounts = std::array<double, kSourceCount>;

// Cost categories of a budget.
enum class CostCategory { personnel, operating, investment };
inline constexpr std::size_t kCostCategoryCount = 3;
const std::array<CostCategory, kCostCategoryCount>& all_cost_categories();
std::optional<CostCategory> parse_cost_category(std::string_view s);
std::string_view to_string(CostCategory c);
std::string_view cost_category_name(CostCategory c, bool english);

// One row of the model: how a kind of service (in a form, or every form when form_code is empty) is financed.
struct ModelRow {
  std::string kind_code;
  std::string form_code;  // "" = every form of the kind
  FinUnit unit = FinUnit::client;
  double units_per_capacity = 0;  // units a year per unit of network capacity
  double reference_cost = 0;      // usual costs per unit (Kč)
  double own_revenue = 0;         // usual own revenues per unit (client payments, health insurance)
  double other_public = 0;        // expected other public sources per unit (municipalities, region, EU)
  double subsidy_share = 1;       // share of the compensation the state subsidy covers
};

// The rows' and the model's checks; errors name the field (rows[2].subsidy_share). Duplicate (kind, form)
// pairs are refused on the second one's form_code.
Status check_model_rows(const std::vector<ModelRow>& rows);
Status check_cost_growth(double cost_growth);  // −0.5 … 1 (−50 % … 100 % a year)

// The row of a service: the row of its kind in the first of its forms that has one, else the kind's row for
// every form; nullopt when the model does not price the kind.
std::optional<std::size_t> row_for(const std::vector<ModelRow>& rows, std::string_view kind_code,
                                   const std::vector<std::string>& forms);

// compensation per unit = reference cost − own revenue, never below 0.
double compensation_per_unit(double reference_cost, double own_revenue);

struct Subsidy {
  double units = 0;                  // capacity × units_per_capacity
  double compensation_per_unit = 0;  // max(0, reference_cost − own_revenue)
  double compensation = 0;           // compensation_per_unit × units
  double optimal = 0;                // max(0, compensation × subsidy_share − other_public × units)
};
// The subsidy of `capacity` units of network capacity priced by `row` at the given unit cost and own revenue
// (the row's own, or those of a year of the outlook or of a what-if change).
Subsidy compute_subsidy(const ModelRow& row, double capacity, double reference_cost, double own_revenue);

// The reference cost of a later (or earlier) year: base × (1 + growth)^(year − base_year).
double grown_cost(double base, double growth, int base_year, int year);

// How the own revenues and the other public sources of a service split among the sources: as its budget
// splits its revenues (own: client payments, health insurance, donations, other; public: region,
// municipalities, EU funds), else all own revenues as client payments and all other public money as
// municipalities'. Each half sums to 1.
struct RevenueShares {
  SourceAmounts own{};
  SourceAmounts other_public{};
};
RevenueShares shares_from_budget(const SourceAmounts& budget_revenues);

// How a service's costs split among the cost categories: as its budget's costs split, else all "unallocated"
// (the last of kCostShareCount: a service without a cost budget is not split by guess).
inline constexpr std::size_t kCostShareCount = kCostCategoryCount + 1;
using CostAmounts = std::array<double, kCostCategoryCount>;
using CostShares = std::array<double, kCostShareCount>;
CostShares cost_shares_from_budget(const CostAmounts& budget_costs);
// Code and name of a cost share: the categories', then "unallocated" / "nezařazeno".
std::string_view cost_share_code(std::size_t i);
std::string_view cost_share_name(std::size_t i, bool english);
bool is_own_source(Source s);
bool is_other_public_source(Source s);

// The explanation of a subsidy line: the requested and the granted amount against the optimal one
// ("požadavek o 12 % nad optimem; přiznáno 85 % optima (92 % požadavku)"). Percentages are rounded to whole
// numbers.
struct Difference {
  std::optional<long long> requested_percent;  // requested / optimal × 100, when both are known and optimal > 0
  std::optional<long long> granted_percent;    // granted / optimal × 100
  std::optional<long long> granted_of_requested_percent;
  std::string text_cs, text_en;
};
Difference explain_difference(double optimal, std::optional<double> requested, std::optional<double> granted);

// Whole Kč with a space between thousands and the currency: "1 234 567 Kč" (negative: "−1 234 Kč").
std::string format_czk(double amount);

}  // namespace kvalis::network
