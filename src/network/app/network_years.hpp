#pragma once
// Use cases of the regional network year by year (issue 13 item 1): the network of a year (a new year copies
// the previous one), decisions that include, change or remove a service, approval, a service's history year
// by year with its decisions and entrustment acts, the acts themselves, and the comparison of a year with
// the registry and with need coverage. The region's managers write; region staff read everything; a provider
// reads only its own services' entries, acts and history; a municipality reads approved years.
// Every write appends an activity and bumps the data version scope "network".
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "network/core/network_years.hpp"
#include "network/store/network_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::network::app {

namespace nrepo = store::network_repo;

// The region a request is about and how the caller stands to it.
struct NetworkScope {
  nrepo::RegionOrg region;
  NetworkRole role = NetworkRole::none;
  std::vector<long long> own_orgs;  // provider role: the caller's providers
  bool can_manage() const { return role == NetworkRole::manager; }
};
// region_code: "" = the caller's region (its region membership, else the region of its memberships'
// region code; the platform administrator: the only region). Errors name the field "region".
Result<NetworkScope> network_scope(soci::session& s, const accounts::Caller& caller, const std::string& region_code);
// The scope of a region organisation by its id (for records that carry region_org_id).
std::optional<NetworkScope> scope_of_region(soci::session& s, const accounts::Caller& caller, long long region_org_id);

// ---- years ----

struct YearSummary {
  nrepo::YearRow year;
  int services = 0;  // entries the caller sees
  std::map<std::string, double> capacity_by_unit;
  bool can_manage = false;
};
Result<std::vector<YearSummary>> list_years(kvalis::store::Database& db, const accounts::Caller& caller,
                                            const std::string& region_code);
Result<std::vector<YearSummary>> list_years(soci::session& s, const accounts::Caller& caller,
                                            const std::string& region_code);

struct EntryView {
  nrepo::EntryRow entry;
  std::vector<std::pair<std::string, std::string>> territories;  // code, name
  std::optional<nrepo::EntrustmentRow> entrustment;              // the act in force in the year
  std::vector<nrepo::DecisionRow> decisions_this_year;
};
struct YearDetail {
  nrepo::YearRow year;
  nrepo::RegionOrg region;
  std::vector<EntryView> entries;
  std::vector<nrepo::DecisionRow> decisions;  // the year's decisions the caller sees (removals included)
  std::map<std::string, double> capacity_by_unit;
  std::optional<int> previous_year;
  bool can_manage = false;
};
Result<YearDetail> get_year(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
Result<YearDetail> get_year(soci::session& s, const accounts::Caller& caller, long long id);

// A new year of the region's network: a copy of the latest earlier year (or empty). 409 when it exists.
Result<YearDetail> create_year(kvalis::store::Database& db, const accounts::Caller& caller,
                               const std::string& region_code, int year);
Result<YearDetail> create_year(soci::session& s, const accounts::Caller& caller, const std::string& region_code,
                               int year);

struct ApproveYearInput {
  std::string approved_on;       // YYYY-MM-DD
  std::string approved_by_text;  // the body and its resolution
};
Result<YearDetail> approve_year(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                const ApproveYearInput& in);
Result<YearDetail> approve_year(soci::session& s, const accounts::Caller& caller, long long id,
                                const ApproveYearInput& in);

// ---- decisions ----

struct DecisionRequest {
  long long service_id = 0;
  std::string kind;  // include | change | remove
  std::string decided_on, reason, decided_by_text;
  std::optional<double> capacity_after;  // include: default the registered capacity
  std::string capacity_unit;             // include: default the registered unit
  std::optional<long long> dev_intention_id;
  std::optional<std::vector<std::string>> territories_after;  // ORP codes; include: default the registered ones
};
// Records a decision in a draft year and applies it to the year's network.
Result<nrepo::DecisionRow> record_decision(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long year_id, const DecisionRequest& in);
Result<nrepo::DecisionRow> record_decision(soci::session& s, const accounts::Caller& caller, long long year_id,
                                           const DecisionRequest& in);

// ---- a service's history ----

struct HistoryYear {
  nrepo::ServiceYear year;
  std::vector<nrepo::DecisionRow> decisions;
  std::optional<nrepo::EntrustmentRow> entrustment;
};
struct ServiceHistory {
  nrepo::ServiceFacts service;
  nrepo::RegionOrg region;
  std::vector<HistoryYear> years;
  std::vector<nrepo::EntrustmentRow> entrustments;
};
Result<ServiceHistory> service_history(kvalis::store::Database& db, const accounts::Caller& caller,
                                       long long service_id);

// ---- entrustment acts ----

struct EntrustmentInput {
  long long service_id = 0;
  std::string act_number, issued_on, valid_from, valid_to;
  std::optional<double> capacity;
  std::string capacity_unit;
  std::vector<std::string> forms, territories;
  std::string scope, note;
  std::string status = "valid";  // valid | amended | revoked (update)
};
Result<std::vector<nrepo::EntrustmentRow>> list_entrustments(kvalis::store::Database& db,
                                                             const accounts::Caller& caller,
                                                             const std::string& region_code,
                                                             std::optional<long long> service_id);
Result<nrepo::EntrustmentRow> create_entrustment(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 const EntrustmentInput& in);
Result<nrepo::EntrustmentRow> create_entrustment(soci::session& s, const accounts::Caller& caller,
                                                 const EntrustmentInput& in);
Result<nrepo::EntrustmentRow> update_entrustment(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 long long id, const EntrustmentInput& in);

// ---- comparisons ----

struct MismatchView {
  nrepo::EntryRow entry;
  CapacityMismatch mismatch;
};
struct NotRegisteredView {
  nrepo::EntryRow entry;
  std::string registry_status;  // ended, other_region, unknown
  std::string ended_on;
};
struct RegistryDiffView {
  nrepo::YearRow year;
  std::vector<nrepo::ServiceFacts> not_in_network;
  std::vector<NotRegisteredView> not_registered;
  std::vector<MismatchView> capacity_mismatch;
};
// Region staff only (the comparison names every provider's services).
Result<RegistryDiffView> registry_diff(kvalis::store::Database& db, const accounts::Caller& caller, long long year_id);
Result<RegistryDiffView> registry_diff(soci::session& s, const accounts::Caller& caller, long long year_id);

struct GapView {
  std::string territory_code, territory_name;
  long long need_area_id = 0;
  std::string need_name;
  int network_services = 0, outside_network = 0;
};
struct CoverageDiffView {
  nrepo::YearRow year;
  std::optional<nrepo::LockedRound> round;  // the latest locked coverage round; none: nothing to compare
  std::vector<std::pair<long long, std::string>> needs;
  std::vector<std::pair<std::string, std::string>> territories;
  std::vector<GapView> gaps;
};
Result<CoverageDiffView> coverage_diff(kvalis::store::Database& db, const accounts::Caller& caller, long long year_id);

// ---- export ----

struct YearExport {
  YearDetail detail;
  std::optional<RegistryDiffView> registry;            // region staff only
  std::vector<nrepo::EntrustmentRow> acts;             // acts in force in the year of the services the caller sees
  std::map<std::string, std::string> territory_names;  // ORP code → name, for the acts
};
Result<YearExport> year_export(kvalis::store::Database& db, const accounts::Caller& caller, long long year_id);

}  // namespace kvalis::network::app
