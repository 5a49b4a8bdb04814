// People module — funded projects (issue 14 item 6): projects with key activities and their schedule, links
// from the activities to what they produced in Kvalis, budget lines and expenses, indicators with targets and
// values, publicity duties, and the monitoring report of a period (JSON, printable HTML, Excel) whose counts
// come from the links. Handlers parse, call one use case of people/app/projects.hpp and map the result.
// Members of the organisation (an evaluator too) and its region read; its admins and managers write.
#include "people/app/projects.hpp"
#include "people/export/monitoring_report.hpp"
#include "people/http/cooperation_dto.hpp"
#include "people/http/cooperation_handlers.hpp"
#include "people/http/cooperation_routes.hpp"
#include "platform/export/table.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

namespace papp = people::app;
namespace prepo = people::store::projects_repo;
using namespace coop_handlers;

namespace {

using accounts::Permission;

const QueryParam kOrganisation = QueryParam::integer("organisation_id", "Only of this organisation", 1, kMaxId);
const QueryParam kProject = QueryParam::integer("project_id", "The project (required)", 1, kMaxId);
const QueryParam kKind = QueryParam::choice(
    "kind", "Kind of record",
    {"audit", "training_session", "strategic_plan", "operational_plan", "meeting", "benchmark_round", "supervision"},
    "");
const QueryParam kObject = QueryParam::integer("object_id", "The linked record (required)", 1, kMaxId);
const QueryParam kQ = QueryParam::text("q", "Label contains", 200);
const QueryParam kFrom = QueryParam::text("from", "Start of the period, YYYY-MM-DD (default: the project's start)", 10);
const QueryParam kTo = QueryParam::text("to", "End of the period, YYYY-MM-DD (default: the project's end)", 10);
const QueryParam kLang = QueryParam::choice("lang", "Language of the report", {"cs", "en"}, "cs");

// ---- mapping ----

std::vector<dto::PjKindCount> counts_dto(const std::map<std::string, int>& counts) {
  std::vector<dto::PjKindCount> out;
  for (const auto& [kind, n] : counts) out.push_back({kind, n});
  return out;
}

dto::PjProject project_dto(const prepo::ProjectRow& p) {
  return {p.id,        p.organisation_id, p.organisation_name, p.name,    p.registration_number,
          p.programme, p.starts_on,       p.ends_on,           p.manager, p.description};
}

dto::PjActivity activity_dto(const prepo::ActivityRow& a) {
  return {a.id,      a.project_id, a.code,          a.title,       a.starts_on,
          a.ends_on, a.output,     a.output_target, a.output_unit, a.position};
}

dto::PjLinked linked_dto(const papp::LinkedObject& l) {
  return {std::string(people::to_string(l.kind)), l.id, l.label, l.date, l.state, l.visible};
}

dto::PjBudgetLine line_dto(const prepo::BudgetLineRow& l, double spent = 0) {
  return {l.id, l.project_id, l.category, l.title, l.planned, spent};
}

dto::PjExpense expense_dto(const prepo::ExpenseRow& e) {
  return {e.id, e.budget_line_id, e.category, e.spent_on, e.amount, e.note};
}

dto::PjValue value_dto(const prepo::ValueRow& v) { return {v.id, v.indicator_id, v.recorded_on, v.value, v.note}; }

dto::PjIndicator indicator_dto(const prepo::IndicatorRow& i, std::optional<double> value = std::nullopt,
                               const std::vector<prepo::ValueRow>& values = {}) {
  dto::PjIndicator out{i.id, i.project_id, i.code, i.name, i.unit, i.target, i.source, value, {}};
  for (const auto& v : values) out.values.push_back(value_dto(v));
  return out;
}

dto::PjPublicity publicity_dto(const prepo::PublicityRow& p) {
  return {p.id, p.project_id, p.duty, p.due_on, p.done_on, p.evidence};
}

dto::PjCategoryBudget budget_dto(const people::CategoryBudget& b) {
  return {b.category, b.planned, b.spent_period, b.spent_cumulative, b.remaining, b.share_spent};
}

dto::PjProjectDetail detail_dto(const papp::ProjectDetail& d) {
  dto::PjProjectDetail out;
  out.project = project_dto(d.project);
  for (const auto& a : d.activities) {
    dto::PjActivityDetail x{
        activity_dto(a.activity), std::string(people::to_string(a.schedule)), {}, counts_dto(a.counts)};
    for (const auto& l : a.links) x.links.push_back(linked_dto(l));
    out.activities.push_back(std::move(x));
  }
  for (const auto& l : d.budget_lines) out.budget_lines.push_back(line_dto(l.line, l.spent));
  for (const auto& e : d.expenses) out.expenses.push_back(expense_dto(e));
  for (const auto& b : d.budget) out.budget.push_back(budget_dto(b));
  for (const auto& i : d.indicators) out.indicators.push_back(indicator_dto(i.indicator, i.value, i.values));
  for (const auto& p : d.publicity) out.publicity.push_back(publicity_dto(p));
  out.can_manage = d.can_manage;
  return out;
}

dto::PjMonitoring monitoring_dto(const papp::MonitoringReport& r) {
  dto::PjMonitoring out;
  out.project = project_dto(r.project);
  out.from = r.from;
  out.to = r.to;
  for (const auto& a : r.activities) {
    dto::PjMonitoringActivity x{activity_dto(a.activity),
                                std::string(people::to_string(a.schedule)),
                                counts_dto(a.outputs_period),
                                counts_dto(a.outputs_cumulative),
                                a.total_period,
                                a.total_cumulative,
                                {}};
    for (const auto& l : a.records) x.records.push_back(linked_dto(l));
    out.activities.push_back(std::move(x));
  }
  for (const auto& b : r.budget) out.budget.push_back(budget_dto(b));
  out.planned_total = r.planned_total;
  out.spent_period_total = r.spent_period_total;
  out.spent_cumulative_total = r.spent_cumulative_total;
  for (const auto& i : r.indicators)
    out.indicators.push_back({i.indicator.id, i.indicator.code, i.indicator.name, i.indicator.unit, i.indicator.source,
                              i.indicator.target, i.value, i.value_in_period, i.share_of_target, i.met});
  for (const auto& p : r.publicity) out.publicity.push_back({publicity_dto(p.duty), p.met, p.overdue});
  return out;
}

papp::ProjectInput project_input(const dto::PjProjectInput& in) {
  return {in.organisation_id.value_or(0),
          in.name,
          in.registration_number.value_or(""),
          in.programme.value_or(""),
          in.starts_on,
          in.ends_on,
          in.manager.value_or(""),
          in.description.value_or("")};
}

papp::ActivityInput activity_input(const dto::PjActivityInput& in) {
  return {in.code.value_or(""),       in.title, in.starts_on, in.ends_on, in.output.value_or(""), in.output_target,
          in.output_unit.value_or("")};
}

papp::IndicatorInput indicator_input(const dto::PjIndicatorInput& in) {
  return {in.code.value_or(""), in.name, in.unit.value_or(""), in.target, in.source.value_or("manual")};
}

papp::PublicityInput publicity_input(const dto::PjPublicityInput& in) {
  return {in.duty, in.due_on.value_or(""), in.done_on.value_or(""), in.evidence.value_or("")};
}

// ---- handlers: projects ----

Response list_projects(Context& ctx) {
  auto org = kOrganisation.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  dto::PjProjectList out;
  for (const auto& p : papp::list_projects(ctx.db(), caller_of(ctx), *org)) out.items.push_back(project_dto(p));
  return dto_response(out);
}

Response create_project(Context& ctx) {
  return with_body<dto::PjProjectInput>(ctx, [&](const dto::PjProjectInput& in) {
    if (!in.organisation_id) return error_response(invalid("organisation_id", "field.required"), ctx.lang);
    return answer_as(ctx, papp::create_project(ctx.db(), caller_of(ctx), project_input(in)), project_dto, 201);
  });
}

Response get_project(Context& ctx) {
  return with_id(ctx, "project", [&](long long id) {
    return answer_as(ctx, papp::get_project(ctx.db(), caller_of(ctx), id, today()), detail_dto);
  });
}

Response update_project(Context& ctx) {
  return with_id_body<dto::PjProjectInput>(ctx, "project", [&](long long id, const dto::PjProjectInput& in) {
    return answer_as(ctx, papp::update_project(ctx.db(), caller_of(ctx), id, project_input(in)), project_dto);
  });
}

// ---- activities and links ----

Response create_activity(Context& ctx) {
  return with_id_body<dto::PjActivityInput>(ctx, "project", [&](long long id, const dto::PjActivityInput& in) {
    return answer_as(ctx, papp::create_activity(ctx.db(), caller_of(ctx), id, activity_input(in)), activity_dto, 201);
  });
}

Response update_activity(Context& ctx) {
  return with_id_body<dto::PjActivityInput>(ctx, "activity", [&](long long id, const dto::PjActivityInput& in) {
    return answer_as(ctx, papp::update_activity(ctx.db(), caller_of(ctx), id, activity_input(in)), activity_dto);
  });
}

Response delete_activity(Context& ctx) {
  return with_id(ctx, "activity",
                 [&](long long id) { return answer(ctx, papp::delete_activity(ctx.db(), caller_of(ctx), id)); });
}

Response add_link(Context& ctx) {
  return with_id_body<dto::PjLinkInput>(ctx, "activity", [&](long long id, const dto::PjLinkInput& in) {
    return answer_as(ctx, papp::add_link(ctx.db(), caller_of(ctx), id, in.kind, in.object_id), linked_dto, 201);
  });
}

Response remove_link(Context& ctx) {
  return with_id(ctx, "activity", [&](long long id) {
    auto kind = kKind.read_text(ctx.req);
    if (!kind) return error_response(kind.error(), ctx.lang);
    auto object = kObject.read_integer(ctx.req);
    if (!object) return error_response(object.error(), ctx.lang);
    if (kind->empty()) return error_response(invalid("kind", "field.required"), ctx.lang);
    if (!*object) return error_response(invalid("object_id", "field.required"), ctx.lang);
    return answer(ctx, papp::remove_link(ctx.db(), caller_of(ctx), id, *kind, **object));
  });
}

Response link_candidates(Context& ctx) {
  auto project = kProject.read_integer(ctx.req);
  if (!project) return error_response(project.error(), ctx.lang);
  auto kind = kKind.read_text(ctx.req);
  if (!kind) return error_response(kind.error(), ctx.lang);
  auto q = kQ.read_text(ctx.req);
  if (!q) return error_response(q.error(), ctx.lang);
  if (!*project) return error_response(invalid("project_id", "field.required"), ctx.lang);
  if (kind->empty()) return error_response(invalid("kind", "field.required"), ctx.lang);
  return answer_as(ctx, papp::link_candidates(ctx.db(), caller_of(ctx), **project, *kind, *q),
                   [](const std::vector<papp::LinkedObject>& list) {
                     dto::PjLinkedList out;
                     for (const auto& l : list) out.items.push_back(linked_dto(l));
                     return out;
                   });
}

// ---- budget, expenses ----

Response create_budget_line(Context& ctx) {
  return with_id_body<dto::PjBudgetLineInput>(ctx, "project", [&](long long id, const dto::PjBudgetLineInput& in) {
    return answer_as(
        ctx, papp::create_budget_line(ctx.db(), caller_of(ctx), id, {in.category, in.title, in.planned}),
        [](const prepo::BudgetLineRow& l) { return line_dto(l); }, 201);
  });
}

Response update_budget_line(Context& ctx) {
  return with_id_body<dto::PjBudgetLineInput>(ctx, "budget_line", [&](long long id, const dto::PjBudgetLineInput& in) {
    return answer_as(ctx, papp::update_budget_line(ctx.db(), caller_of(ctx), id, {in.category, in.title, in.planned}),
                     [](const prepo::BudgetLineRow& l) { return line_dto(l); });
  });
}

Response delete_budget_line(Context& ctx) {
  return with_id(ctx, "budget_line",
                 [&](long long id) { return answer(ctx, papp::delete_budget_line(ctx.db(), caller_of(ctx), id)); });
}

Response create_expense(Context& ctx) {
  return with_id_body<dto::PjExpenseInput>(ctx, "project", [&](long long id, const dto::PjExpenseInput& in) {
    return answer_as(ctx,
                     papp::create_expense(ctx.db(), caller_of(ctx), id,
                                          {in.budget_line_id, in.spent_on, in.amount, in.note.value_or("")}),
                     expense_dto, 201);
  });
}

Response update_expense(Context& ctx) {
  return with_id_body<dto::PjExpenseInput>(ctx, "expense", [&](long long id, const dto::PjExpenseInput& in) {
    return answer_as(ctx,
                     papp::update_expense(ctx.db(), caller_of(ctx), id,
                                          {in.budget_line_id, in.spent_on, in.amount, in.note.value_or("")}),
                     expense_dto);
  });
}

Response delete_expense(Context& ctx) {
  return with_id(ctx, "expense",
                 [&](long long id) { return answer(ctx, papp::delete_expense(ctx.db(), caller_of(ctx), id)); });
}

// ---- indicators, publicity ----

Response create_indicator(Context& ctx) {
  return with_id_body<dto::PjIndicatorInput>(ctx, "project", [&](long long id, const dto::PjIndicatorInput& in) {
    return answer_as(
        ctx, papp::create_indicator(ctx.db(), caller_of(ctx), id, indicator_input(in)),
        [](const prepo::IndicatorRow& i) { return indicator_dto(i); }, 201);
  });
}

Response update_indicator(Context& ctx) {
  return with_id_body<dto::PjIndicatorInput>(ctx, "indicator", [&](long long id, const dto::PjIndicatorInput& in) {
    return answer_as(ctx, papp::update_indicator(ctx.db(), caller_of(ctx), id, indicator_input(in)),
                     [](const prepo::IndicatorRow& i) { return indicator_dto(i); });
  });
}

Response delete_indicator(Context& ctx) {
  return with_id(ctx, "indicator",
                 [&](long long id) { return answer(ctx, papp::delete_indicator(ctx.db(), caller_of(ctx), id)); });
}

Response add_value(Context& ctx) {
  return with_id_body<dto::PjValueInput>(ctx, "indicator", [&](long long id, const dto::PjValueInput& in) {
    return answer_as(
        ctx, papp::add_indicator_value(ctx.db(), caller_of(ctx), id, {in.recorded_on, in.value, in.note.value_or("")}),
        value_dto, 201);
  });
}

Response delete_value(Context& ctx) {
  return with_id(ctx, "indicator_value",
                 [&](long long id) { return answer(ctx, papp::delete_indicator_value(ctx.db(), caller_of(ctx), id)); });
}

Response create_publicity(Context& ctx) {
  return with_id_body<dto::PjPublicityInput>(ctx, "project", [&](long long id, const dto::PjPublicityInput& in) {
    return answer_as(ctx, papp::create_publicity(ctx.db(), caller_of(ctx), id, publicity_input(in)), publicity_dto,
                     201);
  });
}

Response update_publicity(Context& ctx) {
  return with_id_body<dto::PjPublicityInput>(ctx, "publicity", [&](long long id, const dto::PjPublicityInput& in) {
    return answer_as(ctx, papp::update_publicity(ctx.db(), caller_of(ctx), id, publicity_input(in)), publicity_dto);
  });
}

Response delete_publicity(Context& ctx) {
  return with_id(ctx, "publicity",
                 [&](long long id) { return answer(ctx, papp::delete_publicity(ctx.db(), caller_of(ctx), id)); });
}

// ---- monitoring ----

Result<papp::MonitoringReport> monitoring_of(Context& ctx, long long id) {
  auto from = kFrom.read_text(ctx.req);
  if (!from) return from.error();
  auto to = kTo.read_text(ctx.req);
  if (!to) return to.error();
  return papp::monitoring_report(ctx.db(), caller_of(ctx), id, *from, *to);
}

Response get_monitoring(Context& ctx) {
  return with_id(ctx, "project", [&](long long id) { return answer_as(ctx, monitoring_of(ctx, id), monitoring_dto); });
}

Response monitoring_html(Context& ctx) {
  return with_id(ctx, "project", [&](long long id) {
    auto lang = kLang.read_text(ctx.req);
    if (!lang) return error_response(lang.error(), ctx.lang);
    auto report = monitoring_of(ctx, id);
    if (!report) return error_response(report.error(), ctx.lang);
    const bool en = *lang == "en";
    return report_response(ctx, exports::monitoring_report_html(*report, en ? Lang::en : Lang::cs, today()),
                           (en ? "monitoring-report-" : "monitorovací-zpráva-") + std::to_string(id) + "-" +
                               report->from + "-" + report->to + ".pdf");
  });
}

Response monitoring_xlsx(Context& ctx) {
  return with_id(ctx, "project", [&](long long id) {
    auto lang = kLang.read_text(ctx.req);
    if (!lang) return error_response(lang.error(), ctx.lang);
    auto report = monitoring_of(ctx, id);
    if (!report) return error_response(report.error(), ctx.lang);
    return file_response(exports::to_xlsx(exports::monitoring_sheets(*report, *lang == "en" ? Lang::en : Lang::cs)),
                         exports::kXlsxContentType,
                         "monitoring-" + std::to_string(id) + "-" + report->from + "-" + report->to + ".xlsx");
  });
}

}  // namespace

