#pragma once
// Use cases of the planning chain above the clients (planning module): organisations and their GAS ρ,
// strategic and operational plans, goals of the three organisational levels with their indicators,
// evaluations with participants, values and evidence, the plan cycle (close, derive), evaluations due, the
// tree of a strategic plan and the impact report. Each is one transaction that loads (store), checks the
// access and the rules (planning/core) and writes with its activity entry. HTTP, the CLI and the demo call
// these alike.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "planning/core/cycle.hpp"
#include "planning/core/due.hpp"
#include "planning/core/gas.hpp"
#include "planning/core/rollup.hpp"
#include "planning/store/plans_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::planning::app {

namespace repo = store::plans_repo;

// The benchmark value of a service for an indicator code in the latest round whose year lies in
// [year_from, year_to]; nullopt when none (or the caller does not see the service's results). Use cases
// given a Database build it through benchmark/app (outcomes_rollup.hpp benchmark_lookup); callers holding
// only a session (the demo) pass an empty one, and benchmark indicators then get no computed value.
using BenchmarkLookup =
    std::function<std::optional<double>(long long service_id, const std::string& code, int year_from, int year_to)>;

// A period of dates YYYY-MM-DD, both ends included.
struct Period {
  std::string from, to;
};

// ---- organisations -------------------------------------------------------------------------------

struct OrganisationView {
  repo::OrgRow org;
  bool can_manage = false;
  double gas_rho = kDefaultRho;
};
// Providers whose plans the caller may read.
std::vector<OrganisationView> list_organisations(kvalis::store::Database& db, const accounts::Caller& caller);
Result<OrganisationView> set_gas_rho(kvalis::store::Database& db, const accounts::Caller& caller,
                                     long long organisation_id, double rho);

// ---- goals as every view summarises them -----------------------------------------------------------

struct GoalRef {
  long long id = 0;
  std::string level, code, title;
};
struct GoalSummary {
  repo::GoalRow goal;
  std::optional<GoalRef> parent;
  std::vector<repo::IndicatorRow> indicators;
  std::string next_due_on;  // the earliest of its indicators'
};

// ---- strategic plans ------------------------------------------------------------------------------

struct StrategicPlanInput {
  long long organisation_id = 0;
  std::string title;
  int year_from = 0, year_to = 0;
  std::string problem, vision, mission;
  std::optional<std::string> state;  // draft | active | closed (update only)
};
struct StrategicPlanDetail {
  repo::StrategicPlanRow plan;
  std::vector<GoalSummary> goals;
  std::vector<repo::OperationalPlanRow> operational_plans;
  bool can_manage = false;
};
std::vector<repo::StrategicPlanRow> list_strategic_plans(kvalis::store::Database& db, const accounts::Caller& caller,
                                                         std::optional<long long> organisation_id);
std::vector<repo::StrategicPlanRow> list_strategic_plans(soci::session& s, const accounts::Caller& caller,
                                                         std::optional<long long> organisation_id);
Result<StrategicPlanDetail> get_strategic_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                               long long id);
Result<StrategicPlanDetail> create_strategic_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                  const StrategicPlanInput& in);
Result<StrategicPlanDetail> create_strategic_plan(soci::session& s, const accounts::Caller& caller,
                                                  const StrategicPlanInput& in);
Result<StrategicPlanDetail> update_strategic_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                  long long id, const StrategicPlanInput& in);

// ---- operational plans ----------------------------------------------------------------------------

struct OperationalPlanInput {
  long long organisation_id = 0;
  std::optional<long long> service_id;
  std::optional<long long> strategic_plan_id;
  int year = 0;
  std::string title;
};
struct OperationalPlanDetail {
  repo::OperationalPlanRow plan;
  std::vector<GoalSummary> goals;
  std::optional<long long> derived_plan_id;
  bool can_manage = false;
};
std::vector<repo::OperationalPlanRow> list_operational_plans(kvalis::store::Database& db,
                                                             const accounts::Caller& caller,
                                                             const repo::OperationalPlanFilter& filter);
Result<OperationalPlanDetail> get_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   long long id);
Result<OperationalPlanDetail> get_operational_plan(soci::session& s, const accounts::Caller& caller, long long id);
std::vector<repo::OperationalPlanRow> list_operational_plans(soci::session& s, const accounts::Caller& caller,
                                                             const repo::OperationalPlanFilter& filter);
Result<OperationalPlanDetail> create_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                      const OperationalPlanInput& in);
Result<OperationalPlanDetail> create_operational_plan(soci::session& s, const accounts::Caller& caller,
                                                      const OperationalPlanInput& in);
