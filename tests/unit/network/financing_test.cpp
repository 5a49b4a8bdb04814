// The financing arithmetic of the network module (src/network/core/financing.hpp, financing_outlook.hpp),
// table-driven from tests/data/network/financing_*.csv: the compensation and the optimal subsidy, cost growth,
// how revenues split by source, the model's checks, the explanation of a subsidy line, amounts in Kč, and the
// multi-year outlook with what-if changes, every number worked by hand in the data files.
#include "network/core/financing.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "network/core/financing_outlook.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::Status;
using kvalis::testing::Table;
using namespace kvalis::network;

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("network/" + relative); }

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::stringstream parts(text);
  std::string part;
  while (std::getline(parts, part, separator)) out.push_back(part);
  if (text.back() == separator) out.push_back("");
  return out;
}

double num(const std::string& s) { return std::stod(s); }
std::optional<double> opt_num(const std::string& s) { return s.empty() ? std::nullopt : std::optional(num(s)); }
std::optional<long long> opt_ll(const std::string& s) {
  return s.empty() ? std::nullopt : std::optional(std::stoll(s));
}

void expect_near(double expected, double actual, const std::string& what) {
  EXPECT_NEAR(expected, actual, 1e-6 * std::max(1.0, std::fabs(expected))) << what;
}

// "client_payments=600;region=300" → amounts by source.
SourceAmounts amounts_of(const std::string& text) {
  SourceAmounts out{};
  for (const auto& part : split(text, ';')) {
    const auto eq = part.find('=');
    const auto source = parse_source(part.substr(0, eq));
    EXPECT_TRUE(source) << part;
    if (source) out[static_cast<std::size_t>(*source)] = num(part.substr(eq + 1));
  }
  return out;
}

// "personnel=700;operating=300" → amounts by cost category.
CostAmounts costs_of(const std::string& text) {
  CostAmounts out{};
  for (const auto& part : split(text, ';')) {
    const auto eq = part.find('=');
    const auto category = parse_cost_category(part.substr(0, eq));
    EXPECT_TRUE(category) << part;
    if (category) out[static_cast<std::size_t>(*category)] = num(part.substr(eq + 1));
  }
  return out;
}

TEST(Financing, CompensationAndOptimalSubsidy) {
  const Table t = load_table("financing_subsidy.csv");
  for (const auto& r : t.rows) {
    const std::string name = t.get(r, "case");
    ModelRow row;
    row.kind_code = "4";
    row.units_per_capacity = num(t.get(r, "units_per_capacity"));
    row.reference_cost = num(t.get(r, "reference_cost"));
    row.own_revenue = num(t.get(r, "own_revenue"));
    row.other_public = num(t.get(r, "other_public"));
    row.subsidy_share = num(t.get(r, "subsidy_share"));
    const Subsidy s = compute_subsidy(row, num(t.get(r, "capacity")), row.reference_cost, row.own_revenue);
    expect_near(num(t.get(r, "units")), s.units, name + " units");
    expect_near(num(t.get(r, "compensation_per_unit")), s.compensation_per_unit, name + " per unit");
    expect_near(num(t.get(r, "compensation")), s.compensation, name + " compensation");
    expect_near(num(t.get(r, "optimal")), s.optimal, name + " optimal");
  }
}

TEST(Financing, CostGrowth) {
  const Table t = load_table("financing_growth.csv");
  for (const auto& r : t.rows)
    expect_near(num(t.get(r, "expected")),
                grown_cost(num(t.get(r, "base")), num(t.get(r, "growth")), std::stoi(t.get(r, "base_year")),
                           std::stoi(t.get(r, "year"))),
                t.get(r, "year"));
}

