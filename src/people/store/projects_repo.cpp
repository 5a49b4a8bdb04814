#include "people/store/projects_repo.hpp"

#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::people::store::projects_repo {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_double;
using kvalis::store::as_str;
using kvalis::store::count_rows;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;

namespace {

template <class Row, class Read>
std::vector<Row> rows_of(soci::session& s, const std::string& select, const Filter& f, const std::string& order,
                         Read read) {
  std::vector<Row> out;
  for_each_row(s, select + f.where() + order, f, [&](const soci::row& r) { out.push_back(read(r)); });
  return out;
}

template <class Row, class Read>
std::optional<Row> row_of(soci::session& s, const std::string& select, const std::string& id_column, long long id,
                          Read read) {
  Filter f;
  f.add(id_column + " = ?", {id});
  std::optional<Row> out;
  for_each_row(s, select + f.where(), f, [&](const soci::row& r) { out = read(r); });
  return out;
}

// ---- projects ----
const std::string kProject =
    "SELECT p.id, p.organisation_id, o.name, o.region_code, p.name, p.registration_number, p.programme, p.starts_on, "
    "p.ends_on, p.manager, p.description, p.created_at, p.updated_at FROM pe_projects p "
    "JOIN organisations o ON o.id = p.organisation_id";
ProjectRow read_project(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),  as_str(r, 2), as_str(r, 3),  as_str(r, 4), as_str(r, 5), as_str(r, 6),
          as_str(r, 7), as_str(r, 8), as_str(r, 9), as_str(r, 10), as_ll(r, 11), as_ll(r, 12)};
}

const std::string kActivity =
    "SELECT id, project_id, code, title, starts_on, ends_on, output, output_target, output_unit, position "
    "FROM pe_project_activities";
ActivityRow read_activity(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),  as_str(r, 2),        as_str(r, 3), as_str(r, 4),
          as_str(r, 5), as_str(r, 6), as_opt_double(r, 7), as_str(r, 8), as_int(r, 9)};
}

const std::string kBudgetLine = "SELECT id, project_id, category, title, planned, position FROM pe_budget_lines";
BudgetLineRow read_line(const soci::row& r) {
  return {as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_double(r, 4), as_int(r, 5)};
}

const std::string kExpense =
    "SELECT e.id, e.budget_line_id, l.project_id, l.category, e.spent_on, e.amount, e.note, e.created_at "
    "FROM pe_expenses e JOIN pe_budget_lines l ON l.id = e.budget_line_id";
ExpenseRow read_expense(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),     as_ll(r, 2),  as_str(r, 3),
          as_str(r, 4), as_double(r, 5), as_str(r, 6), as_ll(r, 7)};
}

const std::string kIndicator =
    "SELECT id, project_id, code, name, unit, target, source, position FROM pe_project_indicators";
IndicatorRow read_indicator(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1),         as_str(r, 2), as_str(r, 3),
          as_str(r, 4), as_opt_double(r, 5), as_str(r, 6), as_int(r, 7)};
}

const std::string kValue =
    "SELECT v.id, v.indicator_id, i.project_id, v.recorded_on, v.value, v.note FROM pe_indicator_values v "
    "JOIN pe_project_indicators i ON i.id = v.indicator_id";
ValueRow read_value(const soci::row& r) {
  return {as_ll(r, 0), as_ll(r, 1), as_ll(r, 2), as_str(r, 3), as_double(r, 4), as_str(r, 5)};
}

const std::string kPublicity = "SELECT id, project_id, duty, due_on, done_on, evidence FROM pe_publicity";
PublicityRow read_publicity(const soci::row& r) {
  return {as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5)};
}

const std::string kSession =
    "SELECT s.id, m.title, s.held_on, s.place, s.state FROM pe_sessions s JOIN pe_modules m ON m.id = s.module_id";
SessionRef read_session(const soci::row& r) {
  return {as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4)};
}

Filter by(const std::string& column, long long id) {
  Filter f;
  f.add(column + " = ?", {id});
  return f;
}

}  // namespace