void register_people_project_routes(RouteTable& t) {
  const std::string tag = "people";
  const Permission read = Permission::people_read, manage = Permission::people_manage;
  t.add<void, dto::PjProjectList>(Verb::get, "/api/people/projects", read, list_projects, tag,
                                  "Funded projects of the organisations the caller reads")
      .query = {kOrganisation.doc()};
  t.add<dto::PjProjectInput, dto::PjProject>(Verb::post, "/api/people/projects", manage, create_project, tag,
                                             "Create a funded project")
      .success_status = 201;
  t.add<void, dto::PjProjectDetail>(Verb::get, "/api/people/projects/{id}", read, get_project, tag,
                                    "A project with activities (links and counts, schedule), budget lines with "
                                    "planned and spent, expenses, indicators with target and value, publicity");
  t.add<dto::PjProjectInput, dto::PjProject>(Verb::put, "/api/people/projects/{id}", manage, update_project, tag,
                                             "Change a project");
  t.add<dto::PjActivityInput, dto::PjActivity>(Verb::post, "/api/people/projects/{id}/activities", manage,
                                               create_activity, tag, "Add a key activity (within the project's dates)")
      .success_status = 201;
  t.add<dto::PjActivityInput, dto::PjActivity>(Verb::put, "/api/people/activities/{id}", manage, update_activity, tag,
                                               "Change a key activity");
  t.add<void, void>(Verb::delete_, "/api/people/activities/{id}", manage, delete_activity, tag,
                    "Delete a key activity with its links");
  t.add<dto::PjLinkInput, dto::PjLinked>(Verb::post, "/api/people/activities/{id}/links", manage, add_link, tag,
                                         "Link a Kvalis record the activity produced (it must exist and be visible "
                                         "to the caller)")
      .success_status = 201;
  t.add<void, void>(Verb::delete_, "/api/people/activities/{id}/links", manage, remove_link, tag,
                    "Remove a link (?kind=&object_id=)")
      .query = {kKind.doc(), kObject.doc()};
  t.add<void, dto::PjLinkedList>(Verb::get, "/api/people/link-candidates", read, link_candidates, tag,
                                 "Records of a kind the caller may link to the project's activities")
      .query = {kProject.doc(), kKind.doc(), kQ.doc()};
  t.add<dto::PjBudgetLineInput, dto::PjBudgetLine>(Verb::post, "/api/people/projects/{id}/budget-lines", manage,
                                                   create_budget_line, tag, "Add a budget line of a category")
      .success_status = 201;
  t.add<dto::PjBudgetLineInput, dto::PjBudgetLine>(Verb::put, "/api/people/budget-lines/{id}", manage,
                                                   update_budget_line, tag, "Change a budget line");
  t.add<void, void>(Verb::delete_, "/api/people/budget-lines/{id}", manage, delete_budget_line, tag,
                    "Delete a budget line with its expenses");
  t.add<dto::PjExpenseInput, dto::PjExpense>(Verb::post, "/api/people/projects/{id}/expenses", manage, create_expense,
                                             tag, "Record an expense against a budget line of the project")
      .success_status = 201;
  t.add<dto::PjExpenseInput, dto::PjExpense>(Verb::put, "/api/people/expenses/{id}", manage, update_expense, tag,
                                             "Change an expense");
  t.add<void, void>(Verb::delete_, "/api/people/expenses/{id}", manage, delete_expense, tag, "Delete an expense");
  t.add<dto::PjIndicatorInput, dto::PjIndicator>(Verb::post, "/api/people/projects/{id}/indicators", manage,
                                                 create_indicator, tag,
                                                 "Add an indicator with its target (source manual or linked:<kind>)")
      .success_status = 201;
  t.add<dto::PjIndicatorInput, dto::PjIndicator>(Verb::put, "/api/people/indicators/{id}", manage, update_indicator,
                                                 tag, "Change an indicator");
  t.add<void, void>(Verb::delete_, "/api/people/indicators/{id}", manage, delete_indicator, tag,
                    "Delete an indicator with its values");
  t.add<dto::PjValueInput, dto::PjValue>(Verb::post, "/api/people/indicators/{id}/values", manage, add_value, tag,
                                         "Record a value of a manual indicator (409 for a linked one)")
      .success_status = 201;
  t.add<void, void>(Verb::delete_, "/api/people/indicator-values/{id}", manage, delete_value, tag,
                    "Delete a value of an indicator");
  t.add<dto::PjPublicityInput, dto::PjPublicity>(Verb::post, "/api/people/projects/{id}/publicity", manage,
                                                 create_publicity, tag, "Add a publicity duty")
      .success_status = 201;
  t.add<dto::PjPublicityInput, dto::PjPublicity>(Verb::put, "/api/people/publicity/{id}", manage, update_publicity, tag,
                                                 "Change a publicity duty (done on, evidence)");
  t.add<void, void>(Verb::delete_, "/api/people/publicity/{id}", manage, delete_publicity, tag,
                    "Delete a publicity duty");
  t.add<void, dto::PjMonitoring>(Verb::get, "/api/people/projects/{id}/monitoring", read, get_monitoring, tag,
                                 "The monitoring report of a period: outputs counted from the links, schedule, "
                                 "budget by category, indicators against targets, publicity")
      .query = {kFrom.doc(), kTo.doc()};
  file_route(t.add<void, void>(Verb::get, "/api/people/projects/{id}/monitoring.html", read, monitoring_html, tag,
                               "Printable monitoring report (text/html, or PDF with ?format=pdf; Czech or English)"),
             {kFrom.doc(), kTo.doc(), kLang.doc(), report_format_doc()});
  file_route(t.add<void, void>(Verb::get, "/api/people/projects/{id}/monitoring.xlsx", read, monitoring_xlsx, tag,
                               "The monitoring report as an Excel workbook"),
             {kFrom.doc(), kTo.doc(), kLang.doc()});
}

}  // namespace kvalis::http