Result<OperationalPlanDetail> update_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                      long long id, const OperationalPlanInput& in);

// ---- goals and indicators ---------------------------------------------------------------------------

struct GoalInput {
  GoalLevel level = GoalLevel::strategic;
  std::optional<long long> strategic_plan_id;
  std::optional<long long> operational_plan_id;
  std::optional<long long> service_id;
  std::optional<long long> parent_goal_id;
  std::string unlinked_reason;
  std::string code, title, description;
};
Result<GoalSummary> create_goal(kvalis::store::Database& db, const accounts::Caller& caller, const GoalInput& in);
Result<GoalSummary> create_goal(soci::session& s, const accounts::Caller& caller, const GoalInput& in);
// Level and plan stay; parent, reason, service, code, title and description change.
Result<GoalSummary> update_goal(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                const GoalInput& in);
Status delete_goal(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

struct IndicatorInput {
  std::string name, unit;
  std::optional<double> baseline, target;
  Direction direction = Direction::higher;
  std::string source;  // gas_t | share_attained | ladder_change | clients | benchmark | count | manual
  std::string benchmark_indicator_code, count_of;
  std::string rba;  // how_much | how_well | better_off
  int schedule_months = 12;
  std::optional<std::string> next_due_on;  // default: schedule_months from today
};
Result<repo::IndicatorRow> create_indicator(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long goal_id, const IndicatorInput& in);
Result<repo::IndicatorRow> create_indicator(soci::session& s, const accounts::Caller& caller, long long goal_id,
                                            const IndicatorInput& in);
Result<repo::IndicatorRow> update_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                            const IndicatorInput& in);
Status delete_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

struct IndicatorLatest {
  std::optional<double> value;
  std::string held_on;
  long long evaluation_id = 0;
  std::optional<long long> clients_n;
};
struct IndicatorView {
  repo::IndicatorRow indicator;
  std::optional<IndicatorLatest> latest;
  std::optional<bool> on_target;
  std::vector<std::pair<std::string, std::optional<double>>> history;  // held_on, value
};
struct PlanRef {
  std::string kind;  // strategic | operational
  long long id = 0;
  std::string title;
  int year = 0, year_from = 0, year_to = 0;
  std::string state;
};
struct GoalDetail {
  GoalSummary goal;
  PlanRef plan;
  std::optional<GoalSummary> parent;
  std::vector<GoalSummary> children;
  repo::PersonalGoalCount personal_goals;
  std::vector<IndicatorView> indicators;
  std::vector<repo::EvaluationRow> evaluations;
  std::optional<OutcomeCell> outcome;
  std::vector<GoalSummary> history;  // the origin chain (oldest first) and the goals carried from this one
  bool can_manage = false;
};
Result<GoalDetail> get_goal(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                            std::optional<Period> period);

// ---- evaluations ------------------------------------------------------------------------------------

struct ValueInput {
  long long indicator_id = 0;
  std::optional<double> value;  // absent for a computed source: computed for the period
  std::string note;
};
struct EvaluationInput {
  std::string kind = "interim";  // interim | closing
  std::string held_on, period_from, period_to;
  EvaluationResult result = EvaluationResult::none;
  std::string conclusion;
  std::vector<repo::ParticipantRow> participants;
  std::vector<ValueInput> values;
};
struct DraftValue {
  long long indicator_id = 0;
  std::optional<double> value;
  std::optional<long long> clients_n;
};
Result<std::vector<DraftValue>> evaluation_draft(kvalis::store::Database& db, const accounts::Caller& caller,
                                                 long long goal_id, std::optional<Period> period);
struct EvaluationValueView {
  repo::ValueRow value;
  std::string name, unit;
  std::optional<double> target;
  std::optional<bool> on_target;
};
struct EvaluationDetail {
  repo::EvaluationRow evaluation;
  GoalSummary goal;
  std::vector<EvaluationValueView> values;
  std::vector<repo::EvidenceRow> evidence;
  bool can_manage = false;
};
Result<EvaluationDetail> create_evaluation(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long goal_id, const EvaluationInput& in);
Result<EvaluationDetail> create_evaluation(soci::session& s, const BenchmarkLookup& benchmark,
                                           const accounts::Caller& caller, long long goal_id,
                                           const EvaluationInput& in);
