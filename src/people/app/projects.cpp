#include "people/app/projects.hpp"

#include <algorithm>

#include "people/app/cooperation.hpp"
#include "people/app/projects_internal.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::people::app {

using namespace detail;
using kvalis::store::now_epoch;
using kvalis::store::activity_log::append;

namespace {

struct ProjectAccess {
  prepo::ProjectRow project;
  CooperationRights rights;
};

Result<ProjectAccess> readable_project(soci::session& s, const accounts::Principal& p, long long id) {
  auto project = prepo::get_project(s, id);
  if (!project) return missing("project");
  const auto rights = cooperation_rights(p, {project->organisation_id, project->region_code});
  if (!rights.read) return missing("project");
  return ProjectAccess{*project, rights};
}

Result<ProjectAccess> writable_project(soci::session& s, const accounts::Principal& p, long long id) {
  auto a = readable_project(s, p, id);
  if (a && !a->rights.manage) return not_allowed();
  return a;
}

// A child of a project (activity, budget line, indicator…) found by its project id: missing(what) when the
// caller does not read the project, forbidden when it only reads.
Result<ProjectAccess> writable_child(soci::session& s, const accounts::Principal& p,
                                     std::optional<long long> project_id, const char* what) {
  if (!project_id) return missing(what);
  auto a = readable_project(s, p, *project_id);
  if (!a) return missing(what);
  if (!a->rights.manage) return not_allowed();
  return a;
}

void log(soci::session& s, const accounts::Caller& caller, const char* action, const char* entity, long long id,
         const ProjectAccess& a, std::string detail = {}) {
  append(s, caller.activity(action, entity, id, a.project.organisation_id,
                            "project " + std::to_string(a.project.id) + (detail.empty() ? "" : " " + detail)));
}

Status check_project(const ProjectInput& in) {
  for (auto st :
       {check_line("name", in.name, 300, true), check_line("registration_number", in.registration_number, 100, false),
        check_line("programme", in.programme, 300, false), check_date("starts_on", in.starts_on, true),
        check_date("ends_on", in.ends_on, true), check_line("manager", in.manager, 200, false),
        check_text("description", in.description, 20000, false)})
    if (!st) return st;
  if (in.ends_on < in.starts_on)
    return invalid("ends_on", "people.coop.period_invalid", {{"from", in.starts_on}, {"to", in.ends_on}});
  return ok_status();
}

Status check_activity(const ActivityInput& in, const prepo::ProjectRow& project) {
  for (auto st : {check_line("code", in.code, 40, false), check_line("title", in.title, 300, true),
                  check_date("starts_on", in.starts_on, true), check_date("ends_on", in.ends_on, true),
                  check_text("output", in.output, 4000, false), check_line("output_unit", in.output_unit, 60, false)})
    if (!st) return st;
  if (in.ends_on < in.starts_on)
    return invalid("ends_on", "people.coop.period_invalid", {{"from", in.starts_on}, {"to", in.ends_on}});
  for (const auto& [field, date] : {std::pair{"starts_on", in.starts_on}, std::pair{"ends_on", in.ends_on}})
    if (date < project.starts_on || date > project.ends_on)
      return invalid(field, "people.coop.activity.outside_project",
                     {{"from", project.starts_on}, {"to", project.ends_on}});
  if (in.output_target && !(*in.output_target >= 0 && *in.output_target <= 1e9))
    return invalid("output_target", "field.out_of_range", {{"min", "0"}, {"max", "1000000000"}});
  return ok_status();
}

Status check_amount(const char* field, double v) {
  if (!(v >= 0 && v <= 1e12)) return invalid(field, "field.out_of_range", {{"min", "0"}, {"max", "1000000000000"}});
  return ok_status();
}

Status check_budget_line(const BudgetLineInput& in) {
  if (!is_budget_category(in.category))
    return invalid("category", "people.coop.category.unknown", {{"value", in.category}});
  if (auto st = check_line("title", in.title, 300, true); !st) return st;
  return check_amount("planned", in.planned);
}

Status check_indicator(const IndicatorInput& in) {
  for (auto st : {check_line("code", in.code, 40, false), check_line("name", in.name, 300, true),
                  check_line("unit", in.unit, 60, false)})
    if (!st) return st;
  if (!parse_indicator_source(in.source))
    return invalid("source", "people.coop.indicator.source_unknown", {{"value", in.source}});
  if (in.target && !(*in.target >= 0 && *in.target <= 1e12))
    return invalid("target", "field.out_of_range", {{"min", "0"}, {"max", "1000000000000"}});
  return ok_status();
}

Status check_publicity(const PublicityInput& in) {
  for (auto st : {check_text("duty", in.duty, 2000, true), check_date("due_on", in.due_on, false),
                  check_date("done_on", in.done_on, false), check_text("evidence", in.evidence, 4000, false)})
    if (!st) return st;
  return ok_status();
}

// The links of the project's activities described as the caller sees them, by activity id.
std::map<long long, std::vector<LinkedObject>> described_links(soci::session& s, const accounts::Caller& caller,
                                                               long long project_id) {
  std::map<long long, std::vector<LinkedObject>> out;
  for (const auto& l : prepo::links_of_project(s, project_id))
    if (auto kind = parse_link_kind(l.kind)) out[l.activity_id].push_back(describe_link(s, caller, *kind, l.object_id));
  return out;
}

std::vector<Expense> expenses_for_budget(const std::vector<prepo::ExpenseRow>& rows) {
  std::vector<Expense> out;
  for (const auto& e : rows) out.push_back({e.category, e.spent_on, e.amount});
  return out;
}

std::vector<PlannedLine> planned_lines(const std::vector<prepo::BudgetLineRow>& rows) {
  std::vector<PlannedLine> out;
  for (const auto& l : rows) out.push_back({l.category, l.planned});
  return out;
}

}  // namespace

