#pragma once
// DTOs of the planning chain above the clients (planning module, PLANNING_SPEC "HTTP API" [plans]): plans,
// goals, indicators, evaluations, the tree, evaluations due and the impact report.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/json_dto.hpp"

namespace kvalis::http::dto {

struct PlOutcomeCell {
  static constexpr const char* kSchemaName = "PlOutcomeCell";
  std::optional<long long> clients, goals, attained;
  std::optional<double> share_attained, mean_t, sd_t, mean_ladder_change;
  std::optional<long long> ladder_clients;
  bool suppressed = false;
};
BOOST_DESCRIBE_STRUCT(PlOutcomeCell, (),
                      (clients, goals, attained, share_attained, mean_t, sd_t, mean_ladder_change, ladder_clients,
                       suppressed))

struct PlOrganisation {
  static constexpr const char* kSchemaName = "PlOrganisation";
  long long id = 0;
  std::string name, type, region_code;
  bool can_manage = false;
  double gas_rho = 0.3;
};
BOOST_DESCRIBE_STRUCT(PlOrganisation, (), (id, name, type, region_code, can_manage, gas_rho))
struct PlOrganisationList {
  static constexpr const char* kSchemaName = "PlOrganisationList";
  std::vector<PlOrganisation> items;
};
BOOST_DESCRIBE_STRUCT(PlOrganisationList, (), (items))
struct PlSettingsInput {
  static constexpr const char* kSchemaName = "PlSettingsInput";
  double gas_rho = 0.3;
};
BOOST_DESCRIBE_STRUCT(PlSettingsInput, (), (gas_rho))

struct PlStrategicPlan {
  static constexpr const char* kSchemaName = "PlStrategicPlan";
  long long id = 0, organisation_id = 0;
  std::string organisation_name, title;
  int year_from = 0, year_to = 0;
  std::string state;
  int goals = 0;
  std::string problem, vision, mission;
};
BOOST_DESCRIBE_STRUCT(PlStrategicPlan, (),
                      (id, organisation_id, organisation_name, title, year_from, year_to, state, goals, problem, vision,
                       mission))
struct PlStrategicPlanList {
  static constexpr const char* kSchemaName = "PlStrategicPlanList";
  std::vector<PlStrategicPlan> items;
};
BOOST_DESCRIBE_STRUCT(PlStrategicPlanList, (), (items))
struct PlStrategicPlanInput {
  static constexpr const char* kSchemaName = "PlStrategicPlanInput";
  long long organisation_id = 0;
  std::string title;
  int year_from = 0, year_to = 0;
  std::optional<std::string> problem, vision, mission, state;
};
BOOST_DESCRIBE_STRUCT(PlStrategicPlanInput, (),
                      (organisation_id, title, year_from, year_to, problem, vision, mission, state))

struct PlGoalRef {
  static constexpr const char* kSchemaName = "PlGoalRef";
  long long id = 0;
  std::string level, code, title;
};
BOOST_DESCRIBE_STRUCT(PlGoalRef, (), (id, level, code, title))

struct PlIndicator {
  static constexpr const char* kSchemaName = "PlIndicator";
  long long id = 0, goal_id = 0;
  std::string name, unit;
  std::optional<double> baseline, target;
  std::string direction, source, benchmark_indicator_code, count_of, rba;
  int schedule_months = 12;
  std::string next_due_on;
};
BOOST_DESCRIBE_STRUCT(PlIndicator, (),
                      (id, goal_id, name, unit, baseline, target, direction, source, benchmark_indicator_code, count_of,
                       rba, schedule_months, next_due_on))
struct PlIndicatorInput {
  static constexpr const char* kSchemaName = "PlIndicatorInput";
  std::string name;
  std::optional<std::string> unit;
  std::optional<double> baseline, target;
  std::optional<std::string> direction;
  std::string source;
  std::optional<std::string> benchmark_indicator_code, count_of;
  std::string rba;
  std::optional<int> schedule_months;
  std::optional<std::string> next_due_on;
};
BOOST_DESCRIBE_STRUCT(PlIndicatorInput, (),
                      (name, unit, baseline, target, direction, source, benchmark_indicator_code, count_of, rba,
                       schedule_months, next_due_on))

struct PlGoalSummary {
  static constexpr const char* kSchemaName = "PlGoalSummary";
  long long id = 0;
  std::string level, code, title, description, state;
  std::optional<long long> strategic_plan_id, operational_plan_id;
  std::optional<long long> parent_goal_id;
  std::optional<PlGoalRef> parent;
  std::string unlinked_reason;
  std::optional<long long> service_id;
  std::string service_name;
  std::optional<long long> origin_goal_id;
  std::string carry, carry_reason;
  std::vector<PlIndicator> indicators;
  std::string next_due_on;
  int year = 0;  // of the operational plan (0 for a strategic goal)
};
BOOST_DESCRIBE_STRUCT(PlGoalSummary, (),
                      (id, level, code, title, description, state, strategic_plan_id, operational_plan_id,
                       parent_goal_id, parent, unlinked_reason, service_id, service_name, origin_goal_id, carry,
                       carry_reason, indicators, next_due_on, year))

struct PlOperationalPlan {
  static constexpr const char* kSchemaName = "PlOperationalPlan";
  long long id = 0, organisation_id = 0;
  std::string organisation_name;
  std::optional<long long> service_id;
  std::string service_name;
  std::optional<long long> strategic_plan_id;
  int year = 0;
  std::string title, state;
  std::optional<long long> derived_from_id;
  int goals = 0;
};
BOOST_DESCRIBE_STRUCT(PlOperationalPlan, (),
                      (id, organisation_id, organisation_name, service_id, service_name, strategic_plan_id, year, title,
                       state, derived_from_id, goals))
struct PlOperationalPlanList {
  static constexpr const char* kSchemaName = "PlOperationalPlanList";
  std::vector<PlOperationalPlan> items;
};
BOOST_DESCRIBE_STRUCT(PlOperationalPlanList, (), (items))
struct PlOperationalPlanInput {
  static constexpr const char* kSchemaName = "PlOperationalPlanInput";
  long long organisation_id = 0;
  std::optional<long long> service_id, strategic_plan_id;
  int year = 0;
  std::string title;
};
BOOST_DESCRIBE_STRUCT(PlOperationalPlanInput, (), (organisation_id, service_id, strategic_plan_id, year, title))

struct PlStrategicPlanDetail {
  static constexpr const char* kSchemaName = "PlStrategicPlanDetail";
  PlStrategicPlan plan;
  std::vector<PlGoalSummary> goals;
  std::vector<PlOperationalPlan> operational_plans;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PlStrategicPlanDetail, (), (plan, goals, operational_plans, can_manage))
struct PlOperationalPlanDetail {
  static constexpr const char* kSchemaName = "PlOperationalPlanDetail";
  PlOperationalPlan plan;
  std::vector<PlGoalSummary> goals;
  std::optional<long long> derived_plan_id;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PlOperationalPlanDetail, (), (plan, goals, derived_plan_id, can_manage))

// ---- the tree ----
struct PlTreeGoal {
  static constexpr const char* kSchemaName = "PlTreeGoal";
  long long id = 0;
  std::string level, code, title, state, unlinked_reason, service_name;
  int year = 0;
};
BOOST_DESCRIBE_STRUCT(PlTreeGoal, (), (id, level, code, title, state, unlinked_reason, service_name, year))
struct PlTreeIndicator {
  static constexpr const char* kSchemaName = "PlTreeIndicator";
  long long id = 0;
  std::string name, unit;
  std::optional<double> target, latest_value;
  std::optional<bool> on_target;
};
BOOST_DESCRIBE_STRUCT(PlTreeIndicator, (), (id, name, unit, target, latest_value, on_target))
struct PlCount {
  static constexpr const char* kSchemaName = "PlCount";
  int count = 0;
};
BOOST_DESCRIBE_STRUCT(PlCount, (), (count))
struct PlTreeNode {
  static constexpr const char* kSchemaName = "PlTreeNode";
  PlTreeGoal goal;
  std::optional<PlOutcomeCell> outcome;
  std::vector<PlTreeIndicator> indicators;
  std::vector<PlTreeNode> children;
  PlCount personal_goals;
};
BOOST_DESCRIBE_STRUCT(PlTreeNode, (), (goal, outcome, indicators, children, personal_goals))
struct PlPeriod {
  static constexpr const char* kSchemaName = "PlPeriod";
  std::string from, to;
};
BOOST_DESCRIBE_STRUCT(PlPeriod, (), (from, to))
struct PlTree {
  static constexpr const char* kSchemaName = "PlTree";
  PlStrategicPlan plan;
  PlPeriod period;
  std::vector<PlTreeNode> nodes;
  std::vector<PlTreeNode> unlinked;
};
BOOST_DESCRIBE_STRUCT(PlTree, (), (plan, period, nodes, unlinked))

// ---- goals ----
struct PlGoalInput {
  static constexpr const char* kSchemaName = "PlGoalInput";
  std::string level;
  std::optional<long long> strategic_plan_id, operational_plan_id, service_id, parent_goal_id;
  std::optional<std::string> unlinked_reason, code;
  std::string title;
  std::optional<std::string> description;
};
BOOST_DESCRIBE_STRUCT(PlGoalInput, (),
                      (level, strategic_plan_id, operational_plan_id, service_id, parent_goal_id, unlinked_reason, code,
                       title, description))
struct PlIndicatorLatest {
  static constexpr const char* kSchemaName = "PlIndicatorLatest";
  std::optional<double> value;
  std::string held_on;
  long long evaluation_id = 0;
  std::optional<long long> clients_n;
};
BOOST_DESCRIBE_STRUCT(PlIndicatorLatest, (), (value, held_on, evaluation_id, clients_n))
struct PlHistoryPoint {
  static constexpr const char* kSchemaName = "PlHistoryPoint";
  std::string held_on;
  std::optional<double> value;
};
BOOST_DESCRIBE_STRUCT(PlHistoryPoint, (), (held_on, value))
struct PlIndicatorDetail {
  static constexpr const char* kSchemaName = "PlIndicatorDetail";
  long long id = 0, goal_id = 0;
  std::string name, unit;
  std::optional<double> baseline, target;
  std::string direction, source, benchmark_indicator_code, count_of, rba;
  int schedule_months = 12;
  std::string next_due_on;
  std::optional<PlIndicatorLatest> latest;
  std::optional<bool> on_target;
  std::vector<PlHistoryPoint> history;
};
BOOST_DESCRIBE_STRUCT(PlIndicatorDetail, (),
                      (id, goal_id, name, unit, baseline, target, direction, source, benchmark_indicator_code, count_of,
                       rba, schedule_months, next_due_on, latest, on_target, history))
struct PlPlanRef {
  static constexpr const char* kSchemaName = "PlPlanRef";
  std::string kind;
  long long id = 0;
  std::string title;
  int year = 0, year_from = 0, year_to = 0;
  std::string state;
};
BOOST_DESCRIBE_STRUCT(PlPlanRef, (), (kind, id, title, year, year_from, year_to, state))
struct PlPersonalGoals {
  static constexpr const char* kSchemaName = "PlPersonalGoals";
  int count = 0, linked_clients = 0;
};
BOOST_DESCRIBE_STRUCT(PlPersonalGoals, (), (count, linked_clients))
struct PlEvaluationSummary {
  static constexpr const char* kSchemaName = "PlEvaluationSummary";
  long long id = 0, goal_id = 0;
  std::string kind, held_on, period_from, period_to, result, conclusion;
};
BOOST_DESCRIBE_STRUCT(PlEvaluationSummary, (), (id, goal_id, kind, held_on, period_from, period_to, result, conclusion))
struct PlGoalDetail {
  static constexpr const char* kSchemaName = "PlGoalDetail";
  PlGoalSummary goal;
  PlPlanRef plan;
  std::optional<PlGoalSummary> parent;
  std::vector<PlGoalSummary> children;
  PlPersonalGoals personal_goals;
  std::vector<PlIndicatorDetail> indicators;
  std::vector<PlEvaluationSummary> evaluations;
  std::optional<PlOutcomeCell> outcome;
  std::vector<PlGoalSummary> history;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PlGoalDetail, (),
                      (goal, plan, parent, children, personal_goals, indicators, evaluations, outcome, history,
                       can_manage))

// ---- evaluations ----
struct PlDraftValue {
  static constexpr const char* kSchemaName = "PlDraftValue";
  long long indicator_id = 0;
  std::optional<double> value;
  std::optional<long long> clients_n;
};
BOOST_DESCRIBE_STRUCT(PlDraftValue, (), (indicator_id, value, clients_n))
struct PlDraft {
  static constexpr const char* kSchemaName = "PlDraft";
  std::vector<PlDraftValue> items;
};
BOOST_DESCRIBE_STRUCT(PlDraft, (), (items))
struct PlParticipantInput {
  static constexpr const char* kSchemaName = "PlParticipantInput";
  std::string kind, name;
  std::optional<std::string> role, organisation;
};
BOOST_DESCRIBE_STRUCT(PlParticipantInput, (), (kind, name, role, organisation))
struct PlParticipant {
  static constexpr const char* kSchemaName = "PlParticipant";
  std::string kind, name, role, organisation;
};
BOOST_DESCRIBE_STRUCT(PlParticipant, (), (kind, name, role, organisation))
struct PlValueInput {
  static constexpr const char* kSchemaName = "PlValueInput";
  long long indicator_id = 0;
  std::optional<double> value;
  std::optional<std::string> note;
};
BOOST_DESCRIBE_STRUCT(PlValueInput, (), (indicator_id, value, note))
struct PlEvaluationInput {
  static constexpr const char* kSchemaName = "PlEvaluationInput";
  std::optional<std::string> kind;
  std::string held_on, period_from, period_to;
  std::optional<std::string> result, conclusion;
  std::optional<std::vector<PlParticipantInput>> participants;
  std::optional<std::vector<PlValueInput>> values;
};
BOOST_DESCRIBE_STRUCT(PlEvaluationInput, (),
                      (kind, held_on, period_from, period_to, result, conclusion, participants, values))
struct PlEvaluationValue {
  static constexpr const char* kSchemaName = "PlEvaluationValue";
  long long indicator_id = 0;
  std::string name, unit;
  std::optional<double> value;
  std::optional<long long> clients_n;
  std::string note;
  std::optional<double> target;
  std::optional<bool> on_target;
};
BOOST_DESCRIBE_STRUCT(PlEvaluationValue, (), (indicator_id, name, unit, value, clients_n, note, target, on_target))
struct PlEvidence {
  static constexpr const char* kSchemaName = "PlEvidence";
  long long id = 0, evaluation_id = 0;
  std::string kind, label, url, file_name, content_type;
  long long size_bytes = 0;
};
BOOST_DESCRIBE_STRUCT(PlEvidence, (), (id, evaluation_id, kind, label, url, file_name, content_type, size_bytes))
struct PlEvidenceLinkInput {
  static constexpr const char* kSchemaName = "PlEvidenceLinkInput";
  std::string kind;
  std::string label, url;
};
BOOST_DESCRIBE_STRUCT(PlEvidenceLinkInput, (), (kind, label, url))
struct PlEvaluationDetail {
  static constexpr const char* kSchemaName = "PlEvaluationDetail";
  PlEvaluationSummary evaluation;
  PlGoalSummary goal;
  std::vector<PlParticipant> participants;
  std::vector<PlEvaluationValue> values;
  std::vector<PlEvidence> evidence;
  bool can_manage = false;
};
BOOST_DESCRIBE_STRUCT(PlEvaluationDetail, (), (evaluation, goal, participants, values, evidence, can_manage))

// ---- the plan cycle ----
struct PlCloseGoalInput {
  static constexpr const char* kSchemaName = "PlCloseGoalInput";
  long long goal_id = 0;
  std::string result;
  std::optional<std::string> conclusion;
  std::optional<std::vector<PlParticipantInput>> participants;
};
BOOST_DESCRIBE_STRUCT(PlCloseGoalInput, (), (goal_id, result, conclusion, participants))
struct PlCloseInput {
  static constexpr const char* kSchemaName = "PlCloseInput";
  std::string held_on;
  std::vector<PlCloseGoalInput> evaluations;
};
BOOST_DESCRIBE_STRUCT(PlCloseInput, (), (held_on, evaluations))
struct PlDeriveDecisionInput {
  static constexpr const char* kSchemaName = "PlDeriveDecisionInput";
  long long goal_id = 0;
  std::string carry, reason;
  std::optional<std::string> title, description;
};
BOOST_DESCRIBE_STRUCT(PlDeriveDecisionInput, (), (goal_id, carry, reason, title, description))
struct PlDeriveInput {
  static constexpr const char* kSchemaName = "PlDeriveInput";
  int year = 0;
  std::string title;
  std::vector<PlDeriveDecisionInput> decisions;
};
BOOST_DESCRIBE_STRUCT(PlDeriveInput, (), (year, title, decisions))

// ---- due ----
struct PlDueItem {
  static constexpr const char* kSchemaName = "PlDueItem";
  long long indicator_id = 0;
  std::string indicator_name;
  PlGoalRef goal;
  std::optional<long long> service_id;
  std::string service_name, next_due_on, state;
};
BOOST_DESCRIBE_STRUCT(PlDueItem, (), (indicator_id, indicator_name, goal, service_id, service_name, next_due_on, state))
struct PlDueList {
  static constexpr const char* kSchemaName = "PlDueList";
  std::vector<PlDueItem> items;
};
BOOST_DESCRIBE_STRUCT(PlDueList, (), (items))

// ---- impact ----
struct PlImpactEvidence {
  static constexpr const char* kSchemaName = "PlImpactEvidence";
  std::vector<long long> evaluation_ids;
  std::string held_on;
  std::optional<long long> clients_n;
};
BOOST_DESCRIBE_STRUCT(PlImpactEvidence, (), (evaluation_ids, held_on, clients_n))
struct PlImpactIndicator {
  static constexpr const char* kSchemaName = "PlImpactIndicator";
  long long id = 0;
  std::string name, unit, source, rba, direction;
  std::optional<double> baseline, target, value;
  std::optional<bool> on_target;
  PlImpactEvidence evidence;
};
BOOST_DESCRIBE_STRUCT(PlImpactIndicator, (),
                      (id, name, unit, source, rba, direction, baseline, target, value, on_target, evidence))
struct PlImpactGoal {
  static constexpr const char* kSchemaName = "PlImpactGoal";
  long long id = 0;
  std::string level, code, title, state;
  int year = 0;
};
BOOST_DESCRIBE_STRUCT(PlImpactGoal, (), (id, level, code, title, state, year))
struct PlImpactServiceGoal {
  static constexpr const char* kSchemaName = "PlImpactServiceGoal";
  PlImpactGoal goal;
  std::string service_name;
  std::optional<PlOutcomeCell> outcome;
  std::vector<PlImpactIndicator> indicators;
};
BOOST_DESCRIBE_STRUCT(PlImpactServiceGoal, (), (goal, service_name, outcome, indicators))
struct PlImpactObjective {
  static constexpr const char* kSchemaName = "PlImpactObjective";
  PlImpactGoal goal;
  std::optional<PlOutcomeCell> outcome;
  std::vector<PlImpactIndicator> indicators;
  std::vector<PlImpactServiceGoal> service_goals;
};
BOOST_DESCRIBE_STRUCT(PlImpactObjective, (), (goal, outcome, indicators, service_goals))
struct PlImpactStrategic {
  static constexpr const char* kSchemaName = "PlImpactStrategic";
  PlImpactGoal goal;
  std::optional<PlOutcomeCell> outcome;
  std::vector<PlImpactIndicator> indicators;
  std::vector<PlImpactObjective> objectives;
};
BOOST_DESCRIBE_STRUCT(PlImpactStrategic, (), (goal, outcome, indicators, objectives))
struct PlImpactOrganisation {
  static constexpr const char* kSchemaName = "PlImpactOrganisation";
  long long id = 0;
  std::string name;
};
BOOST_DESCRIBE_STRUCT(PlImpactOrganisation, (), (id, name))
struct PlImpactPlan {
  static constexpr const char* kSchemaName = "PlImpactPlan";
  long long id = 0;
  std::string title, problem, vision, mission;
  int year_from = 0, year_to = 0;
};
BOOST_DESCRIBE_STRUCT(PlImpactPlan, (), (id, title, problem, vision, mission, year_from, year_to))
struct PlImpactTotals {
  static constexpr const char* kSchemaName = "PlImpactTotals";
  int clients = 0, goals = 0, evaluations = 0;
};
BOOST_DESCRIBE_STRUCT(PlImpactTotals, (), (clients, goals, evaluations))
struct PlImpact {
  static constexpr const char* kSchemaName = "PlImpact";
  PlImpactOrganisation organisation;
  PlImpactPlan plan;
  PlPeriod period;
  std::vector<PlImpactStrategic> strategic_goals;
  PlImpactTotals totals;
};
BOOST_DESCRIBE_STRUCT(PlImpact, (), (organisation, plan, period, strategic_goals, totals))

}  // namespace kvalis::http::dto