std::vector<ProjectRow> list_projects(soci::session& s, std::optional<long long> organisation_id) {
  Filter f;
  if (organisation_id) f.add("p.organisation_id = ?", {*organisation_id});
  return rows_of<ProjectRow>(s, kProject, f, " ORDER BY p.starts_on DESC, p.id", read_project);
}
std::optional<ProjectRow> get_project(soci::session& s, long long id) {
  return row_of<ProjectRow>(s, kProject, "p.id", id, read_project);
}
long long insert_project(soci::session& s, const ProjectRow& r) {
  long long id = 0;
  s << "INSERT INTO pe_projects (organisation_id, name, registration_number, programme, starts_on, ends_on, manager, "
       "description, created_at, updated_at) VALUES (:o, :n, :r, :p, :s, :e, :m, :d, :c, :u) RETURNING id",
      soci::use(r.organisation_id), soci::use(r.name), soci::use(r.registration_number), soci::use(r.programme),
      soci::use(r.starts_on), soci::use(r.ends_on), soci::use(r.manager), soci::use(r.description),
      soci::use(r.created_at), soci::use(r.updated_at), soci::into(id);
  return id;
}
void update_project(soci::session& s, const ProjectRow& r) {
  s << "UPDATE pe_projects SET name = :n, registration_number = :r, programme = :p, starts_on = :s, ends_on = :e, "
       "manager = :m, description = :d, updated_at = :u WHERE id = :id",
      soci::use(r.name), soci::use(r.registration_number), soci::use(r.programme), soci::use(r.starts_on),
      soci::use(r.ends_on), soci::use(r.manager), soci::use(r.description), soci::use(r.updated_at), soci::use(r.id);
}

// ---- activities and links ----

std::vector<ActivityRow> activities_of(soci::session& s, long long project_id) {
  return rows_of<ActivityRow>(s, kActivity, by("project_id", project_id), " ORDER BY position, starts_on, id",
                              read_activity);
}
std::optional<ActivityRow> get_activity(soci::session& s, long long id) {
  return row_of<ActivityRow>(s, kActivity, "id", id, read_activity);
}
long long insert_activity(soci::session& s, const ActivityRow& r) {
  long long id = 0;
  Nullable<double> target(r.output_target);
  s << "INSERT INTO pe_project_activities (project_id, code, title, starts_on, ends_on, output, output_target, "
       "output_unit, position) VALUES (:p, :c, :t, :s, :e, :o, :ot, :ou, :pos) RETURNING id",
      soci::use(r.project_id), soci::use(r.code), soci::use(r.title), soci::use(r.starts_on), soci::use(r.ends_on),
      soci::use(r.output), soci::use(target.value, target.ind), soci::use(r.output_unit), soci::use(r.position),
      soci::into(id);
  return id;
}
void update_activity(soci::session& s, const ActivityRow& r) {
  Nullable<double> target(r.output_target);
  s << "UPDATE pe_project_activities SET code = :c, title = :t, starts_on = :s, ends_on = :e, output = :o, "
       "output_target = :ot, output_unit = :ou WHERE id = :id",
      soci::use(r.code), soci::use(r.title), soci::use(r.starts_on), soci::use(r.ends_on), soci::use(r.output),
      soci::use(target.value, target.ind), soci::use(r.output_unit), soci::use(r.id);
}
void delete_activity(soci::session& s, long long id) {
  s << "DELETE FROM pe_activity_links WHERE activity_id = :id", soci::use(id);
  s << "DELETE FROM pe_project_activities WHERE id = :id", soci::use(id);
}
int next_activity_position(soci::session& s, long long project_id) {
  // The project's row is held until the transaction ends (PostgreSQL): two activities added at once, through
  // one kvalis process or two, get different positions.
  if (s.get_backend_name() == "postgresql") {
    long long held = 0;
    s << "SELECT id FROM pe_projects WHERE id = :id FOR NO KEY UPDATE", soci::use(project_id), soci::into(held);
  }
  const auto f = by("project_id", project_id);
  return static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pe_project_activities" + f.where(), f)) + 1;
}

