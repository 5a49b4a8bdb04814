#pragma once
// Quality module, care part: consultations and supervisions, OSPOD procedures and staffing standard,
// transformation plans (milestones, capacity, community-service check, inclusion indicators).
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

// ---- consultations and supervisions ----------------------------------------------------------------

struct QcParticipant {
  static constexpr const char* kSchemaName = "QcParticipant";
  std::string name;
  std::string team;
};
BOOST_DESCRIBE_STRUCT(QcParticipant, (), (name, team))

struct QcFindingRef {
  static constexpr const char* kSchemaName = "QcFindingRef";
  long long id = 0;
  long long audit_id = 0;
  std::string audit_title;
  std::string severity;
  std::string text;
};
BOOST_DESCRIBE_STRUCT(QcFindingRef, (), (id, audit_id, audit_title, severity, text))

struct QcFindingList {
  static constexpr const char* kSchemaName = "QcFindingList";
  std::vector<QcFindingRef> items;
};
BOOST_DESCRIBE_STRUCT(QcFindingList, (), (items))

struct QcProviderRef {
  static constexpr const char* kSchemaName = "QcProviderRef";
  long long id = 0;
  std::string name;
  std::string region_code;
};
BOOST_DESCRIBE_STRUCT(QcProviderRef, (), (id, name, region_code))

struct QcProviderList {
  static constexpr const char* kSchemaName = "QcProviderList";
  std::vector<QcProviderRef> items;
};
BOOST_DESCRIBE_STRUCT(QcProviderList, (), (items))

struct QcSupervision {
  static constexpr const char* kSchemaName = "QcSupervision";
  long long id = 0;
  long long provider_org_id = 0;
  std::string provider_name;
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
  std::vector<QcParticipant> participants;
  std::vector<QcFindingRef> findings;
  bool can_edit = false;
  std::string created_at;
  std::string updated_at;
};
BOOST_DESCRIBE_STRUCT(QcSupervision, (),
                      (id, provider_org_id, provider_name, service_id, service_name, recorded_by_org_id,
                       recorded_by_name, kind, form, supervisor, held_on, hours, topics, note, participants, findings,
                       can_edit, created_at, updated_at))

struct QcSupervisionList {
  static constexpr const char* kSchemaName = "QcSupervisionList";
  std::vector<QcSupervision> items;
};
BOOST_DESCRIBE_STRUCT(QcSupervisionList, (), (items))

struct QcSupervisionInput {
  static constexpr const char* kSchemaName = "QcSupervisionInput";
  long long provider_org_id = 0;
  std::optional<long long> service_id;
  std::optional<long long> recorded_by_org_id;  // default: the provider (or the caller's only audit body)
  std::string kind;
  std::string form;
  std::string supervisor;
  std::string held_on;
  double hours = 0;
  std::optional<std::string> topics;
  std::optional<std::string> note;
  std::vector<QcParticipant> participants;
  std::optional<std::vector<long long>> finding_ids;
};
BOOST_DESCRIBE_STRUCT(QcSupervisionInput, (),
                      (provider_org_id, service_id, recorded_by_org_id, kind, form, supervisor, held_on, hours, topics,
                       note, participants, finding_ids))

struct QcWorkerHours {
  static constexpr const char* kSchemaName = "QcWorkerHours";
  std::string name;
  std::string team;
  double hours = 0;
  int sessions = 0;
};
BOOST_DESCRIBE_STRUCT(QcWorkerHours, (), (name, team, hours, sessions))

struct QcTeamHours {
  static constexpr const char* kSchemaName = "QcTeamHours";
  std::string team;
  double hours = 0;
  double person_hours = 0;
  int sessions = 0;
  int workers = 0;
};
BOOST_DESCRIBE_STRUCT(QcTeamHours, (), (team, hours, person_hours, sessions, workers))

struct QcHoursSummary {
  static constexpr const char* kSchemaName = "QcHoursSummary";
  long long provider_org_id = 0;
  int year = 0;
  std::string kind;
  int sessions = 0;
  double session_hours = 0;
  std::vector<QcWorkerHours> workers;
  std::vector<QcTeamHours> teams;
};
BOOST_DESCRIBE_STRUCT(QcHoursSummary, (), (provider_org_id, year, kind, sessions, session_hours, workers, teams))

// ---- OSPOD -----------------------------------------------------------------------------------------

