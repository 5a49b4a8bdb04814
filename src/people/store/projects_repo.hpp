#pragma once
// Storage of funded projects (people module, tables pe_projects, pe_project_activities, pe_activity_links,
// pe_budget_lines, pe_expenses, pe_project_indicators, pe_indicator_values, pe_publicity of migration 0008),
// and the training sessions (pe_sessions) a project activity links to. Every value is bound.
#include <soci/soci.h>

#include <optional>
#include <string>
#include <vector>

namespace kvalis::people::store::projects_repo {

struct ProjectRow {
  long long id = 0;
  long long organisation_id = 0;
  std::string organisation_name, region_code;
  std::string name, registration_number, programme, starts_on, ends_on, manager, description;
  long long created_at = 0, updated_at = 0;
};
std::vector<ProjectRow> list_projects(soci::session& s, std::optional<long long> organisation_id);
std::optional<ProjectRow> get_project(soci::session& s, long long id);
long long insert_project(soci::session& s, const ProjectRow& r);
void update_project(soci::session& s, const ProjectRow& r);

struct ActivityRow {
  long long id = 0;
  long long project_id = 0;
  std::string code, title, starts_on, ends_on, output;
  std::optional<double> output_target;
  std::string output_unit;
  int position = 0;
};
std::vector<ActivityRow> activities_of(soci::session& s, long long project_id);
std::optional<ActivityRow> get_activity(soci::session& s, long long id);
long long insert_activity(soci::session& s, const ActivityRow& r);
void update_activity(soci::session& s, const ActivityRow& r);
void delete_activity(soci::session& s, long long id);
int next_activity_position(soci::session& s, long long project_id);

struct LinkRow {
  long long activity_id = 0;
  std::string kind;
  long long object_id = 0;
};
std::vector<LinkRow> links_of_project(soci::session& s, long long project_id);
bool link_exists(soci::session& s, const LinkRow& r);
void insert_link(soci::session& s, const LinkRow& r);
void delete_link(soci::session& s, const LinkRow& r);

struct BudgetLineRow {
  long long id = 0;
  long long project_id = 0;
  std::string category, title;
  double planned = 0;
  int position = 0;
};
std::vector<BudgetLineRow> budget_lines_of(soci::session& s, long long project_id);
std::optional<BudgetLineRow> get_budget_line(soci::session& s, long long id);
long long insert_budget_line(soci::session& s, const BudgetLineRow& r);
void update_budget_line(soci::session& s, const BudgetLineRow& r);
void delete_budget_line(soci::session& s, long long id);

struct ExpenseRow {
  long long id = 0;
  long long budget_line_id = 0;
  long long project_id = 0;  // of the line (read only)
  std::string category;      // of the line (read only)
  std::string spent_on;
  double amount = 0;
  std::string note;
  long long created_at = 0;
};
std::vector<ExpenseRow> expenses_of(soci::session& s, long long project_id);
std::optional<ExpenseRow> get_expense(soci::session& s, long long id);
long long insert_expense(soci::session& s, const ExpenseRow& r);
void update_expense(soci::session& s, const ExpenseRow& r);
void delete_expense(soci::session& s, long long id);

struct IndicatorRow {
  long long id = 0;
  long long project_id = 0;
  std::string code, name, unit;
  std::optional<double> target;
  std::string source = "manual";
  int position = 0;
};
std::vector<IndicatorRow> indicators_of(soci::session& s, long long project_id);
std::optional<IndicatorRow> get_indicator(soci::session& s, long long id);
long long insert_indicator(soci::session& s, const IndicatorRow& r);
void update_indicator(soci::session& s, const IndicatorRow& r);
void delete_indicator(soci::session& s, long long id);

struct ValueRow {
  long long id = 0;
  long long indicator_id = 0;
  long long project_id = 0;  // of the indicator (read only)
  std::string recorded_on;
  double value = 0;
  std::string note;
};
std::vector<ValueRow> values_of_project(soci::session& s, long long project_id);  // by date
std::optional<ValueRow> get_value(soci::session& s, long long id);
long long insert_value(soci::session& s, const ValueRow& r);
void delete_value(soci::session& s, long long id);

struct PublicityRow {
  long long id = 0;
  long long project_id = 0;
  std::string duty, due_on, done_on, evidence;
};
std::vector<PublicityRow> publicity_of(soci::session& s, long long project_id);
std::optional<PublicityRow> get_publicity(soci::session& s, long long id);
long long insert_publicity(soci::session& s, const PublicityRow& r);
void update_publicity(soci::session& s, const PublicityRow& r);
void delete_publicity(soci::session& s, long long id);

// A training session (pe_sessions with its module) as a link target: read by everyone with people.read.
struct SessionRef {
  long long id = 0;
  std::string module_title, held_on, place, state;
};
std::optional<SessionRef> get_session(soci::session& s, long long id);
// Sessions whose module title or place contain `text` (empty: any), newest first, at most `limit`.
std::vector<SessionRef> find_sessions(soci::session& s, const std::string& text, int limit);

}  // namespace kvalis::people::store::projects_repo