// ---- projects ----

std::vector<prepo::ProjectRow> list_projects(soci::session& s, const accounts::Caller& caller,
                                             std::optional<long long> organisation_id) {
  std::vector<prepo::ProjectRow> out;
  for (auto& p : prepo::list_projects(s, organisation_id))
    if (cooperation_rights(caller.principal, {p.organisation_id, p.region_code}).read) out.push_back(std::move(p));
  return out;
}

std::vector<prepo::ProjectRow> list_projects(kvalis::store::Database& db, const accounts::Caller& caller,
                                             std::optional<long long> organisation_id) {
  return db.read([&](soci::session& s) { return list_projects(s, caller, organisation_id); });
}

Result<ProjectDetail> get_project(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                  const std::string& today) {
  return db.read([&](soci::session& s) -> Result<ProjectDetail> {
    auto a = readable_project(s, caller.principal, id);
    if (!a) return a.error();
    ProjectDetail d;
    d.project = a->project;
    d.can_manage = a->rights.manage;
    auto links = described_links(s, caller, id);
    std::map<std::string, int> by_kind;
    for (auto& act : prepo::activities_of(s, id)) {
      ActivityView v{act, std::move(links[act.id]), {}, schedule_state(act.starts_on, act.ends_on, today)};
      for (const auto& l : v.links) {
        ++v.counts[std::string(to_string(l.kind))];
        ++by_kind[std::string(to_string(l.kind))];
      }
      d.activities.push_back(std::move(v));
    }
    d.expenses = prepo::expenses_of(s, id);
    for (auto& l : prepo::budget_lines_of(s, id)) {
      BudgetLineView v{l, 0};
      for (const auto& e : d.expenses)
        if (e.budget_line_id == l.id) v.spent += e.amount;
      d.budget_lines.push_back(std::move(v));
    }
    std::vector<PlannedLine> planned;
    for (const auto& l : d.budget_lines) planned.push_back({l.line.category, l.line.planned});
    d.budget = budget_by_category(planned, expenses_for_budget(d.expenses), "", "");
    const auto values = prepo::values_of_project(s, id);
    for (auto& i : prepo::indicators_of(s, id)) {
      IndicatorView v{i, std::nullopt, {}};
      for (const auto& x : values)
        if (x.indicator_id == i.id) v.values.push_back(x);
      const auto source = parse_indicator_source(i.source);
      if (source && source->linked)
        v.value = by_kind[std::string(to_string(*source->linked))];
      else if (!v.values.empty())
        v.value = v.values.back().value;
      d.indicators.push_back(std::move(v));
    }
    d.publicity = prepo::publicity_of(s, id);
    return d;
  });
}

