#pragma once
// Use cases of funded projects (people module, issue 14 item 6): a project with its key activities (outputs,
// schedule), links from the activities to what they produced in Kvalis (audits, training sessions, plans,
// cooperation meetings, benchmark rounds, supervisions: the linked record must exist and be visible to the
// caller; other modules are read only through their app headers), budget lines with expenses, indicators with
// targets and values (manual, or counted from links), publicity duties, and the monitoring report of a period
// generated from that data. Members of the project's organisation (an evaluator too) and its region read;
// the organisation's admins and managers write.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "people/core/cooperation_rules.hpp"
#include "people/store/projects_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {

namespace prepo = store::projects_repo;

struct ProjectInput {
  long long organisation_id = 0;  // create only
  std::string name, registration_number, programme, starts_on, ends_on, manager, description;
};

// A record an activity links to, as the caller sees it.
struct LinkedObject {
  LinkKind kind = LinkKind::audit;
  long long id = 0;
  std::string label;    // "" when the caller may not read the record
  std::string date;     // what places it in a period (held, ended, the plan's first year…)
  std::string state;    // the record's own state where it has one
  bool visible = true;  // whether the caller reads the record
};

struct ActivityView {
  prepo::ActivityRow activity;
  std::vector<LinkedObject> links;
  std::map<std::string, int> counts;                    // links by kind
  ScheduleState schedule = ScheduleState::not_started;  // today
};
struct BudgetLineView {
  prepo::BudgetLineRow line;
  double spent = 0;
};
struct IndicatorView {
  prepo::IndicatorRow indicator;
  std::optional<double> value;  // manual: the latest value; linked: the count of links of the kind
  std::vector<prepo::ValueRow> values;
};
struct ProjectDetail {
  prepo::ProjectRow project;
  std::vector<ActivityView> activities;
  std::vector<BudgetLineView> budget_lines;
  std::vector<prepo::ExpenseRow> expenses;
  std::vector<CategoryBudget> budget;  // by category, whole project up to today
  std::vector<IndicatorView> indicators;
  std::vector<prepo::PublicityRow> publicity;
  bool can_manage = false;
};

std::vector<prepo::ProjectRow> list_projects(kvalis::store::Database& db, const accounts::Caller& caller,
                                             std::optional<long long> organisation_id);
std::vector<prepo::ProjectRow> list_projects(soci::session& s, const accounts::Caller& caller,
                                             std::optional<long long> organisation_id);
Result<ProjectDetail> get_project(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                  const std::string& today);
Result<prepo::ProjectRow> create_project(kvalis::store::Database& db, const accounts::Caller& caller,
                                         const ProjectInput& in);
Result<prepo::ProjectRow> create_project(soci::session& s, const accounts::Caller& caller, const ProjectInput& in);
Result<prepo::ProjectRow> update_project(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                         const ProjectInput& in);

// ---- activities and links ----
struct ActivityInput {
  std::string code, title, starts_on, ends_on, output;
  std::optional<double> output_target;
  std::string output_unit;
};
Result<prepo::ActivityRow> create_activity(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long project_id, const ActivityInput& in);
Result<prepo::ActivityRow> create_activity(soci::session& s, const accounts::Caller& caller, long long project_id,
                                           const ActivityInput& in);
