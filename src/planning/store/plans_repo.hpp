#pragma once
// Storage of the planning chain above the clients (planning module, tables pl_* of migration 0007):
// settings, strategic and operational plans, goals of the three organisational levels, indicators,
// evaluations with their participants, values and evidence, and the counts indicators of source `count`
// read. Every value is bound; rows are plain structs, states stay the migration's strings (parsed in app).
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::planning::store::plans_repo {

struct OrgRow {
  long long id = 0;
  std::string name;
  std::string type;
  std::string region_code;
};
std::optional<OrgRow> get_org(soci::session& s, long long id);
// Providers: of the given ids, of the given regions, or all (all = true); by name.
std::vector<OrgRow> list_providers(soci::session& s, bool all, const std::vector<long long>& ids,
                                   const std::vector<std::string>& region_codes);

struct ServiceRef {
  long long id = 0;
  long long provider_id = 0;
  std::string name;
  std::string kind_code;
};
std::optional<ServiceRef> get_service(soci::session& s, long long id);
std::vector<ServiceRef> services_of(soci::session& s, long long provider_id);
// Whether the user is listed in pl_service_staff of the service (staff or granted).
bool is_staff(soci::session& s, long long service_id, long long user_id);

// ---- settings ----
std::optional<double> gas_rho(soci::session& s, long long organisation_id);
void set_gas_rho(soci::session& s, long long organisation_id, double rho, long long now);

// ---- strategic plans ----
struct StrategicPlanRow {
  long long id = 0;
  long long organisation_id = 0;
  std::string organisation_name;
  std::string region_code;
  std::string title;
  int year_from = 0, year_to = 0;
  std::string problem, vision, mission;
  std::string state = "active";
  long long created_by = 0, created_at = 0, updated_at = 0;
  int goals = 0;
};
std::vector<StrategicPlanRow> list_strategic_plans(soci::session& s, std::optional<long long> organisation_id);
std::optional<StrategicPlanRow> get_strategic_plan(soci::session& s, long long id);
long long insert_strategic_plan(soci::session& s, const StrategicPlanRow& r);
void update_strategic_plan(soci::session& s, const StrategicPlanRow& r);

// ---- operational plans ----
struct OperationalPlanRow {
  long long id = 0;
  long long organisation_id = 0;
  std::string organisation_name;
  std::string region_code;
  std::optional<long long> service_id;
  std::string service_name;
  std::optional<long long> strategic_plan_id;
  int year = 0;
  std::string title;
  std::string state = "open";
  std::optional<long long> derived_from_id;
  long long closed_at = 0, closed_by = 0;
  long long created_by = 0, created_at = 0, updated_at = 0;
  int goals = 0;
};
struct OperationalPlanFilter {
  std::optional<long long> organisation_id;
  std::optional<long long> strategic_plan_id;
  std::optional<int> year;
};
std::vector<OperationalPlanRow> list_operational_plans(soci::session& s, const OperationalPlanFilter& f);
std::optional<OperationalPlanRow> get_operational_plan(soci::session& s, long long id);
long long insert_operational_plan(soci::session& s, const OperationalPlanRow& r);
void update_operational_plan(soci::session& s, const OperationalPlanRow& r);
void close_operational_plan(soci::session& s, long long id, long long at, long long by);
std::optional<long long> plan_derived_from(soci::session& s, long long closed_plan_id);  // the plan derived from it

// ---- goals ----
struct GoalRow {
  long long id = 0;
  std::string level;
  long long organisation_id = 0;
  std::optional<long long> strategic_plan_id;
  std::optional<long long> operational_plan_id;
  std::optional<long long> service_id;
  std::string service_name;
  std::optional<long long> parent_goal_id;
  std::string unlinked_reason;
  std::string code, title, description;
  int position = 0;
  std::string state = "active";
  std::optional<long long> origin_goal_id;
  std::string carry, carry_reason;
  long long created_by = 0, created_at = 0, updated_at = 0;
  int operational_year = 0;  // of the operational plan (0 for strategic goals)
};
std::optional<GoalRow> get_goal(soci::session& s, long long id);
std::vector<GoalRow> goals_of_strategic_plan(soci::session& s, long long strategic_plan_id);
std::vector<GoalRow> goals_of_operational_plan(soci::session& s, long long operational_plan_id);
// Objectives and service goals of the operational plans of a strategic plan (every year).
std::vector<GoalRow> operational_goals_of_strategic_plan(soci::session& s, long long strategic_plan_id);
std::vector<GoalRow> children_of(soci::session& s, long long goal_id);
std::vector<GoalRow> carried_from(soci::session& s, long long goal_id);  // goals whose origin is this one
long long insert_goal(soci::session& s, const GoalRow& r);
void update_goal(soci::session& s, const GoalRow& r);
void set_goal_state(soci::session& s, long long id, const std::string& state, long long now);
void delete_goal(soci::session& s, long long id);
int next_goal_position(soci::session& s, std::optional<long long> strategic_plan_id,
                       std::optional<long long> operational_plan_id);
struct GoalUsage {
  int children = 0, evaluations = 0, personal_goals = 0, carried = 0;
};
GoalUsage goal_usage(soci::session& s, long long goal_id);
// Personal goals linked to any of the goals, and their distinct clients.
struct PersonalGoalCount {
  int count = 0, linked_clients = 0;
};
PersonalGoalCount personal_goals_of(soci::session& s, const std::vector<long long>& goal_ids);

// ---- indicators ----
struct IndicatorRow {
  long long id = 0;
  long long goal_id = 0;
  std::string name, unit;
  std::optional<double> baseline, target;
  std::string direction = "higher";
  std::string source;
  std::string benchmark_indicator_code, count_of;
  std::string rba;
  int schedule_months = 12;
  std::string next_due_on;
  int position = 0;
};
std::optional<IndicatorRow> get_indicator(soci::session& s, long long id);
std::vector<IndicatorRow> indicators_of(soci::session& s, const std::vector<long long>& goal_ids);
long long insert_indicator(soci::session& s, const IndicatorRow& r, long long now);
void update_indicator(soci::session& s, const IndicatorRow& r, long long now);
void set_next_due(soci::session& s, long long indicator_id, const std::string& next_due_on, long long now);
void delete_indicator(soci::session& s, long long id);

// ---- evaluations ----
struct ParticipantRow {
  std::string kind, name, role, organisation;
};
struct ValueRow {
  long long evaluation_id = 0;
  long long indicator_id = 0;
  std::optional<double> value;
  std::optional<long long> clients_n;
  std::string note;
  std::string held_on;    // of the evaluation (when read back)
  std::string period_to;  // the end of the period the evaluation covers (when read back)
};
struct EvaluationRow {
  long long id = 0;
  long long goal_id = 0;
  std::string kind = "interim";
  std::string held_on, period_from, period_to;
  std::string result;
  std::string conclusion;
  long long created_by = 0, created_at = 0;
  std::vector<ParticipantRow> participants;
  std::vector<ValueRow> values;
};
std::optional<EvaluationRow> get_evaluation(soci::session& s, long long id);  // with participants and values
std::vector<EvaluationRow> evaluations_of(soci::session& s, const std::vector<long long>& goal_ids);  // no details
long long insert_evaluation(soci::session& s, const EvaluationRow& r);  // with participants and values
// Recorded values of the indicators, oldest first (evaluation held_on, then id).
std::vector<ValueRow> values_of_indicators(soci::session& s, const std::vector<long long>& indicator_ids);

struct EvidenceRow {
  long long id = 0;
  long long evaluation_id = 0;
  std::string kind, label, url, file_name, content_type;
  long long size_bytes = 0;
  std::string sha256;
  long long created_by = 0, created_at = 0;
};
std::vector<EvidenceRow> evidence_of(soci::session& s, long long evaluation_id);
std::optional<EvidenceRow> get_evidence(soci::session& s, long long id);
long long insert_evidence(soci::session& s, const EvidenceRow& r, const std::string& data_base64);
std::string evidence_file(soci::session& s, long long evidence_id);  // base64
void delete_evidence(soci::session& s, long long id);

// ---- counts (indicators of source `count`) ----
int count_reviews(soci::session& s, const std::vector<long long>& service_ids, const std::string& from,
                  const std::string& to);
int count_clients(soci::session& s, const std::vector<long long>& service_ids, const std::string& from,
                  const std::string& to);  // contract overlapping the period
int count_evaluations(soci::session& s, const std::vector<long long>& goal_ids, const std::string& from,
                      const std::string& to);
// Evaluations of the goals that cover the period: their period ends within [from, to] (a year's closing
// evaluation is held early in the next year).
int count_evaluations_covering(soci::session& s, const std::vector<long long>& goal_ids, const std::string& from,
                               const std::string& to);
int count_personal_goals(soci::session& s, const std::vector<long long>& goal_ids, const std::string& to);

// ---- due evaluations ----
struct DueRow {
  IndicatorRow indicator;
  GoalRow goal;
};
// Indicators with a next due date on or before `until` of objectives and service goals in open operational
// plans of the organisation.
std::vector<DueRow> due_indicators(soci::session& s, long long organisation_id, const std::string& until);

}  // namespace kvalis::planning::store::plans_repo