TEST(Financing, RevenueSharesFromTheBudget) {
  const Table t = load_table("financing_shares.csv");
  for (const auto& r : t.rows) {
    const std::string name = t.get(r, "case");
    const RevenueShares shares = shares_from_budget(amounts_of(t.get(r, "budget")));
    const SourceAmounts own = amounts_of(t.get(r, "own_shares"));
    const SourceAmounts pub = amounts_of(t.get(r, "public_shares"));
    for (Source s : all_sources()) {
      const auto i = static_cast<std::size_t>(s);
      expect_near(own[i], shares.own[i], name + " own " + std::string(to_string(s)));
      expect_near(pub[i], shares.other_public[i], name + " public " + std::string(to_string(s)));
    }
  }
}

TEST(Financing, CostSharesFromTheBudget) {
  const Table t = load_table("financing_cost_shares.csv");
  for (const auto& r : t.rows) {
    const CostShares shares = cost_shares_from_budget(costs_of(t.get(r, "costs")));
    for (std::size_t i = 0; i < kCostShareCount; ++i)
      expect_near(num(t.get(r, std::string(cost_share_code(i)))), shares[i],
                  t.get(r, "case") + " " + std::string(cost_share_code(i)));
  }
}

TEST(Financing, ModelChecks) {
  const Table t = load_table("financing_model_rows.csv");
  for (const auto& r : t.rows) {
    const std::string name = t.get(r, "case");
    std::vector<ModelRow> rows;
    for (const auto& text : split(t.get(r, "rows"), '|')) {
      const auto f = split(text, ':');
      ASSERT_EQ(f.size(), 7u) << name;
      rows.push_back({f[0], f[1], FinUnit::client, num(f[2]), num(f[3]), num(f[4]), num(f[5]), num(f[6])});
    }
    Status status = check_model_rows(rows);
    if (status) status = check_cost_growth(num(t.get(r, "cost_growth")));
    const std::string field = t.get(r, "error_field");
    if (field.empty()) {
      EXPECT_TRUE(status) << name << ": " << (status ? "" : status.error().field);
      continue;
    }
    ASSERT_FALSE(status) << name;
    EXPECT_EQ(field, status.error().field) << name;
    EXPECT_EQ(t.get(r, "error_key"), status.error().message_key) << name;
  }
}

TEST(Financing, RowOfAService) {
  const std::vector<ModelRow> rows = {{"4", "", FinUnit::hour, 1, 1, 0, 0, 1},
                                      {"13", "pob", FinUnit::bed_day, 1, 1, 0, 0, 1},
                                      {"13", "", FinUnit::client, 1, 1, 0, 0, 1},
                                      {"13", "amb", FinUnit::client, 1, 1, 0, 0, 1}};
  EXPECT_EQ(row_for(rows, "4", {"ter"}), 0u);
  EXPECT_EQ(row_for(rows, "13", {"ter", "pob"}), 1u);  // the first form that has its own row
  EXPECT_EQ(row_for(rows, "13", {"amb", "pob"}), 3u);
  EXPECT_EQ(row_for(rows, "13", {"ter"}), 2u);  // the kind's row for every form
  EXPECT_FALSE(row_for(rows, "99", {"pob"}));
}

TEST(Financing, DifferenceExplained) {
  const Table t = load_table("financing_difference.csv");
  for (const auto& r : t.rows) {
    const std::string name = t.get(r, "case");
    const Difference d =
        explain_difference(num(t.get(r, "optimal")), opt_num(t.get(r, "requested")), opt_num(t.get(r, "granted")));
    EXPECT_EQ(opt_ll(t.get(r, "requested_percent")), d.requested_percent) << name;
    EXPECT_EQ(opt_ll(t.get(r, "granted_percent")), d.granted_percent) << name;
    EXPECT_EQ(opt_ll(t.get(r, "granted_of_requested_percent")), d.granted_of_requested_percent) << name;
    EXPECT_EQ(t.get(r, "text_cs"), d.text_cs) << name;
    EXPECT_EQ(t.get(r, "text_en"), d.text_en) << name;
  }
}