Result<prepo::ActivityRow> update_activity(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                           const ActivityInput& in);
Status delete_activity(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

// Links the activity to a record of `kind` (text, parsed here: 422 naming "kind"); the record must exist and
// be visible to the caller (422 naming "object_id" otherwise).
Result<LinkedObject> add_link(kvalis::store::Database& db, const accounts::Caller& caller, long long activity_id,
                              const std::string& kind, long long object_id);
Result<LinkedObject> add_link(soci::session& s, const accounts::Caller& caller, long long activity_id,
                              const std::string& kind, long long object_id);
Status remove_link(kvalis::store::Database& db, const accounts::Caller& caller, long long activity_id,
                   const std::string& kind, long long object_id);
// Records of a kind the caller may link to the project's activities (whose label contains text), at most 50.
Result<std::vector<LinkedObject>> link_candidates(kvalis::store::Database& db, const accounts::Caller& caller,
                                                  long long project_id, const std::string& kind,
                                                  const std::string& text);
Result<std::vector<LinkedObject>> link_candidates(soci::session& s, const accounts::Caller& caller,
                                                  long long project_id, const std::string& kind,
                                                  const std::string& text);

// ---- budget ----
struct BudgetLineInput {
  std::string category, title;
  double planned = 0;
};
Result<prepo::BudgetLineRow> create_budget_line(kvalis::store::Database& db, const accounts::Caller& caller,
                                                long long project_id, const BudgetLineInput& in);
Result<prepo::BudgetLineRow> create_budget_line(soci::session& s, const accounts::Caller& caller, long long project_id,
                                                const BudgetLineInput& in);
Result<prepo::BudgetLineRow> update_budget_line(kvalis::store::Database& db, const accounts::Caller& caller,
                                                long long id, const BudgetLineInput& in);
Status delete_budget_line(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

struct ExpenseInput {
  long long budget_line_id = 0;
  std::string spent_on;
  double amount = 0;
  std::string note;
};
Result<prepo::ExpenseRow> create_expense(kvalis::store::Database& db, const accounts::Caller& caller,
                                         long long project_id, const ExpenseInput& in);
Result<prepo::ExpenseRow> create_expense(soci::session& s, const accounts::Caller& caller, long long project_id,
                                         const ExpenseInput& in);
Result<prepo::ExpenseRow> update_expense(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                         const ExpenseInput& in);
Status delete_expense(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

// ---- indicators ----
struct IndicatorInput {
  std::string code, name, unit;
  std::optional<double> target;
  std::string source = "manual";
};
Result<prepo::IndicatorRow> create_indicator(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long project_id, const IndicatorInput& in);
Result<prepo::IndicatorRow> create_indicator(soci::session& s, const accounts::Caller& caller, long long project_id,
                                             const IndicatorInput& in);
Result<prepo::IndicatorRow> update_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                             const IndicatorInput& in);
Status delete_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id);
struct ValueInput {
  std::string recorded_on;
  double value = 0;
  std::string note;
};
// A value of a manual indicator (409 for a linked one: its value is counted).
Result<prepo::ValueRow> add_indicator_value(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long indicator_id, const ValueInput& in);
Result<prepo::ValueRow> add_indicator_value(soci::session& s, const accounts::Caller& caller, long long indicator_id,
                                            const ValueInput& in);
Status delete_indicator_value(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

// ---- publicity ----
struct PublicityInput {
  std::string duty, due_on, done_on, evidence;
};
Result<prepo::PublicityRow> create_publicity(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long project_id, const PublicityInput& in);
Result<prepo::PublicityRow> create_publicity(soci::session& s, const accounts::Caller& caller, long long project_id,
                                             const PublicityInput& in);
Result<prepo::PublicityRow> update_publicity(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                             const PublicityInput& in);
Status delete_publicity(kvalis::store::Database& db, const accounts::Caller& caller, long long id);

// ---- the monitoring report of a period ----
struct MonitoringActivity {
  prepo::ActivityRow activity;
  ScheduleState schedule = ScheduleState::not_started;  // at the period's end
  std::map<std::string, int> outputs_period;            // links by kind whose record's date is in the period
  std::map<std::string, int> outputs_cumulative;        // … up to the period's end
  int total_period = 0, total_cumulative = 0;
  std::vector<LinkedObject> records;  // those of the period
};
struct MonitoringIndicator {
  prepo::IndicatorRow indicator;
  std::optional<double> value;            // at the period's end (manual: latest value up to it; linked: links up to it)
  std::optional<double> value_in_period;  // linked: links in the period; manual: latest value recorded in it
  std::optional<double> share_of_target;
  bool met = false;
};
struct MonitoringPublicity {
  prepo::PublicityRow duty;
  bool met = false;      // done by the period's end
  bool overdue = false;  // due by the period's end and not done
};
struct MonitoringReport {
  prepo::ProjectRow project;
  std::string from, to;
  std::vector<MonitoringActivity> activities;
  std::vector<CategoryBudget> budget;
  double planned_total = 0, spent_period_total = 0, spent_cumulative_total = 0;
  std::vector<MonitoringIndicator> indicators;
  std::vector<MonitoringPublicity> publicity;
};
// from/to: both or none (none: the project's whole duration); 422 naming "to" when to < from.
Result<MonitoringReport> monitoring_report(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long project_id, const std::string& from, const std::string& to);
Result<MonitoringReport> monitoring_report(soci::session& s, const accounts::Caller& caller, long long project_id,
                                           const std::string& from, const std::string& to);

}  // namespace kvalis::people::app
