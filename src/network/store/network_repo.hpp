#pragma once
// Storage of the regional network year by year (tables nw_network_years, nw_network_entries,
// nw_network_decisions, nw_entrustments of migration 0010), the registry facts the network is compared with,
// and the answers of the region's latest locked coverage round (nw_coverage_* of 0009, read directly until
// issue 12's coverage map is available to this part). Every value is bound; rows are plain structs.
#include <soci/soci.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kvalis::network::store::network_repo {

// ---- the region and its services ----

struct RegionOrg {
  long long id = 0;
  std::string region_code, name;
};
std::optional<RegionOrg> region_by_code(soci::session& s, const std::string& region_code);
std::optional<RegionOrg> region_by_id(soci::session& s, long long org_id);
// Every region organisation (by id).
std::vector<RegionOrg> regions(soci::session& s);

struct ServiceFacts {
  long long id = 0;
  long long provider_id = 0;
  std::string provider_name, name, kind_code, kind_name, region_code, status, forms, ended_on;
  double capacity = 0;
  std::string capacity_unit;
  std::vector<std::string> territories, target_groups;
};
std::optional<ServiceFacts> get_service(soci::session& s, long long id);
// Every service registered in the region (active and ended), by name.
std::vector<ServiceFacts> services_of_region(soci::session& s, const std::string& region_code);
// Whether the organisation runs an active service in the region.
bool provides_in_region(soci::session& s, long long org_id, const std::string& region_code);

// Names of catalogue codes (name_cs of the latest row of each code); unknown codes are missing from the map.
std::map<std::string, std::string> catalogue_names(soci::session& s, const std::string& catalogue,
                                                   const std::vector<std::string>& codes);
// ORP territories of a region (code → name), by name.
std::vector<std::pair<std::string, std::string>> region_territories(soci::session& s, const std::string& region_code);

// ---- network years ----

struct YearRow {
  long long id = 0;
  long long region_org_id = 0;
  int year = 0;
  std::string status = "draft", approved_on, approved_by_text, note;
  long long created_by = 0, created_at = 0, updated_at = 0;
};
std::vector<YearRow> list_years(soci::session& s, long long region_org_id);
std::optional<YearRow> get_year(soci::session& s, long long id);
std::optional<YearRow> find_year(soci::session& s, long long region_org_id, int year);
// The latest year before `year` (the one a new year copies).
std::optional<YearRow> previous_year(soci::session& s, long long region_org_id, int year);
long long insert_year(soci::session& s, const YearRow& r);
void approve_year(soci::session& s, long long id, const std::string& approved_on, const std::string& approved_by_text,
                  long long now);
void touch_year(soci::session& s, long long id, long long now);

// ---- entries ----

struct EntryRow {
  long long id = 0;
  long long network_year_id = 0;
  long long service_id = 0;
  double capacity = 0;
  std::string capacity_unit;
  std::optional<double> fte;
  std::string territories, note;  // ';5205;'
  // of the service
  std::string service_name, kind_code, kind_name, provider_name;
  long long provider_id = 0;
};
std::vector<EntryRow> list_entries(soci::session& s, long long network_year_id);
void copy_entries(soci::session& s, long long from_year_id, long long to_year_id);
void insert_entry(soci::session& s, const EntryRow& r);
void set_entry_capacity(soci::session& s, long long network_year_id, long long service_id, double capacity,
                        const std::string& unit);
void set_entry_territories(soci::session& s, long long network_year_id, long long service_id,
                           const std::string& territories);
void delete_entry(soci::session& s, long long network_year_id, long long service_id);

// A service's place in each year of the region's network.
struct ServiceYear {
  long long network_year_id = 0;
  int year = 0;
  std::string status;
  bool in_network = false;
  double capacity = 0;
  std::string capacity_unit;
};
std::vector<ServiceYear> service_years(soci::session& s, long long region_org_id, long long service_id);

// ---- decisions ----

struct DecisionRow {
  long long id = 0;
  long long region_org_id = 0;
  long long network_year_id = 0;
  int year = 0;
  long long service_id = 0;
  std::string service_name;
  std::string kind, decided_on, reason, decided_by_text;
  std::optional<double> capacity_before, capacity_after;
  std::string capacity_unit;
  std::optional<long long> dev_intention_id;
  long long recorded_by = 0, created_at = 0;
  std::string territories_before, territories_after;  // ';5205;' when the decision changed them
};
long long insert_decision(soci::session& s, const DecisionRow& r);
std::vector<DecisionRow> decisions_of_year(soci::session& s, long long network_year_id);
std::vector<DecisionRow> decisions_of_service(soci::session& s, long long region_org_id, long long service_id);

// ---- entrustment acts ----

struct EntrustmentRow {
  long long id = 0;
  long long region_org_id = 0;
  long long service_id = 0;
  std::string act_number, issued_on, valid_from, valid_to;
  std::optional<double> capacity;
  std::string capacity_unit, forms, territories, scope, status = "valid", note;
  long long created_by = 0, created_at = 0;
  // of the service
  std::string service_name, provider_name;
  long long provider_id = 0;
};
// The region's acts, of one service when service_id is set; by service name, then valid_from.
std::vector<EntrustmentRow> list_entrustments(soci::session& s, long long region_org_id,
                                              std::optional<long long> service_id);
std::optional<EntrustmentRow> get_entrustment(soci::session& s, long long id);
long long insert_entrustment(soci::session& s, const EntrustmentRow& r);
void update_entrustment(soci::session& s, const EntrustmentRow& r);

// ---- need coverage (tables of issue 12) ----

struct LockedRound {
  long long id = 0;
  std::string title, period_from, period_to;
};
// The region's latest locked coverage round (by period end, then id).
std::optional<LockedRound> latest_locked_round(soci::session& s, long long region_org_id);
struct CoverageAnswerRow {
  long long service_id = 0;
  long long need_area_id = 0;
  std::string mode;
};
std::vector<CoverageAnswerRow> round_answers(soci::session& s, long long round_id);
// Need areas by id → name (Czech).
std::map<long long, std::string> need_names(soci::session& s, const std::vector<long long>& ids);

}  // namespace kvalis::network::store::network_repo