Result<prepo::ProjectRow> create_project(soci::session& s, const accounts::Caller& caller, const ProjectInput& in) {
  auto owner = coop_owner(s, caller.principal, in.organisation_id);
  if (!owner)
    return invalid("organisation_id", "people.coop.organisation.invalid",
                   {{"value", std::to_string(in.organisation_id)}});
  if (!owner->rights.manage) return not_allowed();
  if (auto st = check_project(in); !st) return st.error();
  prepo::ProjectRow r;
  r.organisation_id = in.organisation_id;
  r.name = in.name;
  r.registration_number = in.registration_number;
  r.programme = in.programme;
  r.starts_on = in.starts_on;
  r.ends_on = in.ends_on;
  r.manager = in.manager;
  r.description = in.description;
  r.created_at = r.updated_at = now_epoch();
  r.id = prepo::insert_project(s, r);
  append(s, caller.activity("people.project.create", "pe_projects", r.id, r.organisation_id, r.name));
  return *prepo::get_project(s, r.id);
}

Result<prepo::ProjectRow> create_project(kvalis::store::Database& db, const accounts::Caller& caller,
                                         const ProjectInput& in) {
  return db.write([&](soci::session& s) { return create_project(s, caller, in); });
}

Result<prepo::ProjectRow> update_project(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                         const ProjectInput& in) {
  return db.write([&](soci::session& s) -> Result<prepo::ProjectRow> {
    auto a = writable_project(s, caller.principal, id);
    if (!a) return a.error();
    if (auto st = check_project(in); !st) return st.error();
    auto r = a->project;
    r.name = in.name;
    r.registration_number = in.registration_number;
    r.programme = in.programme;
    r.starts_on = in.starts_on;
    r.ends_on = in.ends_on;
    r.manager = in.manager;
    r.description = in.description;
    r.updated_at = now_epoch();
    prepo::update_project(s, r);
    log(s, caller, "people.project.update", "pe_projects", id, *a);
    return *prepo::get_project(s, id);
  });
}

// ---- activities ----

Result<prepo::ActivityRow> create_activity(soci::session& s, const accounts::Caller& caller, long long project_id,
                                           const ActivityInput& in) {
  auto a = writable_project(s, caller.principal, project_id);
  if (!a) return a.error();
  if (auto st = check_activity(in, a->project); !st) return st.error();
  prepo::ActivityRow r{
      0,          project_id, in.code,          in.title,       in.starts_on,
      in.ends_on, in.output,  in.output_target, in.output_unit, prepo::next_activity_position(s, project_id)};
  r.id = prepo::insert_activity(s, r);
  log(s, caller, "people.activity.create", "pe_project_activities", r.id, *a, r.title);
  return r;
}

Result<prepo::ActivityRow> create_activity(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long project_id, const ActivityInput& in) {
  return db.write([&](soci::session& s) { return create_activity(s, caller, project_id, in); });
}

Result<prepo::ActivityRow> update_activity(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                           const ActivityInput& in) {
  return db.write([&](soci::session& s) -> Result<prepo::ActivityRow> {
    auto r = prepo::get_activity(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "activity");
    if (!a) return a.error();
    if (auto st = check_activity(in, a->project); !st) return st.error();
    r->code = in.code;
    r->title = in.title;
    r->starts_on = in.starts_on;
    r->ends_on = in.ends_on;
    r->output = in.output;
    r->output_target = in.output_target;
    r->output_unit = in.output_unit;
    prepo::update_activity(s, *r);
    log(s, caller, "people.activity.update", "pe_project_activities", id, *a, r->title);
    return *r;
  });
}