TEST(Financing, AmountsInCrowns) {
  const Table t = load_table("financing_format.csv");
  for (const auto& r : t.rows) EXPECT_EQ(t.get(r, "text"), format_czk(num(t.get(r, "amount")))) << t.get(r, "amount");
}

// ---- the outlook ----

OutlookInput outlook_input() {
  OutlookInput in;
  in.year_from = 2026;
  in.years = 3;
  const Table models = load_table("financing_outlook_models.csv");
  OutlookModel model;
  for (const auto& r : models.rows) {
    model.year = std::stoi(models.get(r, "year"));
    model.cost_growth = num(models.get(r, "cost_growth"));
    const auto unit = parse_fin_unit(models.get(r, "unit"));
    EXPECT_TRUE(unit);
    model.rows.push_back({models.get(r, "kind_code"), models.get(r, "form_code"), unit.value_or(FinUnit::client),
                          num(models.get(r, "units_per_capacity")), num(models.get(r, "reference_cost")),
                          num(models.get(r, "own_revenue")), num(models.get(r, "other_public")),
                          num(models.get(r, "subsidy_share"))});
  }
  in.models.push_back(model);
  const Table services = load_table("financing_outlook_services.csv");
  for (const auto& r : services.rows) {
    OutlookService s;
    s.id = std::stoll(services.get(r, "service_id"));
    s.kind_code = services.get(r, "kind_code");
    s.region_code = services.get(r, "region");
    s.model = 0;
    const auto row = row_for(model.rows, s.kind_code, split(services.get(r, "forms"), ';'));
    s.row = row ? static_cast<int>(*row) : -1;
    for (const auto& c : split(services.get(r, "capacity"), '|')) s.capacity.push_back(num(c));
    s.shares = shares_from_budget(amounts_of(services.get(r, "budget")));
    s.cost_shares = cost_shares_from_budget(costs_of(services.get(r, "costs")));
    in.services.push_back(s);
  }
  return in;
}

std::map<std::string, std::vector<WhatIfChange>> outlook_changes() {
  std::map<std::string, std::vector<WhatIfChange>> out;
  const Table t = load_table("financing_outlook_changes.csv");
  long long id = 0;
  for (const auto& r : t.rows) {
    WhatIfChange c;
    c.id = ++id;
    const std::string target = t.get(r, "target");
    if (target.rfind("kind:", 0) == 0) {
      c.kind_code = target.substr(5);
      c.region_code = t.get(r, "region");
    } else {
      c.service_id = std::stoll(target);
    }
    const auto what = parse_what_if(t.get(r, "what"));
    EXPECT_TRUE(what) << t.get(r, "what");
    c.what = what.value_or(WhatIfKind::capacity);
    c.from_year = std::stoi(t.get(r, "from_year"));
    c.value = num(t.get(r, "value"));
    EXPECT_TRUE(check_what_if(c)) << t.get(r, "case");
    out[t.get(r, "case")].push_back(c);
  }
  return out;
}

std::vector<double> measure_of(const Outlook& o, const OutlookInput& in, const std::string& target,
                               const std::string& measure) {
  std::vector<double> out;
  if (target.rfind("service:", 0) == 0) {
    const long long id = std::stoll(target.substr(8));
    for (std::size_t i = 0; i < in.services.size(); ++i)
      if (in.services[i].id == id)
        for (const auto& y : o.services[i]) {
          if (measure == "units") out.push_back(y.units);
          if (measure == "cost") out.push_back(y.cost);
          if (measure == "optimal") out.push_back(y.optimal);
          if (measure == "uncovered") out.push_back(y.uncovered);
        }
  } else if (target == "total") {
    if (measure == "cost") out = o.total_cost;
    if (measure == "optimal") out = o.total_optimal;
    if (measure == "uncovered") out = o.uncovered;
  } else if (target.rfind("source:", 0) == 0) {
    const auto source = parse_source(target.substr(7));
    EXPECT_TRUE(source) << target;
    if (source) out = o.by_source[static_cast<std::size_t>(*source)];
  } else if (target.rfind("cost:", 0) == 0) {
    for (std::size_t k = 0; k < kCostShareCount; ++k)
      if (cost_share_code(k) == target.substr(5)) out = o.by_cost[k];
  } else if (target.rfind("kind:", 0) == 0) {
    const auto it = o.by_kind.find(target.substr(5));
    EXPECT_NE(it, o.by_kind.end()) << target;
    if (it != o.by_kind.end()) {
      if (measure == "units") out = it->second.units;
      if (measure == "cost") out = it->second.cost;
      if (measure == "optimal") out = it->second.optimal;
    }
  }
  return out;
}

