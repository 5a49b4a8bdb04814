#pragma once
// SQL of the financing part of the network module (migration 0010: nw_fin_*), and the reads of the services,
// the regions and the network years (nw_network_years/nw_network_entries, written by the network-years part)
// the financing needs. Rows in, rows out; the rules are in network/core/financing*.hpp.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

#include "network/core/financing.hpp"

namespace kvalis::network::store::fin_repo {

// Which services: all, or those of these regions (services.region_code) or of these providers.
struct ServiceScope {
  bool all = false;
  std::vector<std::string> region_codes;
  std::vector<long long> provider_ids;
  bool empty() const { return !all && region_codes.empty() && provider_ids.empty(); }
};

struct RegionRow {
  long long id = 0;  // the region organisation
  std::string code, name;
};
std::optional<RegionRow> region_by_code(soci::session& s, const std::string& code);
std::optional<RegionRow> region_by_id(soci::session& s, long long org_id);
std::vector<RegionRow> regions(soci::session& s);
// Region codes of the services of these providers.
std::vector<std::string> region_codes_of_providers(soci::session& s, const std::vector<long long>& provider_ids);

struct ServiceRow {
  long long id = 0, provider_id = 0;
  std::string name, provider_name, kind_code, region_code, capacity_unit, status;
  std::vector<std::string> forms;
  double capacity_total = 0;
};
std::optional<ServiceRow> service(soci::session& s, long long id);
// Ordered by region code, kind code, name, id.
std::vector<ServiceRow> services(soci::session& s, const ServiceScope& scope);

// ---- models ----
struct ModelHead {
  long long id = 0, region_org_id = 0;
  std::string region_name;
  int year = 0;
  std::string name, status;
  double cost_growth = 0;
  std::string note;
  long long updated_at = 0;
  int rows = 0;
};
struct ModelRowRecord {
  long long id = 0;
  ModelRow row;
  std::string note;
};
// Models of these region organisations (empty list and all = every region), newest year first.
std::vector<ModelHead> models(soci::session& s, const std::vector<long long>& region_org_ids, bool all);
std::optional<ModelHead> model(soci::session& s, long long id);
std::optional<long long> model_id_of(soci::session& s, long long region_org_id, int year);
std::vector<ModelRowRecord> model_rows(soci::session& s, long long model_id);
long long insert_model(soci::session& s, const ModelHead& m, long long user_id, long long now);
void update_model(soci::session& s, const ModelHead& m, long long now);
void replace_model_rows(soci::session& s, long long model_id, const std::vector<ModelRowRecord>& rows);

// ---- network years (read only) ----
struct NetworkCapacity {
  long long region_org_id = 0;
  int year = 0;
  long long service_id = 0;  // 0: the year has no entries yet
  double capacity = 0;
};
// Every network year of these regions with its entries (a year without entries once, service_id 0).
std::vector<NetworkCapacity> network_capacities(soci::session& s, const std::vector<long long>& region_org_ids,
                                                bool all);

// ---- budgets ----
struct BudgetItem {
  long long service_id = 0;
  int year = 0;
  std::string side, category;
  double amount = 0;
};
// A service's budget of a year: planned (actual false) or the actual figures.
std::vector<BudgetItem> budget(soci::session& s, long long service_id, int year, bool actual);
// Replaces the planned (or actual) items of a service's year.
void replace_budget(soci::session& s, long long service_id, int year, bool actual,
                    const std::vector<BudgetItem>& items);
// The planned items of every service in scope (for the outlook's split of costs and revenues).
std::vector<BudgetItem> planned_items(soci::session& s, const ServiceScope& scope);

// ---- subsidy lines ----
struct LineRow {
  long long id = 0, region_org_id = 0, service_id = 0;
  int year = 0;
  std::optional<double> requested, granted;
  std::string difference_reason;
  long long updated_by = 0, updated_at = 0;
};
std::vector<LineRow> lines(soci::session& s, const ServiceScope& scope, int year);
std::optional<LineRow> line(soci::session& s, long long service_id, int year);
void upsert_line(soci::session& s, const LineRow& line);

// ---- what-if scenarios ----
struct ScenarioRow {
  long long id = 0, region_org_id = 0;
  std::string name;
  int year_from = 0, years = 0;
  long long created_by = 0, created_at = 0;
  int changes = 0;
};
struct ChangeRow {
  long long id = 0, scenario_id = 0, service_id = 0;
  std::string kind_code, what;
  int from_year = 0;
  double value = 0;
  std::string note;
};
std::vector<ScenarioRow> scenarios(soci::session& s, const std::vector<long long>& region_org_ids, bool all);
std::optional<ScenarioRow> scenario(soci::session& s, long long id);
long long insert_scenario(soci::session& s, const ScenarioRow& r);
std::vector<ChangeRow> changes(soci::session& s, long long scenario_id);
std::optional<ChangeRow> change(soci::session& s, long long id);
long long insert_change(soci::session& s, const ChangeRow& r);
void delete_change(soci::session& s, long long id);

}  // namespace kvalis::network::store::fin_repo