Status delete_activity(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = prepo::get_activity(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "activity");
    if (!a) return a.error();
    prepo::delete_activity(s, id);
    log(s, caller, "people.activity.delete", "pe_project_activities", id, *a, r->title);
    return ok_status();
  });
}

// ---- links ----

Result<LinkedObject> add_link(soci::session& s, const accounts::Caller& caller, long long activity_id,
                              const std::string& kind_text, long long object_id) {
  auto r = prepo::get_activity(s, activity_id);
  auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "activity");
  if (!a) return a.error();
  auto kind = parse_link_kind(kind_text);
  if (!kind) return invalid("kind", "people.coop.link.kind_unknown", {{"value", kind_text}});
  auto object = resolve_link(s, caller, *kind, object_id);
  if (!object) return invalid("object_id", "people.coop.link.object_not_found", {{"value", std::to_string(object_id)}});
  const prepo::LinkRow link{activity_id, kind_text, object_id};
  if (prepo::link_exists(s, link)) return conflict("object_id", "people.coop.link.exists");
  prepo::insert_link(s, link);
  log(s, caller, "people.link.create", "pe_activity_links", activity_id, *a,
      kind_text + " " + std::to_string(object_id));
  return *object;
}

Result<LinkedObject> add_link(kvalis::store::Database& db, const accounts::Caller& caller, long long activity_id,
                              const std::string& kind, long long object_id) {
  return db.write([&](soci::session& s) { return add_link(s, caller, activity_id, kind, object_id); });
}

Status remove_link(kvalis::store::Database& db, const accounts::Caller& caller, long long activity_id,
                   const std::string& kind, long long object_id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = prepo::get_activity(s, activity_id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "activity");
    if (!a) return a.error();
    const prepo::LinkRow link{activity_id, kind, object_id};
    if (!prepo::link_exists(s, link)) return missing("link");
    prepo::delete_link(s, link);
    log(s, caller, "people.link.delete", "pe_activity_links", activity_id, *a, kind + " " + std::to_string(object_id));
    return ok_status();
  });
}

Result<std::vector<LinkedObject>> link_candidates(soci::session& s, const accounts::Caller& caller,
                                                  long long project_id, const std::string& kind_text,
                                                  const std::string& text) {
  auto a = readable_project(s, caller.principal, project_id);
  if (!a) return a.error();
  auto kind = parse_link_kind(kind_text);
  if (!kind) return invalid("kind", "people.coop.link.kind_unknown", {{"value", kind_text}});
  return candidates(s, caller, *kind, a->project.organisation_id, text);
}

Result<std::vector<LinkedObject>> link_candidates(kvalis::store::Database& db, const accounts::Caller& caller,
                                                  long long project_id, const std::string& kind,
                                                  const std::string& text) {
  return db.read([&](soci::session& s) { return link_candidates(s, caller, project_id, kind, text); });
}

// ---- budget ----

Result<prepo::BudgetLineRow> create_budget_line(soci::session& s, const accounts::Caller& caller, long long project_id,
                                                const BudgetLineInput& in) {
  auto a = writable_project(s, caller.principal, project_id);
  if (!a) return a.error();
  if (auto st = check_budget_line(in); !st) return st.error();
  prepo::BudgetLineRow r{0,        project_id, in.category,
                         in.title, in.planned, static_cast<int>(prepo::budget_lines_of(s, project_id).size()) + 1};
  r.id = prepo::insert_budget_line(s, r);
  log(s, caller, "people.budget_line.create", "pe_budget_lines", r.id, *a, r.category);
  return r;
}

Result<prepo::BudgetLineRow> create_budget_line(kvalis::store::Database& db, const accounts::Caller& caller,
                                                long long project_id, const BudgetLineInput& in) {
  return db.write([&](soci::session& s) { return create_budget_line(s, caller, project_id, in); });
}