std::vector<LinkRow> links_of_project(soci::session& s, long long project_id) {
  return rows_of<LinkRow>(s,
                          "SELECT l.activity_id, l.kind, l.object_id FROM pe_activity_links l "
                          "JOIN pe_project_activities a ON a.id = l.activity_id",
                          by("a.project_id", project_id), " ORDER BY l.activity_id, l.kind, l.object_id",
                          [](const soci::row& r) {
                            return LinkRow{as_ll(r, 0), as_str(r, 1), as_ll(r, 2)};
                          });
}
bool link_exists(soci::session& s, const LinkRow& r) {
  Filter f;
  f.add("activity_id = ?", {r.activity_id}).add("kind = ?", {r.kind}).add("object_id = ?", {r.object_id});
  return count_rows(s, "SELECT COUNT(*) FROM pe_activity_links" + f.where(), f) > 0;
}
void insert_link(soci::session& s, const LinkRow& r) {
  s << "INSERT INTO pe_activity_links (activity_id, kind, object_id) VALUES (:a, :k, :o)", soci::use(r.activity_id),
      soci::use(r.kind), soci::use(r.object_id);
}
void delete_link(soci::session& s, const LinkRow& r) {
  s << "DELETE FROM pe_activity_links WHERE activity_id = :a AND kind = :k AND object_id = :o",
      soci::use(r.activity_id), soci::use(r.kind), soci::use(r.object_id);
}

// ---- budget ----

std::vector<BudgetLineRow> budget_lines_of(soci::session& s, long long project_id) {
  return rows_of<BudgetLineRow>(s, kBudgetLine, by("project_id", project_id), " ORDER BY position, id", read_line);
}
std::optional<BudgetLineRow> get_budget_line(soci::session& s, long long id) {
  return row_of<BudgetLineRow>(s, kBudgetLine, "id", id, read_line);
}
long long insert_budget_line(soci::session& s, const BudgetLineRow& r) {
  long long id = 0;
  s << "INSERT INTO pe_budget_lines (project_id, category, title, planned, position) VALUES (:p, :c, :t, :pl, :pos) "
       "RETURNING id",
      soci::use(r.project_id), soci::use(r.category), soci::use(r.title), soci::use(r.planned), soci::use(r.position),
      soci::into(id);
  return id;
}
void update_budget_line(soci::session& s, const BudgetLineRow& r) {
  s << "UPDATE pe_budget_lines SET category = :c, title = :t, planned = :pl WHERE id = :id", soci::use(r.category),
      soci::use(r.title), soci::use(r.planned), soci::use(r.id);
}
void delete_budget_line(soci::session& s, long long id) {
  s << "DELETE FROM pe_expenses WHERE budget_line_id = :id", soci::use(id);
  s << "DELETE FROM pe_budget_lines WHERE id = :id", soci::use(id);
}

std::vector<ExpenseRow> expenses_of(soci::session& s, long long project_id) {
  return rows_of<ExpenseRow>(s, kExpense, by("l.project_id", project_id), " ORDER BY e.spent_on, e.id", read_expense);
}
std::optional<ExpenseRow> get_expense(soci::session& s, long long id) {
  return row_of<ExpenseRow>(s, kExpense, "e.id", id, read_expense);
}
long long insert_expense(soci::session& s, const ExpenseRow& r) {
  long long id = 0;
  s << "INSERT INTO pe_expenses (budget_line_id, spent_on, amount, note, created_at) VALUES (:l, :d, :a, :n, :c) "
       "RETURNING id",
      soci::use(r.budget_line_id), soci::use(r.spent_on), soci::use(r.amount), soci::use(r.note),
      soci::use(r.created_at), soci::into(id);
  return id;
}
void update_expense(soci::session& s, const ExpenseRow& r) {
  s << "UPDATE pe_expenses SET budget_line_id = :l, spent_on = :d, amount = :a, note = :n WHERE id = :id",
      soci::use(r.budget_line_id), soci::use(r.spent_on), soci::use(r.amount), soci::use(r.note), soci::use(r.id);
}
void delete_expense(soci::session& s, long long id) { s << "DELETE FROM pe_expenses WHERE id = :id", soci::use(id); }

// ---- indicators ----

