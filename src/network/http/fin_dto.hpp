#pragma once
// DTOs of the network's financing (PLAN13_SPEC "HTTP API" [finance]): models, budgets, subsidy lines, the
// outlook and the what-if scenarios. Amounts in Kč; names beside codes.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

// ---- models ----
struct NfModelRow {
  static constexpr const char* kSchemaName = "NfModelRow";
  long long id = 0;
  std::string kind_code, kind_name, form_code, form_name, unit, unit_name;
  double units_per_capacity = 0, reference_cost = 0, own_revenue = 0, compensation_per_unit = 0, other_public = 0,
         subsidy_share = 1;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(NfModelRow, (),
                      (id, kind_code, kind_name, form_code, form_name, unit, unit_name, units_per_capacity,
                       reference_cost, own_revenue, compensation_per_unit, other_public, subsidy_share, note))
struct NfModelHead {
  static constexpr const char* kSchemaName = "NfModelHead";
  long long id = 0, region_org_id = 0;
  std::string region_name;
  int year = 0;
  std::string name, status;
  double cost_growth = 0;
  std::string note;
  int rows = 0;
};
BOOST_DESCRIBE_STRUCT(NfModelHead, (), (id, region_org_id, region_name, year, name, status, cost_growth, note, rows))
struct NfModelList {
  static constexpr const char* kSchemaName = "NfModelList";
  std::vector<NfModelHead> items;
};
BOOST_DESCRIBE_STRUCT(NfModelList, (), (items))
struct NfModel {
  static constexpr const char* kSchemaName = "NfModel";
  NfModelHead model;
  std::vector<NfModelRow> rows;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(NfModel, (), (model, rows, can_manage))
struct NfModelRowInput {
  static constexpr const char* kSchemaName = "NfModelRowInput";
  std::string kind_code;
  std::optional<std::string> form_code;
  std::string unit;  // hour, bed_day, client, contact
  double units_per_capacity = 0, reference_cost = 0, own_revenue = 0;
  std::optional<double> other_public, subsidy_share;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(NfModelRowInput, (),
                      (kind_code, form_code, unit, units_per_capacity, reference_cost, own_revenue, other_public,
                       subsidy_share, note))
struct NfModelInput {
  static constexpr const char* kSchemaName = "NfModelInput";
  std::optional<long long> region_org_id;  // create: default the caller's region
  std::optional<int> year;                 // create: required
  std::string name;
  std::optional<std::string> status;  // draft | approved
  std::optional<double> cost_growth;  // 0.05 = 5 % a year
  std::optional<std::string> note;
  std::optional<std::vector<NfModelRowInput>> rows;  // update: absent keeps the rows
};
BOOST_DESCRIBE_STRUCT(NfModelInput, (), (region_org_id, year, name, status, cost_growth, note, rows))

// ---- budgets ----
struct NfBudgetCost {
  static constexpr const char* kSchemaName = "NfBudgetCost";
  std::string category, name;
  double amount = 0;
};
BOOST_DESCRIBE_STRUCT(NfBudgetCost, (), (category, name, amount))
struct NfBudgetRevenue {
  static constexpr const char* kSchemaName = "NfBudgetRevenue";
  std::string source, name;
  double amount = 0;
};
BOOST_DESCRIBE_STRUCT(NfBudgetRevenue, (), (source, name, amount))
struct NfBudget {
  static constexpr const char* kSchemaName = "NfBudget";
  long long service_id = 0;
  std::string service_name, provider_name, kind_name;
  int year = 0;
  std::string kind;  // planned | actual
  std::vector<NfBudgetCost> costs;
  std::vector<NfBudgetRevenue> revenues;
  double total_cost = 0, total_revenue = 0, balance = 0;
  bool can_edit = false;
};
BOOST_DESCRIBE_STRUCT(NfBudget, (),
                      (service_id, service_name, provider_name, kind_name, year, kind, costs, revenues, total_cost,
                       total_revenue, balance, can_edit))
struct NfBudgetCostInput {
  static constexpr const char* kSchemaName = "NfBudgetCostInput";
  std::string category;  // personnel, operating, investment
  double amount = 0;
};
BOOST_DESCRIBE_STRUCT(NfBudgetCostInput, (), (category, amount))
struct NfBudgetRevenueInput {
  static constexpr const char* kSchemaName = "NfBudgetRevenueInput";
  std::string
      source;  // client_payments, health_insurance, state_subsidy, region, municipalities, eu_funds, donations, other
  double amount = 0;
};
BOOST_DESCRIBE_STRUCT(NfBudgetRevenueInput, (), (source, amount))
struct NfBudgetInput {
  static constexpr const char* kSchemaName = "NfBudgetInput";
  std::vector<NfBudgetCostInput> costs;
  std::vector<NfBudgetRevenueInput> revenues;
};
BOOST_DESCRIBE_STRUCT(NfBudgetInput, (), (costs, revenues))

// ---- lines ----
struct NfServiceRef {
  static constexpr const char* kSchemaName = "NfServiceRef";
  long long id = 0;
  std::string name, provider_name, kind_code, kind_name;
};
BOOST_DESCRIBE_STRUCT(NfServiceRef, (), (id, name, provider_name, kind_code, kind_name))
struct NfLine {
  static constexpr const char* kSchemaName = "NfLine";
  NfServiceRef service;
  int year = 0;
  double capacity = 0, units = 0;
  std::string unit, unit_name;
  double optimal = 0;
  std::optional<double> requested, granted;
  std::optional<long long> requested_percent, granted_percent;
  std::string difference_text, difference_reason;
  bool can_request = false, can_grant = false;
};
BOOST_DESCRIBE_STRUCT(NfLine, (),
                      (service, year, capacity, units, unit, unit_name, optimal, requested, granted, requested_percent,
                       granted_percent, difference_text, difference_reason, can_request, can_grant))
struct NfLineList {
  static constexpr const char* kSchemaName = "NfLineList";
  int year = 0;
  std::vector<NfLine> items;
  double total_optimal = 0, total_requested = 0, total_granted = 0;
};
BOOST_DESCRIBE_STRUCT(NfLineList, (), (year, items, total_optimal, total_requested, total_granted))
struct NfLineInput {
  static constexpr const char* kSchemaName = "NfLineInput";
  std::optional<double> requested;               // the provider (or the region)
  std::optional<double> granted;                 // the region only
  std::optional<std::string> difference_reason;  // the region only
  // An absent or null amount keeps the stored one; these clear it back to "not given" (granted: the region).
  std::optional<bool> clear_requested, clear_granted;
};
BOOST_DESCRIBE_STRUCT(NfLineInput, (), (requested, granted, difference_reason, clear_requested, clear_granted))

// ---- scenarios ----
struct NfChange {
  static constexpr const char* kSchemaName = "NfChange";
  long long id = 0, scenario_id = 0;
  std::optional<long long> service_id;
  std::string kind_code, what;
  int from_year = 0;
  double value = 0;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(NfChange, (), (id, scenario_id, service_id, kind_code, what, from_year, value, note))
struct NfScenario {
  static constexpr const char* kSchemaName = "NfScenario";
  long long id = 0, region_org_id = 0;
  std::string name;
  int year_from = 0, years = 0, changes = 0;
  long long created_at = 0;
};
BOOST_DESCRIBE_STRUCT(NfScenario, (), (id, region_org_id, name, year_from, years, changes, created_at))
struct NfScenarioList {
  static constexpr const char* kSchemaName = "NfScenarioList";
  std::vector<NfScenario> items;
};
BOOST_DESCRIBE_STRUCT(NfScenarioList, (), (items))
struct NfScenarioInput {
  static constexpr const char* kSchemaName = "NfScenarioInput";
  std::optional<long long> region_org_id;
  std::string name;
  int year_from = 0;
  std::optional<int> years;
};
BOOST_DESCRIBE_STRUCT(NfScenarioInput, (), (region_org_id, name, year_from, years))
struct NfChangeInput {
  static constexpr const char* kSchemaName = "NfChangeInput";
  std::optional<long long> service_id;   // one service …
  std::optional<std::string> kind_code;  // … or every service of a kind
  std::string what;                      // capacity, reference_cost, own_revenue
  int from_year = 0;
  double value = 0;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(NfChangeInput, (), (service_id, kind_code, what, from_year, value, note))

// ---- the outlook ----
struct NfSourceValues {
  static constexpr const char* kSchemaName = "NfSourceValues";
  std::string source, name;
  std::vector<double> values, base_values;
};
BOOST_DESCRIBE_STRUCT(NfSourceValues, (), (source, name, values, base_values))
struct NfCostValues {
  static constexpr const char* kSchemaName = "NfCostValues";
  std::string category, name;  // personnel, operating, investment, unallocated (services without a cost budget)
  std::vector<double> values, base_values;
};
BOOST_DESCRIBE_STRUCT(NfCostValues, (), (category, name, values, base_values))
struct NfKindValues {
  static constexpr const char* kSchemaName = "NfKindValues";
  std::string kind_code, kind_name;
  int services = 0;
  std::vector<double> units, cost, optimal, base_optimal;
};
BOOST_DESCRIBE_STRUCT(NfKindValues, (), (kind_code, kind_name, services, units, cost, optimal, base_optimal))
struct NfOutlookService {
  static constexpr const char* kSchemaName = "NfOutlookService";
  long long service_id = 0;
  std::string service_name, provider_name, kind_code, kind_name, unit, unit_name;
  std::vector<double> capacity, units, cost, optimal, base_optimal;
};
BOOST_DESCRIBE_STRUCT(NfOutlookService, (),
                      (service_id, service_name, provider_name, kind_code, kind_name, unit, unit_name, capacity, units,
                       cost, optimal, base_optimal))
struct NfOutlookScenario {
  static constexpr const char* kSchemaName = "NfOutlookScenario";
  NfScenario scenario;
  std::vector<NfChange> changes;
};
BOOST_DESCRIBE_STRUCT(NfOutlookScenario, (), (scenario, changes))
// The development demand in the outlook: the supported costs of the decided development plans per year.
struct NfDevYear {
  static constexpr const char* kSchemaName = "NfDevYear";
  int year = 0;
  double personnel = 0, operating = 0, investment = 0, total = 0;
};
BOOST_DESCRIBE_STRUCT(NfDevYear, (), (year, personnel, operating, investment, total))
struct NfDevPlanDemand {
  static constexpr const char* kSchemaName = "NfDevPlanDemand";
  long long dev_plan_id = 0, service_id = 0;
  std::string service_name, provider_name, plan_title;
  std::vector<NfDevYear> years;
};
BOOST_DESCRIBE_STRUCT(NfDevPlanDemand, (), (dev_plan_id, service_id, service_name, provider_name, plan_title, years))
struct NfDevelopment {
  static constexpr const char* kSchemaName = "NfDevelopment";
  std::vector<NfDevYear> totals;  // per year of the outlook
  std::vector<NfDevPlanDemand> plans;
};
BOOST_DESCRIBE_STRUCT(NfDevelopment, (), (totals, plans))

struct NfOutlook {
  static constexpr const char* kSchemaName = "NfOutlook";
  std::vector<int> years;
  std::optional<NfOutlookScenario> scenario;
  std::vector<NfSourceValues> by_source;
  std::vector<NfCostValues> by_cost;
  std::vector<NfKindValues> by_kind;
  std::vector<double> total_cost, total_optimal, uncovered, base_total_cost, base_total_optimal;
  long long services_total = 0;
  std::vector<NfOutlookService> services;
  // The supported development plans' costs and the network's total demand (total_optimal + development).
  NfDevelopment development;
  std::vector<double> total_demand;
};
BOOST_DESCRIBE_STRUCT(NfOutlook, (),
                      (years, scenario, by_source, by_cost, by_kind, total_cost, total_optimal, uncovered,
                       base_total_cost, base_total_optimal, services_total, services, development, total_demand))

}  // namespace kvalis::http::dto