Result<prepo::BudgetLineRow> update_budget_line(kvalis::store::Database& db, const accounts::Caller& caller,
                                                long long id, const BudgetLineInput& in) {
  return db.write([&](soci::session& s) -> Result<prepo::BudgetLineRow> {
    auto r = prepo::get_budget_line(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "budget_line");
    if (!a) return a.error();
    if (auto st = check_budget_line(in); !st) return st.error();
    r->category = in.category;
    r->title = in.title;
    r->planned = in.planned;
    prepo::update_budget_line(s, *r);
    log(s, caller, "people.budget_line.update", "pe_budget_lines", id, *a, r->category);
    return *r;
  });
}

Status delete_budget_line(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = prepo::get_budget_line(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "budget_line");
    if (!a) return a.error();
    prepo::delete_budget_line(s, id);
    log(s, caller, "people.budget_line.delete", "pe_budget_lines", id, *a, r->category);
    return ok_status();
  });
}

namespace {

Status check_expense(soci::session& s, long long project_id, const ExpenseInput& in) {
  auto line = prepo::get_budget_line(s, in.budget_line_id);
  if (!line || line->project_id != project_id)
    return invalid("budget_line_id", "people.coop.budget_line.invalid", {{"value", std::to_string(in.budget_line_id)}});
  for (auto st : {check_date("spent_on", in.spent_on, true), check_amount("amount", in.amount),
                  check_line("note", in.note, 500, false)})
    if (!st) return st;
  return ok_status();
}

}  // namespace

Result<prepo::ExpenseRow> create_expense(soci::session& s, const accounts::Caller& caller, long long project_id,
                                         const ExpenseInput& in) {
  auto a = writable_project(s, caller.principal, project_id);
  if (!a) return a.error();
  if (auto st = check_expense(s, project_id, in); !st) return st.error();
  prepo::ExpenseRow r;
  r.budget_line_id = in.budget_line_id;
  r.spent_on = in.spent_on;
  r.amount = in.amount;
  r.note = in.note;
  r.created_at = now_epoch();
  r.id = prepo::insert_expense(s, r);
  log(s, caller, "people.expense.create", "pe_expenses", r.id, *a, r.spent_on);
  return *prepo::get_expense(s, r.id);
}

Result<prepo::ExpenseRow> create_expense(kvalis::store::Database& db, const accounts::Caller& caller,
                                         long long project_id, const ExpenseInput& in) {
  return db.write([&](soci::session& s) { return create_expense(s, caller, project_id, in); });
}

Result<prepo::ExpenseRow> update_expense(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                         const ExpenseInput& in) {
  return db.write([&](soci::session& s) -> Result<prepo::ExpenseRow> {
    auto r = prepo::get_expense(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "expense");
    if (!a) return a.error();
    if (auto st = check_expense(s, r->project_id, in); !st) return st.error();
    r->budget_line_id = in.budget_line_id;
    r->spent_on = in.spent_on;
    r->amount = in.amount;
    r->note = in.note;
    prepo::update_expense(s, *r);
    log(s, caller, "people.expense.update", "pe_expenses", id, *a, r->spent_on);
    return *prepo::get_expense(s, id);
  });
}

Status delete_expense(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = prepo::get_expense(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "expense");
    if (!a) return a.error();
    prepo::delete_expense(s, id);
    log(s, caller, "people.expense.delete", "pe_expenses", id, *a, r->spent_on);
    return ok_status();
  });
}

// ---- indicators ----

Result<prepo::IndicatorRow> create_indicator(soci::session& s, const accounts::Caller& caller, long long project_id,
                                             const IndicatorInput& in) {
  auto a = writable_project(s, caller.principal, project_id);
  if (!a) return a.error();
  if (auto st = check_indicator(in); !st) return st.error();
  prepo::IndicatorRow r{
      0,       project_id, in.code,   in.name,
      in.unit, in.target,  in.source, static_cast<int>(prepo::indicators_of(s, project_id).size()) + 1};
  r.id = prepo::insert_indicator(s, r);
  log(s, caller, "people.indicator.create", "pe_project_indicators", r.id, *a, r.source);
  return r;
}