TEST(FinancingOutlook, ByServiceSourceAndKindWithWhatIf) {
  const OutlookInput in = outlook_input();
  const auto changes = outlook_changes();
  const Table t = load_table("financing_outlook_expected.csv");
  std::map<std::string, Outlook> computed;
  for (const auto& r : t.rows) {
    const std::string name = t.get(r, "case");
    if (!computed.count(name)) {
      const auto it = changes.find(name);
      ASSERT_TRUE(name == "base" || it != changes.end()) << name;
      computed[name] = compute_outlook(in, name == "base" ? std::vector<WhatIfChange>{} : it->second);
    }
    const Outlook& o = computed[name];
    ASSERT_EQ(o.years, (std::vector<int>{2026, 2027, 2028}));
    const std::string label = name + " " + t.get(r, "target") + " " + t.get(r, "measure");
    const auto values = measure_of(o, in, t.get(r, "target"), t.get(r, "measure"));
    ASSERT_EQ(values.size(), 3u) << label;
    expect_near(num(t.get(r, "y2026")), values[0], label + " 2026");
    expect_near(num(t.get(r, "y2027")), values[1], label + " 2027");
    expect_near(num(t.get(r, "y2028")), values[2], label + " 2028");
  }
  // A kind the model does not price contributes nothing and has no totals.
  EXPECT_EQ(computed["base"].by_kind.count("99"), 0u);
}

TEST(FinancingOutlook, YearInForce) {
  const Table t = load_table("financing_years.csv");
  for (const auto& r : t.rows) {
    std::vector<int> years;
    for (const auto& y : split(t.get(r, "years"), '|')) years.push_back(std::stoi(y));
    const int year = std::stoi(t.get(r, "year"));
    EXPECT_EQ(std::stoi(t.get(r, "latest_not_after")), latest_not_after(years, year))
        << t.get(r, "years") << " " << year;
    EXPECT_EQ(std::stoi(t.get(r, "year_in_force")), year_in_force(years, year)) << t.get(r, "years") << " " << year;
  }
}

TEST(FinancingOutlook, CapacityInAYear) {
  const Table t = load_table("financing_capacity.csv");
  for (const auto& r : t.rows)
    expect_near(num(t.get(r, "expected")),
                capacity_in_year(t.get(r, "network_year") == "yes", opt_num(t.get(r, "entry")),
                                 t.get(r, "active") == "yes", num(t.get(r, "registered"))),
                t.get(r, "case"));
}

TEST(FinancingOutlook, ChangeChecks) {
  WhatIfChange c;
  c.from_year = 2027;
  c.value = 5;
  EXPECT_EQ(check_what_if(c).error().field, "service_id");  // no target
  c.service_id = 3;
  c.kind_code = "4";
  EXPECT_EQ(check_what_if(c).error().field, "kind_code");  // both
  c.kind_code.clear();
  c.value = -1;
  EXPECT_EQ(check_what_if(c).error().field, "value");
  c.value = 1;
  c.from_year = 1999;
  EXPECT_EQ(check_what_if(c).error().field, "from_year");
  c.from_year = 2030;
  EXPECT_TRUE(check_what_if(c));
}

}  // namespace