struct QcOffice {
  static constexpr const char* kSchemaName = "QcOffice";
  long long id = 0;
  std::string name;
  std::string region_code;
  bool can_edit = false;
  bool can_set_norm = false;
};
BOOST_DESCRIBE_STRUCT(QcOffice, (), (id, name, region_code, can_edit, can_set_norm))

struct QcOfficeList {
  static constexpr const char* kSchemaName = "QcOfficeList";
  std::vector<QcOffice> items;
};
BOOST_DESCRIBE_STRUCT(QcOfficeList, (), (items))

struct QcProcedureVersion {
  static constexpr const char* kSchemaName = "QcProcedureVersion";
  long long id = 0;
  int version = 0;
  std::string title;
  std::string content;
  std::string approved_on;
  std::string approved_by;
  std::string effective_from;
  std::string change_note;
  bool in_force = false;
  std::string created_at;
};
BOOST_DESCRIBE_STRUCT(QcProcedureVersion, (),
                      (id, version, title, content, approved_on, approved_by, effective_from, change_note, in_force,
                       created_at))

struct QcStandardProcedures {
  static constexpr const char* kSchemaName = "QcStandardProcedures";
  int standard_number = 0;
  std::string standard_name;
  std::optional<int> in_force_version;
  std::vector<QcProcedureVersion> versions;  // newest first
};
BOOST_DESCRIBE_STRUCT(QcStandardProcedures, (), (standard_number, standard_name, in_force_version, versions))

struct QcProcedures {
  static constexpr const char* kSchemaName = "QcProcedures";
  long long office_org_id = 0;
  std::string office_name;
  bool can_edit = false;
  std::string today;
  std::vector<QcStandardProcedures> standards;
};
BOOST_DESCRIBE_STRUCT(QcProcedures, (), (office_org_id, office_name, can_edit, today, standards))

struct QcProcedureInput {
  static constexpr const char* kSchemaName = "QcProcedureInput";
  int standard_number = 0;
  std::string title;
  std::optional<std::string> content;
  std::string approved_on;
  std::optional<std::string> approved_by;
  std::optional<std::string> effective_from;  // default: approved_on
  std::optional<std::string> change_note;
};
BOOST_DESCRIBE_STRUCT(QcProcedureInput, (),
                      (standard_number, title, content, approved_on, approved_by, effective_from, change_note))

struct QcStaffWorker {
  static constexpr const char* kSchemaName = "QcStaffWorker";
  std::string name;
  std::string job;
  double fte = 0;
};
BOOST_DESCRIBE_STRUCT(QcStaffWorker, (), (name, job, fte))

struct QcRatio {
  static constexpr const char* kSchemaName = "QcRatio";
  std::optional<double> ratio;
  std::optional<double> norm;
  std::string state;  // no_norm | no_data | within | over
  std::optional<double> fte_needed;
};
BOOST_DESCRIBE_STRUCT(QcRatio, (), (ratio, norm, state, fte_needed))

struct QcSnapshot {
  static constexpr const char* kSchemaName = "QcSnapshot";
  long long id = 0;
  std::string as_of;
  std::optional<long long> cases;
  std::optional<long long> children;
  std::string note;
  std::vector<QcStaffWorker> workers;
  double total_fte = 0;
  QcRatio cases_ratio;
  QcRatio children_ratio;
};
BOOST_DESCRIBE_STRUCT(QcSnapshot, (),
                      (id, as_of, cases, children, note, workers, total_fte, cases_ratio, children_ratio))

struct QcNorm {
  static constexpr const char* kSchemaName = "QcNorm";
  std::optional<double> max_cases_per_fte;
  std::optional<double> max_children_per_fte;
  std::string source;
  bool set = false;
  std::optional<std::string> updated_at;
};
BOOST_DESCRIBE_STRUCT(QcNorm, (), (max_cases_per_fte, max_children_per_fte, source, set, updated_at))

struct QcStaffing {
  static constexpr const char* kSchemaName = "QcStaffing";
  long long office_org_id = 0;
  std::string office_name;
  bool can_edit = false;
  bool can_set_norm = false;
  QcNorm norm;
  std::vector<QcSnapshot> snapshots;  // oldest first
};
BOOST_DESCRIBE_STRUCT(QcStaffing, (), (office_org_id, office_name, can_edit, can_set_norm, norm, snapshots))

struct QcSnapshotInput {
  static constexpr const char* kSchemaName = "QcSnapshotInput";
  std::string as_of;
  std::optional<long long> cases;
  std::optional<long long> children;
  std::optional<std::string> note;
  std::vector<QcStaffWorker> workers;
};
BOOST_DESCRIBE_STRUCT(QcSnapshotInput, (), (as_of, cases, children, note, workers))