std::vector<IndicatorRow> indicators_of(soci::session& s, long long project_id) {
  return rows_of<IndicatorRow>(s, kIndicator, by("project_id", project_id), " ORDER BY position, id", read_indicator);
}
std::optional<IndicatorRow> get_indicator(soci::session& s, long long id) {
  return row_of<IndicatorRow>(s, kIndicator, "id", id, read_indicator);
}
long long insert_indicator(soci::session& s, const IndicatorRow& r) {
  long long id = 0;
  Nullable<double> target(r.target);
  s << "INSERT INTO pe_project_indicators (project_id, code, name, unit, target, source, position) "
       "VALUES (:p, :c, :n, :u, :t, :s, :pos) RETURNING id",
      soci::use(r.project_id), soci::use(r.code), soci::use(r.name), soci::use(r.unit),
      soci::use(target.value, target.ind), soci::use(r.source), soci::use(r.position), soci::into(id);
  return id;
}
void update_indicator(soci::session& s, const IndicatorRow& r) {
  Nullable<double> target(r.target);
  s << "UPDATE pe_project_indicators SET code = :c, name = :n, unit = :u, target = :t, source = :s WHERE id = :id",
      soci::use(r.code), soci::use(r.name), soci::use(r.unit), soci::use(target.value, target.ind), soci::use(r.source),
      soci::use(r.id);
}
void delete_indicator(soci::session& s, long long id) {
  s << "DELETE FROM pe_indicator_values WHERE indicator_id = :id", soci::use(id);
  s << "DELETE FROM pe_project_indicators WHERE id = :id", soci::use(id);
}

std::vector<ValueRow> values_of_project(soci::session& s, long long project_id) {
  return rows_of<ValueRow>(s, kValue, by("i.project_id", project_id), " ORDER BY v.recorded_on, v.id", read_value);
}
std::optional<ValueRow> get_value(soci::session& s, long long id) {
  return row_of<ValueRow>(s, kValue, "v.id", id, read_value);
}
long long insert_value(soci::session& s, const ValueRow& r) {
  long long id = 0;
  s << "INSERT INTO pe_indicator_values (indicator_id, recorded_on, value, note) VALUES (:i, :d, :v, :n) RETURNING id",
      soci::use(r.indicator_id), soci::use(r.recorded_on), soci::use(r.value), soci::use(r.note), soci::into(id);
  return id;
}
void delete_value(soci::session& s, long long id) {
  s << "DELETE FROM pe_indicator_values WHERE id = :id", soci::use(id);
}

// ---- publicity ----

std::vector<PublicityRow> publicity_of(soci::session& s, long long project_id) {
  return rows_of<PublicityRow>(s, kPublicity, by("project_id", project_id), " ORDER BY due_on, id", read_publicity);
}
std::optional<PublicityRow> get_publicity(soci::session& s, long long id) {
  return row_of<PublicityRow>(s, kPublicity, "id", id, read_publicity);
}
long long insert_publicity(soci::session& s, const PublicityRow& r) {
  long long id = 0;
  s << "INSERT INTO pe_publicity (project_id, duty, due_on, done_on, evidence) VALUES (:p, :d, :du, :dn, :e) "
       "RETURNING id",
      soci::use(r.project_id), soci::use(r.duty), soci::use(r.due_on), soci::use(r.done_on), soci::use(r.evidence),
      soci::into(id);
  return id;
}
void update_publicity(soci::session& s, const PublicityRow& r) {
  s << "UPDATE pe_publicity SET duty = :d, due_on = :du, done_on = :dn, evidence = :e WHERE id = :id",
      soci::use(r.duty), soci::use(r.due_on), soci::use(r.done_on), soci::use(r.evidence), soci::use(r.id);
}
void delete_publicity(soci::session& s, long long id) { s << "DELETE FROM pe_publicity WHERE id = :id", soci::use(id); }

// ---- training sessions ----

std::optional<SessionRef> get_session(soci::session& s, long long id) {
  return row_of<SessionRef>(s, kSession, "s.id", id, read_session);
}
std::vector<SessionRef> find_sessions(soci::session& s, const std::string& text, int limit) {
  Filter f;
  f.add_contains({"m.title", "s.place"}, text);
  return rows_of<SessionRef>(s, kSession, f, " ORDER BY s.held_on DESC, s.id " + kvalis::store::limit_offset(limit, 0),
                             read_session);
}

}  // namespace kvalis::people::store::projects_repo
