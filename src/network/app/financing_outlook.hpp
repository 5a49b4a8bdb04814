#pragma once
// Use cases of the financing outlook and the subsidy lines (issue 13 item 4; namespace kvalis::network::app); the
// what-if scenarios the outlook applies are network/app/financing_scenarios.hpp.
//
// The outlook's services: for each year, the services in the region's network of the latest network year not
// after it (nw_network_years/entries, with their network capacity); a region with no network year yet up to
// that year: its active services with their registered capacity. Each service is priced by its region's model
// of the latest year not after year_from (else the region's earliest model), its own revenues split as its
// planned budget (of the latest year not after year_from, else its earliest) splits them.
//
// Beside the operating demand, the outlook carries the development demand of the caller's scope (the supported
// costs of the decided development plans, network/app/dev_plans.hpp) and the network's total demand per year.
//
// Speed (issue 13 "Speed"): what the outlook reads from the database (services, network years, models,
// budgets' revenues) is kept per caller scope in a process cache valid for the data versions "network" and
// "registry" it was read at, with the core's input and the base outlook of the spans of years asked (OutlookMemo);
// a what-if scenario's changes are read on every request and the outlook with them is recomputed whole in one
// tight loop (network/core/financing_outlook.hpp). Scenario writes are hypothetical and
// nothing caches them: they bump no data version, so a what-if does not throw the base away.
#include <soci/soci.h>

#include <cstddef>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/app/dev_plans.hpp"
#include "network/core/financing_outlook.hpp"
#include "network/store/fin_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

// The core's input and the base outlook of a FinBase for one span of years, computed once and kept with it.
struct OutlookMemo {
  OutlookInput input;
  Outlook base;
  std::vector<std::optional<FinUnit>> units;  // per service: the unit of its model row
};

// What the outlook reads, for one scope.
struct FinBase {
  std::vector<store::fin_repo::ServiceRow> services;
  struct Region {
    long long org_id = 0;
    std::string code, name;
    std::vector<OutlookModel> models;  // by year, ascending
    std::vector<long long> model_ids;
    std::vector<int> network_years;                                  // ascending
    std::vector<std::vector<std::pair<long long, double>>> entries;  // per network year: (service, capacity), sorted
  };
  std::vector<Region> regions;  // by code
  // Per service (index as services): planned revenues and costs by year, ascending.
  struct Budget {
    int year = 0;
    SourceAmounts revenues{};
    CostAmounts costs{};
  };
  std::vector<std::vector<Budget>> budgets;
  // The supported costs of the decided development plans the caller sees (the region's staff: every plan of
  // the region; a provider: its own), every year; read with the rest, so a decision (it bumps "network")
  // reloads them. Empty in the base of a single line.
  std::vector<devrepo::DemandLine> dev_lines;
  const Region* region(const std::string& code) const;
  // The memo of the years year_from … year_from + years − 1: computed on first use, then shared (thread-safe;
  // a few spans are kept).
  std::shared_ptr<const OutlookMemo> memo(int year_from, int years) const;

 private:
  mutable std::mutex memo_mutex_;
  mutable std::map<std::pair<int, int>, std::shared_ptr<const OutlookMemo>> memos_;
};

class FinBaseCache {
 public:
  explicit FinBaseCache(std::size_t capacity = 4) : capacity_(capacity) {}
  std::shared_ptr<const FinBase> get(const std::string& key, long long network_version, long long registry_version);
  void put(const std::string& key, long long network_version, long long registry_version,
           std::shared_ptr<const FinBase> base);
  long long loads() const;  // how many times the base was read from the database (for tests)
  void count_load();

 private:
  struct Entry {
    std::string key;
    long long network = 0, registry = 0;
    std::shared_ptr<const FinBase> base;
  };
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> entries_;
  long long loads_ = 0;
};
FinBaseCache& process_fin_cache();

// ---- the outlook ----
struct OutlookQuery {
  int year_from = 0;
  int years = 3;              // 1..10
  long long scenario_id = 0;  // 0: none
  int limit = 100;            // services listed (by the first year's optimal subsidy, largest first)
};
struct OutlookView {
  std::shared_ptr<const FinBase> base_data;
  std::shared_ptr<const OutlookMemo> memo;  // the input and the base outlook (shared with the cache)
  std::optional<Outlook> whatif;            // with a scenario: the base with its changes
  std::optional<store::fin_repo::ScenarioRow> scenario;
  std::vector<store::fin_repo::ChangeRow> changes;
  std::vector<std::size_t> listed;  // indices into input().services / base_data->services
  std::size_t financed = 0;         // services the model prices with units in some year
  // The development demand of the outlook's years (the supported costs of decided development plans) and the
  // network's total demand per year: the optimal subsidy (of the scenario, if any) + the development demand.
  DevDemand development;
  std::vector<double> total_demand;
  const OutlookInput& input() const { return memo->input; }
  const Outlook& base() const { return memo->base; }
  const Outlook& result() const { return whatif ? *whatif : memo->base; }
  const std::vector<std::optional<FinUnit>>& units() const { return memo->units; }
};
Result<OutlookView> financing_outlook(kvalis::store::Database& db, const accounts::Caller& caller,
                                      const OutlookQuery& query, FinBaseCache* cache = nullptr);
Result<OutlookView> financing_outlook(soci::session& s, const accounts::Caller& caller, const OutlookQuery& query,
                                      FinBaseCache* cache = nullptr);

// ---- subsidy lines ----
struct LineView {
  store::fin_repo::ServiceRow service;
  int year = 0;
  double capacity = 0, units = 0;
  std::optional<FinUnit> unit;
  double optimal = 0;
  std::optional<double> requested, granted;
  std::string difference_reason;
  Difference difference;
  bool can_request = false, can_grant = false;
};
Result<std::vector<LineView>> list_lines(kvalis::store::Database& db, const accounts::Caller& caller, int year,
                                         FinBaseCache* cache = nullptr);
struct LineInput {
  std::optional<double> requested, granted;             // absent: unchanged
  std::optional<std::string> difference_reason;         // absent: unchanged
  bool clear_requested = false, clear_granted = false;  // back to "not given" (granted: the region only)
};
Result<LineView> put_line(kvalis::store::Database& db, const accounts::Caller& caller, long long service_id, int year,
                          const LineInput& in);
Result<LineView> put_line(soci::session& s, const accounts::Caller& caller, long long service_id, int year,
                          const LineInput& in);

// ---- the Excel export (network/export/financing_xlsx.hpp writes it) ----
struct ExportModel {
  std::string region_name;
  store::fin_repo::ModelHead head;
  std::vector<store::fin_repo::ModelRowRecord> rows;
};
struct OutlookExport {
  OutlookView outlook;              // every financed service listed
  std::vector<LineView> lines;      // of year_from
  std::vector<ExportModel> models;  // the model each region's services are priced by
};
Result<OutlookExport> outlook_export(kvalis::store::Database& db, const accounts::Caller& caller, OutlookQuery query,
                                     FinBaseCache* cache = nullptr);

}  // namespace kvalis::network::app