struct QcNormInput {
  static constexpr const char* kSchemaName = "QcNormInput";
  std::optional<double> max_cases_per_fte;
  std::optional<double> max_children_per_fte;
  std::optional<std::string> source;
};
BOOST_DESCRIBE_STRUCT(QcNormInput, (), (max_cases_per_fte, max_children_per_fte, source))

// ---- transformation --------------------------------------------------------------------------------

struct QcPlanSummary {
  static constexpr const char* kSchemaName = "QcPlanSummary";
  long long id = 0;
  long long service_id = 0;
  std::string service_name;
  long long provider_org_id = 0;
  std::string provider_name;
  std::string title;
  std::string status;
  int baseline_capacity = 0;
  int target_capacity = 0;
  int current_capacity = 0;
  std::string baseline_on;
  std::string target_on;
  int milestones_total = 0;
  int milestones_done = 0;
  int milestones_overdue = 0;
  bool can_edit = false;
};
BOOST_DESCRIBE_STRUCT(QcPlanSummary, (),
                      (id, service_id, service_name, provider_org_id, provider_name, title, status, baseline_capacity,
                       target_capacity, current_capacity, baseline_on, target_on, milestones_total, milestones_done,
                       milestones_overdue, can_edit))

struct QcPlanList {
  static constexpr const char* kSchemaName = "QcPlanList";
  std::vector<QcPlanSummary> items;
};
BOOST_DESCRIBE_STRUCT(QcPlanList, (), (items))

struct QcPlanInput {
  static constexpr const char* kSchemaName = "QcPlanInput";
  std::optional<long long> service_id;  // on create only
  std::optional<std::string> title;
  std::optional<std::string> description;
  std::optional<int> baseline_capacity;
  std::optional<int> target_capacity;
  std::optional<std::string> baseline_on;
  std::optional<std::string> target_on;
  std::optional<std::string> status;
};
BOOST_DESCRIBE_STRUCT(QcPlanInput, (),
                      (service_id, title, description, baseline_capacity, target_capacity, baseline_on, target_on,
                       status))