Result<prepo::IndicatorRow> create_indicator(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long project_id, const IndicatorInput& in) {
  return db.write([&](soci::session& s) { return create_indicator(s, caller, project_id, in); });
}

Result<prepo::IndicatorRow> update_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                             const IndicatorInput& in) {
  return db.write([&](soci::session& s) -> Result<prepo::IndicatorRow> {
    auto r = prepo::get_indicator(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "indicator");
    if (!a) return a.error();
    if (auto st = check_indicator(in); !st) return st.error();
    r->code = in.code;
    r->name = in.name;
    r->unit = in.unit;
    r->target = in.target;
    r->source = in.source;
    prepo::update_indicator(s, *r);
    log(s, caller, "people.indicator.update", "pe_project_indicators", id, *a, r->source);
    return *r;
  });
}

Status delete_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = prepo::get_indicator(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "indicator");
    if (!a) return a.error();
    prepo::delete_indicator(s, id);
    log(s, caller, "people.indicator.delete", "pe_project_indicators", id, *a, r->name);
    return ok_status();
  });
}

Result<prepo::ValueRow> add_indicator_value(soci::session& s, const accounts::Caller& caller, long long indicator_id,
                                            const ValueInput& in) {
  auto i = prepo::get_indicator(s, indicator_id);
  auto a = writable_child(s, caller.principal, i ? std::optional(i->project_id) : std::nullopt, "indicator");
  if (!a) return a.error();
  const auto source = parse_indicator_source(i->source);
  if (source && source->linked)
    return Error{ErrorCode::conflict, "value", "people.coop.indicator.linked_value", {{"value", i->source}}};
  for (auto st : {check_date("recorded_on", in.recorded_on, true), check_line("note", in.note, 500, false)})
    if (!st) return st.error();
  if (!(in.value >= -1e12 && in.value <= 1e12))
    return invalid("value", "field.out_of_range", {{"min", "-1000000000000"}, {"max", "1000000000000"}});
  prepo::ValueRow r{0, indicator_id, i->project_id, in.recorded_on, in.value, in.note};
  r.id = prepo::insert_value(s, r);
  log(s, caller, "people.indicator_value.create", "pe_indicator_values", r.id, *a, in.recorded_on);
  return r;
}

Result<prepo::ValueRow> add_indicator_value(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long indicator_id, const ValueInput& in) {
  return db.write([&](soci::session& s) { return add_indicator_value(s, caller, indicator_id, in); });
}

Status delete_indicator_value(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = prepo::get_value(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "indicator_value");
    if (!a) return a.error();
    prepo::delete_value(s, id);
    log(s, caller, "people.indicator_value.delete", "pe_indicator_values", id, *a, r->recorded_on);
    return ok_status();
  });
}

// ---- publicity ----

Result<prepo::PublicityRow> create_publicity(soci::session& s, const accounts::Caller& caller, long long project_id,
                                             const PublicityInput& in) {
  auto a = writable_project(s, caller.principal, project_id);
  if (!a) return a.error();
  if (auto st = check_publicity(in); !st) return st.error();
  prepo::PublicityRow r{0, project_id, in.duty, in.due_on, in.done_on, in.evidence};
  r.id = prepo::insert_publicity(s, r);
  log(s, caller, "people.publicity.create", "pe_publicity", r.id, *a);
  return r;
}

Result<prepo::PublicityRow> create_publicity(kvalis::store::Database& db, const accounts::Caller& caller,
                                             long long project_id, const PublicityInput& in) {
  return db.write([&](soci::session& s) { return create_publicity(s, caller, project_id, in); });
}

Result<prepo::PublicityRow> update_publicity(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                             const PublicityInput& in) {
  return db.write([&](soci::session& s) -> Result<prepo::PublicityRow> {
    auto r = prepo::get_publicity(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "publicity");
    if (!a) return a.error();
    if (auto st = check_publicity(in); !st) return st.error();
    r->duty = in.duty;
    r->due_on = in.due_on;
    r->done_on = in.done_on;
    r->evidence = in.evidence;
    prepo::update_publicity(s, *r);
    log(s, caller, "people.publicity.update", "pe_publicity", id, *a, r->done_on);
    return *r;
  });
}