Result<EvaluationDetail> get_evaluation(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

Result<repo::EvidenceRow> add_evidence_link(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long evaluation_id, const std::string& label, const std::string& url);
Result<repo::EvidenceRow> add_evidence_link(soci::session& s, const accounts::Caller& caller, long long evaluation_id,
                                            const std::string& label, const std::string& url);
Result<repo::EvidenceRow> add_evidence_file(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long evaluation_id, const std::string& file_name,
                                            const std::string& data);
struct EvidenceFile {
  std::string file_name, content_type, data;
};
Result<EvidenceFile> read_evidence_file(kvalis::store::Database& db, const accounts::Caller& caller,
                                        long long evidence_id);
Status delete_evidence(kvalis::store::Database& db, const accounts::Caller& caller, long long evidence_id);

// ---- the plan cycle ----------------------------------------------------------------------------------

struct CloseGoalInput {
  long long goal_id = 0;
  EvaluationResult result = EvaluationResult::none;
  std::string conclusion;
  std::vector<repo::ParticipantRow> participants;
};
struct CloseInput {
  std::string held_on;
  std::vector<CloseGoalInput> evaluations;
};
// Every goal (not dropped) gets a closing evaluation with its result and its indicators' values for the
// plan's year; goal states follow the results; the plan is closed. Goals without a result: invalid_input
// with key planning.plans.close.missing_results naming them (HTTP 422).
Result<OperationalPlanDetail> close_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                     long long id, const CloseInput& in);
Result<OperationalPlanDetail> close_operational_plan(soci::session& s, const BenchmarkLookup& benchmark,
                                                     const accounts::Caller& caller, long long id,
                                                     const CloseInput& in);
struct DeriveDecision {
  long long goal_id = 0;
  Carry carry = Carry::carry_over;
  std::string reason;
  std::optional<std::string> title, description;  // revise: the new wording
};
struct DeriveInput {
  int year = 0;
  std::string title;
  std::vector<DeriveDecision> decisions;
};
Result<OperationalPlanDetail> derive_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                      long long id, const DeriveInput& in);
Result<OperationalPlanDetail> derive_operational_plan(soci::session& s, const accounts::Caller& caller, long long id,
                                                      const DeriveInput& in);

struct DueItem {
  repo::IndicatorRow indicator;
  repo::GoalRow goal;
  DueState state = DueState::due_soon;
};
Result<std::vector<DueItem>> due_evaluations(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long organisation_id, const std::string& today);

// ---- the tree and the impact report ------------------------------------------------------------------

struct TreeIndicator {
  long long id = 0;
  std::string name, unit;
  std::optional<double> target, latest_value;
  std::optional<bool> on_target;
};
struct TreeNode {
  repo::GoalRow goal;
  std::optional<OutcomeCell> outcome;
  std::vector<TreeIndicator> indicators;
  std::vector<TreeNode> children;
  int personal_goals = 0;
};
struct PlanTree {
  repo::StrategicPlanRow plan;
  Period period;
  std::vector<TreeNode> nodes;
  std::vector<TreeNode> unlinked;
};
Result<PlanTree> plan_tree(kvalis::store::Database& db, const accounts::Caller& caller, long long strategic_plan_id,
                           std::optional<Period> period);

struct ImpactIndicator {
  repo::IndicatorRow indicator;
  std::optional<double> value;
  std::optional<bool> on_target;
  std::vector<long long> evaluation_ids;  // every evaluation of the period that recorded it
  std::string held_on;                    // of the value shown
  std::optional<long long> clients_n;     // behind the value shown
};
struct ImpactServiceGoal {
  repo::GoalRow goal;
  std::optional<OutcomeCell> outcome;
  std::vector<ImpactIndicator> indicators;
};
struct ImpactObjective {
  repo::GoalRow goal;
  std::optional<OutcomeCell> outcome;
  std::vector<ImpactIndicator> indicators;
  std::vector<ImpactServiceGoal> service_goals;
};
struct ImpactStrategic {
  repo::GoalRow goal;
  std::optional<OutcomeCell> outcome;
  std::vector<ImpactIndicator> indicators;
  std::vector<ImpactObjective> objectives;
};
struct ImpactReport {
  repo::OrgRow organisation;
  repo::StrategicPlanRow plan;
  Period period;
  std::vector<ImpactStrategic> strategic_goals;
  int clients = 0, goals = 0, evaluations = 0;
};
// The plan: strategic_plan_id, or the organisation's latest strategic plan; the period: the plan's years.
Result<ImpactReport> impact_report(kvalis::store::Database& db, const accounts::Caller& caller,
                                   long long organisation_id, std::optional<long long> strategic_plan_id,
                                   std::optional<Period> period);

}  // namespace kvalis::planning::app