struct QcMilestone {
  static constexpr const char* kSchemaName = "QcMilestone";
  long long id = 0;
  std::string kind;  // capacity_reduction | community_service | client_moves | other
  std::string title;
  std::string planned_on;
  std::string done_on;
  std::string state;  // done | overdue | planned
  std::optional<long long> capacity_after;
  std::optional<long long> new_service_id;
  std::string new_service_name;
  std::optional<long long> clients_moved;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(QcMilestone, (),
                      (id, kind, title, planned_on, done_on, state, capacity_after, new_service_id, new_service_name,
                       clients_moved, note))

struct QcMilestoneInput {
  static constexpr const char* kSchemaName = "QcMilestoneInput";
  std::string kind;
  std::string title;
  std::string planned_on;
  std::optional<std::string> done_on;
  std::optional<long long> capacity_after;
  std::optional<long long> new_service_id;
  std::optional<long long> clients_moved;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(QcMilestoneInput, (),
                      (kind, title, planned_on, done_on, capacity_after, new_service_id, clients_moved, note))

struct QcCapacityPoint {
  static constexpr const char* kSchemaName = "QcCapacityPoint";
  std::string date;
  int capacity = 0;
};
BOOST_DESCRIBE_STRUCT(QcCapacityPoint, (), (date, capacity))

struct QcCriterionCheck {
  static constexpr const char* kSchemaName = "QcCriterionCheck";
  std::string criterion;  // ordinary_housing | capacity | household_size | households | equipment | separation
  std::string state;      // met | not_met | not_evaluated
  std::string reason;     // in the caller's language
};
BOOST_DESCRIBE_STRUCT(QcCriterionCheck, (), (criterion, state, reason))

struct QcPlace {
  static constexpr const char* kSchemaName = "QcPlace";
  long long id = 0;
  std::string name;
  std::string address;
  std::optional<long long> service_id;
  std::string service_name;
  bool ordinary_housing = false;
  long long capacity = 0;
  std::vector<int> household_sizes;
  bool equipment_complete = false;
  std::string equipment_note;
  bool support_separated = false;
  std::string note;
  std::string result;  // met | not_met | not_evaluated
  std::vector<QcCriterionCheck> checks;
};
BOOST_DESCRIBE_STRUCT(QcPlace, (),
                      (id, name, address, service_id, service_name, ordinary_housing, capacity, household_sizes,
                       equipment_complete, equipment_note, support_separated, note, result, checks))

struct QcPlaceInput {
  static constexpr const char* kSchemaName = "QcPlaceInput";
  std::string name;
  std::optional<std::string> address;
  std::optional<long long> service_id;
  bool ordinary_housing = false;
  long long capacity = 0;
  std::vector<int> household_sizes;
  bool equipment_complete = false;
  std::optional<std::string> equipment_note;
  bool support_separated = false;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(QcPlaceInput, (),
                      (name, address, service_id, ordinary_housing, capacity, household_sizes, equipment_complete,
                       equipment_note, support_separated, note))

struct QcLimits {
  static constexpr const char* kSchemaName = "QcLimits";
  long long region_org_id = 0;
  std::string region_name;
  std::optional<long long> max_capacity_per_place;
  std::optional<long long> max_persons_per_household;
  std::optional<long long> max_households_per_place;
  std::string source;
  bool verified = false;
  bool set = false;  // at least one limit is set
  bool can_edit = false;
};
BOOST_DESCRIBE_STRUCT(QcLimits, (),
                      (region_org_id, region_name, max_capacity_per_place, max_persons_per_household,
                       max_households_per_place, source, verified, set, can_edit))

struct QcLimitsInput {
  static constexpr const char* kSchemaName = "QcLimitsInput";
  std::optional<long long> max_capacity_per_place;
  std::optional<long long> max_persons_per_household;
  std::optional<long long> max_households_per_place;
  std::optional<std::string> source;
  std::optional<bool> verified;
};
BOOST_DESCRIBE_STRUCT(QcLimitsInput, (),
                      (max_capacity_per_place, max_persons_per_household, max_households_per_place, source, verified))

struct QcIndicator {
  static constexpr const char* kSchemaName = "QcIndicator";
  long long id = 0;
  long long region_org_id = 0;
  std::string code;
  std::string name;
  std::string unit;
  std::string direction;  // higher | lower | none
  std::string description;
  bool archived = false;
};
BOOST_DESCRIBE_STRUCT(QcIndicator, (), (id, region_org_id, code, name, unit, direction, description, archived))

struct QcIndicatorList {
  static constexpr const char* kSchemaName = "QcIndicatorList";
  long long region_org_id = 0;
  std::string region_name;
  bool can_edit = false;
  std::vector<QcIndicator> items;
};
BOOST_DESCRIBE_STRUCT(QcIndicatorList, (), (region_org_id, region_name, can_edit, items))

struct QcIndicatorInput {
  static constexpr const char* kSchemaName = "QcIndicatorInput";
  std::optional<long long> region_org_id;  // on create; default the caller's only region
  std::string code;
  std::string name;
  std::optional<std::string> unit;
  std::string direction;
  std::optional<std::string> description;
  std::optional<bool> archived;
};
BOOST_DESCRIBE_STRUCT(QcIndicatorInput, (), (region_org_id, code, name, unit, direction, description, archived))

struct QcIndicatorValue {
  static constexpr const char* kSchemaName = "QcIndicatorValue";
  long long indicator_id = 0;
  std::string period;
  double value = 0;
  std::string note;
};
BOOST_DESCRIBE_STRUCT(QcIndicatorValue, (), (indicator_id, period, value, note))

struct QcValueInput {
  static constexpr const char* kSchemaName = "QcValueInput";
  long long indicator_id = 0;
  std::string period;
  std::optional<double> value;  // null removes the value
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(QcValueInput, (), (indicator_id, period, value, note))

struct QcValuesInput {
  static constexpr const char* kSchemaName = "QcValuesInput";
  std::vector<QcValueInput> values;
};
BOOST_DESCRIBE_STRUCT(QcValuesInput, (), (values))

struct QcPlan {
  static constexpr const char* kSchemaName = "QcPlan";
  QcPlanSummary summary;
  std::string description;
  std::optional<double> reduction_percent;
  std::vector<QcMilestone> milestones;
  std::vector<QcCapacityPoint> capacity_planned;
  std::vector<QcCapacityPoint> capacity_actual;
  std::vector<QcPlace> places;
  std::optional<QcLimits> limits;  // absent when the service's region has no region organisation
  std::vector<QcIndicator> indicators;
  std::vector<QcIndicatorValue> values;
};
BOOST_DESCRIBE_STRUCT(QcPlan, (),
                      (summary, description, reduction_percent, milestones, capacity_planned, capacity_actual, places,
                       limits, indicators, values))

}  // namespace kvalis::http::dto