Status delete_publicity(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = prepo::get_publicity(s, id);
    auto a = writable_child(s, caller.principal, r ? std::optional(r->project_id) : std::nullopt, "publicity");
    if (!a) return a.error();
    prepo::delete_publicity(s, id);
    log(s, caller, "people.publicity.delete", "pe_publicity", id, *a);
    return ok_status();
  });
}

// ---- monitoring ----

Result<MonitoringReport> monitoring_report(soci::session& s, const accounts::Caller& caller, long long project_id,
                                           const std::string& from_in, const std::string& to_in) {
  auto a = readable_project(s, caller.principal, project_id);
  if (!a) return a.error();
  if (from_in.empty() != to_in.empty()) return invalid(from_in.empty() ? "from" : "to", "field.required");
  for (auto st : {check_date("from", from_in, false), check_date("to", to_in, false)})
    if (!st) return st.error();
  if (to_in < from_in) return invalid("to", "people.coop.period_invalid", {{"from", from_in}, {"to", to_in}});
  MonitoringReport r;
  r.project = a->project;
  r.from = from_in.empty() ? a->project.starts_on : from_in;
  r.to = to_in.empty() ? a->project.ends_on : to_in;

  auto links = described_links(s, caller, project_id);
  std::map<std::string, int> cumulative_by_kind, period_by_kind;
  for (auto& act : prepo::activities_of(s, project_id)) {
    MonitoringActivity m;
    m.activity = act;
    m.schedule = schedule_state(act.starts_on, act.ends_on, r.to);
    for (auto& l : links[act.id]) {
      const std::string kind(to_string(l.kind));
      if (in_period(l.date, "", r.to)) {
        ++m.outputs_cumulative[kind];
        ++m.total_cumulative;
        ++cumulative_by_kind[kind];
      }
      if (in_period(l.date, r.from, r.to)) {
        ++m.outputs_period[kind];
        ++m.total_period;
        ++period_by_kind[kind];
        m.records.push_back(l);
      }
    }
    r.activities.push_back(std::move(m));
  }

  const auto lines = prepo::budget_lines_of(s, project_id);
  r.budget =
      budget_by_category(planned_lines(lines), expenses_for_budget(prepo::expenses_of(s, project_id)), r.from, r.to);
  for (const auto& b : r.budget) {
    r.planned_total += b.planned;
    r.spent_period_total += b.spent_period;
    r.spent_cumulative_total += b.spent_cumulative;
  }

  const auto values = prepo::values_of_project(s, project_id);
  for (const auto& i : prepo::indicators_of(s, project_id)) {
    MonitoringIndicator m;
    m.indicator = i;
    const auto source = parse_indicator_source(i.source);
    if (source && source->linked) {
      const std::string kind(to_string(*source->linked));
      m.value = cumulative_by_kind[kind];
      m.value_in_period = period_by_kind[kind];
    } else {
      for (const auto& v : values) {
        if (v.indicator_id != i.id) continue;
        if (in_period(v.recorded_on, "", r.to)) m.value = v.value;
        if (in_period(v.recorded_on, r.from, r.to)) m.value_in_period = v.value;
      }
    }
    if (m.value && i.target && *i.target > 0) m.share_of_target = *m.value / *i.target;
    m.met = m.value && i.target && *m.value >= *i.target;
    r.indicators.push_back(std::move(m));
  }

  for (const auto& p : prepo::publicity_of(s, project_id)) {
    MonitoringPublicity m{p, in_period(p.done_on, "", r.to), false};
    m.overdue = !m.met && in_period(p.due_on, "", r.to);
    r.publicity.push_back(std::move(m));
  }
  return r;
}

Result<MonitoringReport> monitoring_report(kvalis::store::Database& db, const accounts::Caller& caller,
                                           long long project_id, const std::string& from, const std::string& to) {
  return db.read([&](soci::session& s) { return monitoring_report(s, caller, project_id, from, to); });
}

}  // namespace kvalis::people::app
