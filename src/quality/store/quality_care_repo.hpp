#pragma once
// Care part of the quality module: consultations and supervisions, OSPOD procedures and staffing,
// transformation plans with milestones, community places, limits and inclusion indicators (tables qc_*).
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::store::quality_care_repo {

// Organisations and regions a caller reads through: their own organisations, and the regions they are
// members of (records of providers, offices and services in those regions). all: platform administrator.
struct Scope {
  bool all = false;
  std::vector<long long> organisation_ids;
  std::vector<std::string> region_codes;
};

// ---- consultations and supervisions ----------------------------------------------------------------

struct ParticipantRow {
  std::string name;
  std::string team;
};

struct FindingRef {
  long long id = 0;
  long long audit_id = 0;
  std::string audit_title;
  std::string severity;
  std::string text;
};

struct SupervisionRow {
  long long id = 0;
  long long provider_org_id = 0;
  std::string provider_name;
  std::string provider_region_code;
  std::optional<long long> service_id;
  std::string service_name;
  long long recorded_by_org_id = 0;
  std::string recorded_by_name;
  std::string kind;  // consultation | supervision
  std::string form;  // individual | group | team | case
  std::string supervisor;
  std::string held_on;
  double hours = 0;
  std::string topics;
  std::string note;
  std::vector<ParticipantRow> participants;
  std::vector<FindingRef> findings;
  long long created_by = 0;
  long long created_at = 0;
  long long updated_at = 0;
};

struct SupervisionQuery {
  Scope scope;
  std::optional<long long> provider_org_id;
  int year = 0;      // 0: all years
  std::string kind;  // "": both
};

std::vector<SupervisionRow> list_supervisions(soci::session& s, const SupervisionQuery& q);
std::optional<SupervisionRow> get_supervision(soci::session& s, long long id);
long long insert_supervision(soci::session& s, const SupervisionRow& r);
void update_supervision(soci::session& s, const SupervisionRow& r);
void delete_supervision(soci::session& s, long long id);
// Findings of audits of the provider (audited_org_id), newest audit first.
std::vector<FindingRef> provider_findings(soci::session& s, long long provider_org_id);

// ---- organisations and services (the facts access needs) ---------------------------------------------

struct OrgRef {
  long long id = 0;
  std::string type;
  std::string name;
  std::string region_code;
};
std::optional<OrgRef> get_org(soci::session& s, long long id);
// Providers (type provider) in the scope (their own id or their region) or among also_ids, by name.
std::vector<OrgRef> list_providers(soci::session& s, const Scope& scope, const std::vector<long long>& also_ids);
// The region organisation (type region) of a Kraj code, the oldest when several.
std::optional<OrgRef> region_org(soci::session& s, const std::string& region_code);

struct ServiceRef {
  long long id = 0;
  long long provider_org_id = 0;
  std::string name;
  std::string kind_code;
  std::string forms;  // ";pob;"
  std::string region_code;
  long long capacity = 0;
};
std::optional<ServiceRef> get_service(soci::session& s, long long id);

// ---- OSPOD -----------------------------------------------------------------------------------------

struct StandardRef {
  int number = 0;
  std::string name;
};
// The standards of the latest version of the OSPOD set.
std::vector<StandardRef> ospod_standards(soci::session& s);
// OSPOD offices (organisations of type municipality) in the scope, by name.
std::vector<OrgRef> list_offices(soci::session& s, const Scope& scope);

struct ProcedureRow {
  long long id = 0;
  long long office_org_id = 0;
  int standard_number = 0;
  int version = 0;
  std::string title;
  std::string content;
  std::string approved_on;
  std::string approved_by;
  std::string effective_from;
  std::string change_note;
  long long created_by = 0;
  long long created_at = 0;
};
std::vector<ProcedureRow> list_procedures(soci::session& s, long long office_org_id);
// Inserts the next version for the office and standard; returns the id (row.version is ignored).
ProcedureRow insert_procedure(soci::session& s, ProcedureRow row);

struct StaffWorkerRow {
  std::string name;
  std::string job;
  double fte = 0;
};

struct SnapshotRow {
  long long id = 0;
  long long office_org_id = 0;
  std::string as_of;
  std::optional<long long> cases;
  std::optional<long long> children;
  std::string note;
  std::vector<StaffWorkerRow> workers;
  long long created_at = 0;
};
std::vector<SnapshotRow> list_snapshots(soci::session& s, long long office_org_id);  // by as_of
std::optional<SnapshotRow> get_snapshot(soci::session& s, long long id);
bool snapshot_exists(soci::session& s, long long office_org_id, const std::string& as_of, long long except_id = 0);
long long insert_snapshot(soci::session& s, const SnapshotRow& r, long long user_id);
void update_snapshot(soci::session& s, const SnapshotRow& r);
void delete_snapshot(soci::session& s, long long id);

struct NormRow {
  std::optional<double> max_cases_per_fte;
  std::optional<double> max_children_per_fte;
  std::string source;
  long long updated_at = 0;
};
NormRow get_norm(soci::session& s, long long office_org_id);
void put_norm(soci::session& s, long long office_org_id, const NormRow& n, long long user_id);

// ---- transformation --------------------------------------------------------------------------------

struct PlanRow {
  long long id = 0;
  long long service_id = 0;
  std::string service_name;
  std::string region_code;  // of the service
  long long provider_org_id = 0;
  std::string provider_name;
  std::string title;
  std::string description;
  int baseline_capacity = 0;
  int target_capacity = 0;
  std::string baseline_on;
  std::string target_on;
  std::string status;
  long long created_at = 0;
  long long updated_at = 0;
};

struct PlanQuery {
  Scope scope;
  std::optional<long long> service_id;
  std::optional<long long> provider_org_id;
};
std::vector<PlanRow> list_plans(soci::session& s, const PlanQuery& q);
std::optional<PlanRow> get_plan(soci::session& s, long long id);
long long insert_plan(soci::session& s, const PlanRow& p, long long user_id);
void update_plan(soci::session& s, const PlanRow& p);
std::optional<long long> find_plan(soci::session& s, long long service_id, const std::string& title);

struct MilestoneRow {
  long long id = 0;
  long long plan_id = 0;
  std::string kind;
  std::string title;
  std::string planned_on;
  std::string done_on;
  std::optional<long long> capacity_after;
  std::optional<long long> new_service_id;
  std::string new_service_name;
  std::optional<long long> clients_moved;
  std::string note;
};
std::vector<MilestoneRow> list_milestones(soci::session& s, long long plan_id);  // by planned_on
std::optional<MilestoneRow> get_milestone(soci::session& s, long long id);
long long insert_milestone(soci::session& s, const MilestoneRow& m);
void update_milestone(soci::session& s, const MilestoneRow& m);
void delete_milestone(soci::session& s, long long id);

struct PlaceRow {
  long long id = 0;
  long long plan_id = 0;
  std::string name;
  std::string address;
  std::optional<long long> service_id;
  std::string service_name;
  bool ordinary_housing = false;
  long long capacity = 0;
  std::string household_sizes;
  bool equipment_complete = false;
  std::string equipment_note;
  bool support_separated = false;
  std::string note;
};
std::vector<PlaceRow> list_places(soci::session& s, long long plan_id);
std::optional<PlaceRow> get_place(soci::session& s, long long id);
long long insert_place(soci::session& s, const PlaceRow& p);
void update_place(soci::session& s, const PlaceRow& p);
void delete_place(soci::session& s, long long id);

struct LimitsRow {
  std::optional<long long> max_capacity_per_place;
  std::optional<long long> max_persons_per_household;
  std::optional<long long> max_households_per_place;
  std::string source;
  bool verified = false;
  long long updated_at = 0;  // 0: never set
};
LimitsRow get_limits(soci::session& s, long long region_org_id);
void put_limits(soci::session& s, long long region_org_id, const LimitsRow& l, long long user_id);

struct IndicatorRow {
  long long id = 0;
  long long region_org_id = 0;
  std::string code;
  std::string name;
  std::string unit;
  std::string direction;  // higher | lower | none
  std::string description;
  bool archived = false;
};
std::vector<IndicatorRow> list_indicators(soci::session& s, long long region_org_id);
std::optional<IndicatorRow> get_indicator(soci::session& s, long long id);
std::optional<long long> find_indicator(soci::session& s, long long region_org_id, const std::string& code);
long long insert_indicator(soci::session& s, const IndicatorRow& i);
void update_indicator(soci::session& s, const IndicatorRow& i);

struct ValueRow {
  long long indicator_id = 0;
  std::string period;
  double value = 0;
  std::string note;
};
std::vector<ValueRow> list_values(soci::session& s, long long plan_id);  // by indicator, period
// Sets the values given (insert or replace per indicator and period); others stay.
void put_values(soci::session& s, long long plan_id, const std::vector<ValueRow>& values, long long user_id);
void delete_value(soci::session& s, long long plan_id, long long indicator_id, const std::string& period);

}  // namespace kvalis::store::quality_care_repo
