// Network module — financing (issue 13 item 4): the region's financing model per kind and form, services'
// budgets, subsidy lines (optimal beside requested and granted, the difference explained), the multi-year
// outlook of the network with what-if scenarios, and its Excel export. Handlers parse, call one use case of
// network/app/financing*.hpp and map the result; access is the use cases' (network/app/financing_access.hpp).
#include <variant>

#include "network/app/financing.hpp"
#include "network/app/financing_outlook.hpp"
#include "network/app/financing_scenarios.hpp"
#include "network/export/financing_xlsx.hpp"
#include "network/http/fin_dto.hpp"
#include "network/http/routes.hpp"
#include "platform/export/table.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

namespace fapp = network::app;
namespace fr = network::store::fin_repo;
namespace nw = network;

namespace {

using accounts::Permission;

const QueryParam kYear = QueryParam::integer("year", "The year (default: this year)", 2000, 2100);
const QueryParam kYearFrom =
    QueryParam::integer("year_from", "First year of the outlook (default: this year)", 2000, 2100);
const QueryParam kYears = QueryParam::integer("years", "Years of the outlook, 1–10 (default 3)", 1, 10);
const QueryParam kScenario = QueryParam::integer("scenario", "A what-if scenario applied to the outlook", 1, kMaxId);
const QueryParam kLimit =
    QueryParam::integer("limit", "Services listed, largest optimal subsidy first (default 100)", 0, 10000);
const QueryParam kBudgetKind = QueryParam::choice("kind", "The planned budget or the actual figures (default planned)",
                                                  {"planned", "actual"}, "planned");
const QueryParam kLang = QueryParam::choice("lang", "Language of the workbook", {"cs", "en"}, "cs");

int this_year() { return std::stoi(today().substr(0, 4)); }

Error missing(const char* what) { return not_found(std::string("network.fin.") + what + ".not_found"); }

bool en(const Context& ctx) { return ctx.lang == Lang::en; }

std::string kind_name(const Context& ctx, const std::string& code) {
  return ctx.app.catalogues().name("service_kinds", code, en(ctx));
}
std::string form_name(const Context& ctx, const std::string& code) {
  return code.empty() ? std::string() : ctx.app.catalogues().name("service_forms", code, en(ctx));
}
fapp::KindCheck kind_check(const Context& ctx) {
  return {[&ctx](const std::string& k) { return ctx.app.catalogues().has("service_kinds", k); },
          [&ctx](const std::string& f) { return ctx.app.catalogues().has("service_forms", f); }};
}

// ---- mapping ----

dto::NfModelHead head_dto(const fr::ModelHead& m) {
  return {m.id, m.region_org_id, m.region_name, m.year, m.name, m.status, m.cost_growth, m.note, m.rows};
}

dto::NfModel model_dto(const Context& ctx, const fapp::ModelView& v) {
  dto::NfModel out;
  out.model = head_dto(v.head);
  out.model.rows = static_cast<int>(v.rows.size());
  out.can_manage = v.can_manage;
  for (const auto& r : v.rows)
    out.rows.push_back({r.id, r.row.kind_code, kind_name(ctx, r.row.kind_code), r.row.form_code,
                        form_name(ctx, r.row.form_code), std::string(nw::to_string(r.row.unit)),
                        std::string(nw::fin_unit_name(r.row.unit, en(ctx))), r.row.units_per_capacity,
                        r.row.reference_cost, r.row.own_revenue,
                        nw::compensation_per_unit(r.row.reference_cost, r.row.own_revenue), r.row.other_public,
                        r.row.subsidy_share, r.note});
  return out;
}

fapp::ModelInput model_input(const dto::NfModelInput& in) {
  fapp::ModelInput out;
  out.region_org_id = in.region_org_id.value_or(0);
  out.year = in.year.value_or(0);
  out.name = in.name;
  out.status = in.status.value_or("draft");
  out.cost_growth = in.cost_growth.value_or(0);
  out.note = in.note.value_or("");
  if (in.rows) {
    out.rows.emplace();
    for (const auto& r : *in.rows)
      out.rows->push_back({r.kind_code, r.form_code.value_or(""), r.unit, r.units_per_capacity, r.reference_cost,
                           r.own_revenue, r.other_public.value_or(0), r.subsidy_share.value_or(1),
                           r.note.value_or("")});
  }
  return out;
}

dto::NfBudget budget_dto(const Context& ctx, const fapp::BudgetView& v) {
  dto::NfBudget out;
  out.service_id = v.service.id;
  out.service_name = v.service.name;
  out.provider_name = v.service.provider_name;
  out.kind_name = kind_name(ctx, v.service.kind_code);
  out.year = v.year;
  out.kind = v.actual ? "actual" : "planned";
  for (auto c : nw::all_cost_categories())
    out.costs.push_back({std::string(nw::to_string(c)), std::string(nw::cost_category_name(c, en(ctx))),
                         v.costs[static_cast<std::size_t>(c)]});
  for (auto s : nw::all_sources())
    out.revenues.push_back({std::string(nw::to_string(s)), std::string(nw::source_name(s, en(ctx))),
                            v.revenues[static_cast<std::size_t>(s)]});
  out.total_cost = v.total_cost;
  out.total_revenue = v.total_revenue;
  out.balance = v.total_revenue - v.total_cost;
  out.can_edit = v.can_edit;
  return out;
}

dto::NfLine line_dto(const Context& ctx, const fapp::LineView& l) {
  dto::NfLine out;
  out.service = {l.service.id, l.service.name, l.service.provider_name, l.service.kind_code,
                 kind_name(ctx, l.service.kind_code)};
  out.year = l.year;
  out.capacity = l.capacity;
  out.units = l.units;
  if (l.unit) {
    out.unit = std::string(nw::to_string(*l.unit));
    out.unit_name = std::string(nw::fin_unit_name(*l.unit, en(ctx)));
  }
  out.optimal = l.optimal;
  out.requested = l.requested;
  out.granted = l.granted;
  out.requested_percent = l.difference.requested_percent;
  out.granted_percent = l.difference.granted_percent;
  out.difference_text = en(ctx) ? l.difference.text_en : l.difference.text_cs;
  out.difference_reason = l.difference_reason;
  out.can_request = l.can_request;
  out.can_grant = l.can_grant;
  return out;
}

dto::NfScenario scenario_dto(const fr::ScenarioRow& s) {
  return {s.id, s.region_org_id, s.name, s.year_from, s.years, s.changes, s.created_at};
}

dto::NfChange change_dto(const fr::ChangeRow& c) {
  return {c.id,        c.scenario_id, c.service_id > 0 ? std::optional<long long>(c.service_id) : std::nullopt,
          c.kind_code, c.what,        c.from_year,
          c.value,     c.note};
}

dto::NfOutlook outlook_dto(const Context& ctx, const fapp::OutlookView& v) {
  const auto& o = v.result();
  dto::NfOutlook out;
  out.years = o.years;
  if (v.scenario) {
    dto::NfOutlookScenario sc{scenario_dto(*v.scenario), {}};
    for (const auto& c : v.changes) sc.changes.push_back(change_dto(c));
    out.scenario = std::move(sc);
  }
  for (auto s : nw::all_sources()) {
    const auto i = static_cast<std::size_t>(s);
    out.by_source.push_back({std::string(nw::to_string(s)), std::string(nw::source_name(s, en(ctx))), o.by_source[i],
                             v.base().by_source[i]});
  }
  for (std::size_t i = 0; i < nw::kCostShareCount; ++i)
    out.by_cost.push_back({std::string(nw::cost_share_code(i)), std::string(nw::cost_share_name(i, en(ctx))),
                           o.by_cost[i], v.base().by_cost[i]});
  for (const auto& [code, k] : o.by_kind) {
    const auto base = v.base().by_kind.find(code);
    out.by_kind.push_back(
        {code, kind_name(ctx, code), k.services, k.units, k.cost, k.optimal,
         base != v.base().by_kind.end() ? base->second.optimal : std::vector<double>(o.years.size())});
  }
  out.total_cost = o.total_cost;
  out.total_optimal = o.total_optimal;
  out.uncovered = o.uncovered;
  out.base_total_cost = v.base().total_cost;
  out.base_total_optimal = v.base().total_optimal;
  out.services_total = static_cast<long long>(v.financed);
  for (std::size_t i : v.listed) {
    const auto& svc = v.base_data->services[i];
    dto::NfOutlookService s;
    s.service_id = svc.id;
    s.service_name = svc.name;
    s.provider_name = svc.provider_name;
    s.kind_code = svc.kind_code;
    s.kind_name = kind_name(ctx, svc.kind_code);
    if (v.units()[i]) {
      s.unit = std::string(nw::to_string(*v.units()[i]));
      s.unit_name = std::string(nw::fin_unit_name(*v.units()[i], en(ctx)));
    }
    for (std::size_t y = 0; y < o.years.size(); ++y) {
      const auto& r = o.services[i][y];
      s.capacity.push_back(r.capacity);
      s.units.push_back(r.units);
      s.cost.push_back(r.cost);
      s.optimal.push_back(r.optimal);
      s.base_optimal.push_back(v.base().services[i][y].optimal);
    }
    out.services.push_back(std::move(s));
  }
  auto dev_year = [](const nw::DemandYear& y) {
    return dto::NfDevYear{y.year, y.personnel, y.operating, y.investment, y.total()};
  };
  for (const auto& y : v.development.totals) out.development.totals.push_back(dev_year(y));
  for (const auto& p : v.development.services) {
    dto::NfDevPlanDemand d{p.dev_plan_id, p.service_id, p.service_name, p.provider_name, p.plan_title, {}};
    for (const auto& y : p.years) d.years.push_back(dev_year(y));
    out.development.plans.push_back(std::move(d));
  }
  out.total_demand = v.total_demand;
  return out;
}

Result<int> year_of(const Context& ctx, const QueryParam& p) {
  auto y = p.read_integer(ctx.req);
  if (!y) return y.error();
  return *y ? static_cast<int>(**y) : this_year();
}

Result<fapp::OutlookQuery> outlook_query(const Context& ctx) {
  fapp::OutlookQuery q;
  auto from = year_of(ctx, kYearFrom);
  if (!from) return from.error();
  q.year_from = *from;
  auto years = kYears.read_integer(ctx.req);
  if (!years) return years.error();
  q.years = *years ? static_cast<int>(**years) : 3;
  auto scenario = kScenario.read_integer(ctx.req);
  if (!scenario) return scenario.error();
  q.scenario_id = scenario->value_or(0);
  auto limit = kLimit.read_integer(ctx.req);
  if (!limit) return limit.error();
  q.limit = *limit ? static_cast<int>(**limit) : 100;
  return q;
}

// ---- handlers: models ----

Response list_models(Context& ctx) {
  return answer_as(ctx, fapp::list_models(ctx.db(), caller_of(ctx)), [](const std::vector<fr::ModelHead>& list) {
    dto::NfModelList out;
    for (const auto& m : list) out.items.push_back(head_dto(m));
    return out;
  });
}

Response create_model(Context& ctx) {
  return with_body<dto::NfModelInput>(ctx, [&](const dto::NfModelInput& in) {
    if (!in.year) return error_response(invalid("year", "field.required"), ctx.lang);
    return answer_as(
        ctx, fapp::create_model(ctx.db(), caller_of(ctx), model_input(in), kind_check(ctx)),
        [&](const fapp::ModelView& v) { return model_dto(ctx, v); }, 201);
  });
}

Response get_model(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(missing("model"), ctx.lang);
  return answer_as(ctx, fapp::get_model(ctx.db(), caller_of(ctx), *id),
                   [&](const fapp::ModelView& v) { return model_dto(ctx, v); });
}

Response update_model(Context& ctx) {
  return with_id_body<dto::NfModelInput>(ctx, missing("model"), [&](long long id, const dto::NfModelInput& in) {
    return answer_as(ctx, fapp::update_model(ctx.db(), caller_of(ctx), id, model_input(in), kind_check(ctx)),
                     [&](const fapp::ModelView& v) { return model_dto(ctx, v); });
  });
}

// ---- budgets ----

Response get_budget(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(missing("service"), ctx.lang);
  auto year = year_of(ctx, kYear);
  if (!year) return error_response(year.error(), ctx.lang);
  auto kind = kBudgetKind.read_text(ctx.req);
  if (!kind) return error_response(kind.error(), ctx.lang);
  return answer_as(ctx, fapp::get_budget(ctx.db(), caller_of(ctx), *id, *year, *kind == "actual"),
                   [&](const fapp::BudgetView& v) { return budget_dto(ctx, v); });
}

Response put_budget(Context& ctx) {
  return with_id_body<dto::NfBudgetInput>(ctx, missing("service"), [&](long long id, const dto::NfBudgetInput& in) {
    auto year = year_of(ctx, kYear);
    if (!year) return error_response(year.error(), ctx.lang);
    auto kind = kBudgetKind.read_text(ctx.req);
    if (!kind) return error_response(kind.error(), ctx.lang);
    fapp::BudgetInput input;
    for (const auto& c : in.costs) input.costs.push_back({c.category, c.amount});
    for (const auto& r : in.revenues) input.revenues.push_back({r.source, r.amount});
    return answer_as(ctx, fapp::put_budget(ctx.db(), caller_of(ctx), id, *year, input, *kind == "actual"),
                     [&](const fapp::BudgetView& v) { return budget_dto(ctx, v); });
  });
}

// ---- lines ----

Response list_lines(Context& ctx) {
  auto year = year_of(ctx, kYear);
  if (!year) return error_response(year.error(), ctx.lang);
  return answer_as(ctx, fapp::list_lines(ctx.db(), caller_of(ctx), *year, &fapp::process_fin_cache()),
                   [&](const std::vector<fapp::LineView>& lines) {
                     dto::NfLineList out;
                     out.year = *year;
                     for (const auto& l : lines) {
                       out.items.push_back(line_dto(ctx, l));
                       out.total_optimal += l.optimal;
                       out.total_requested += l.requested.value_or(0);
                       out.total_granted += l.granted.value_or(0);
                     }
                     return out;
                   });
}

Response put_line(Context& ctx) {
  return with_body<dto::NfLineInput>(ctx, [&](const dto::NfLineInput& in) {
    auto service = ctx.path_id("service_id");
    if (!service) return error_response(missing("service"), ctx.lang);
    auto year = ctx.path_id("year");
    if (!year) return error_response(invalid("year", "field.type_integer"), ctx.lang);
    if (*year < 2000 || *year > 2100)
      return error_response(invalid("year", "field.out_of_range", {{"min", "2000"}, {"max", "2100"}}), ctx.lang);
    return answer_as(ctx,
                     fapp::put_line(ctx.db(), caller_of(ctx), *service, static_cast<int>(*year),
                                    {in.requested, in.granted, in.difference_reason, in.clear_requested.value_or(false),
                                     in.clear_granted.value_or(false)}),
                     [&](const fapp::LineView& l) { return line_dto(ctx, l); });
  });
}

// ---- outlook, export ----

Response get_outlook(Context& ctx) {
  auto q = outlook_query(ctx);
  if (!q) return error_response(q.error(), ctx.lang);
  return answer_as(ctx, fapp::financing_outlook(ctx.db(), caller_of(ctx), *q, &fapp::process_fin_cache()),
                   [&](const fapp::OutlookView& v) { return outlook_dto(ctx, v); });
}

Response outlook_xlsx(Context& ctx) {
  auto q = outlook_query(ctx);
  if (!q) return error_response(q.error(), ctx.lang);
  auto lang = kLang.read_text(ctx.req);
  if (!lang) return error_response(lang.error(), ctx.lang);
  auto data = fapp::outlook_export(ctx.db(), caller_of(ctx), *q, &fapp::process_fin_cache());
  if (!data) return error_response(data.error(), ctx.lang);
  const bool english = *lang == "en";
  const auto& cat = ctx.app.catalogues();
  return file_response(
      network::exports::financing_workbook(
          *data, english, [&](const std::string& k) { return cat.name("service_kinds", k, english); },
          [&](const std::string& f) { return cat.name("service_forms", f, english); }),
      exports::kXlsxContentType,
      (english ? "financing-outlook-" : "vyhled-financovani-") + std::to_string(q->year_from) + ".xlsx");
}

// ---- scenarios ----

Response list_scenarios(Context& ctx) {
  return answer_as(ctx, fapp::list_scenarios(ctx.db(), caller_of(ctx)), [](const std::vector<fr::ScenarioRow>& list) {
    dto::NfScenarioList out;
    for (const auto& s : list) out.items.push_back(scenario_dto(s));
    return out;
  });
}

Response create_scenario(Context& ctx) {
  return with_body<dto::NfScenarioInput>(ctx, [&](const dto::NfScenarioInput& in) {
    return answer_as(ctx,
                     fapp::create_scenario(ctx.db(), caller_of(ctx),
                                           {in.region_org_id.value_or(0), in.name, in.year_from, in.years.value_or(3)}),
                     scenario_dto, 201);
  });
}

Response add_change(Context& ctx) {
  return with_id_body<dto::NfChangeInput>(ctx, missing("scenario"), [&](long long id, const dto::NfChangeInput& in) {
    fapp::ChangeInput input{
        in.service_id.value_or(0), in.kind_code.value_or(""), in.what, in.note.value_or(""), in.from_year, in.value};
    return answer_as(
        ctx,
        fapp::add_change(ctx.db(), caller_of(ctx), id, input,
                         [&](const std::string& k) { return ctx.app.catalogues().has("service_kinds", k); }),
        change_dto, 201);
  });
}

Response delete_change(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(missing("change"), ctx.lang);
  return answer(ctx, fapp::delete_change(ctx.db(), caller_of(ctx), *id));
}

}  // namespace

void register_network_finance_routes(RouteTable& t) {
  const std::string tag = "network";
  const Permission read = Permission::network_read, respond = Permission::network_respond,
                   manage = Permission::network_manage;
  t.add<void, dto::NfModelList>(Verb::get, "/api/network/fin/models", read, list_models, tag,
                                "Financing models of the regions the caller reads (newest year first)");
  t.add<dto::NfModelInput, dto::NfModel>(
       Verb::post, "/api/network/fin/models", manage, create_model, tag,
       "Create the region's financing model of a year with its rows per kind and form")
      .success_status = 201;
  t.add<void, dto::NfModel>(Verb::get, "/api/network/fin/models/{id}", read, get_model, tag,
                            "A financing model with its rows (unit, reference cost, own revenue, compensation per "
                            "unit, other public sources, subsidy share)");
  t.add<dto::NfModelInput, dto::NfModel>(Verb::put, "/api/network/fin/models/{id}", manage, update_model, tag,
                                         "Change a financing model (rows given: they replace the model's rows)");
  t.add<void, dto::NfBudget>(Verb::get, "/api/network/fin/services/{id}/budget", read, get_budget, tag,
                             "A service's budget of a year, planned or actual: costs by category, revenues by source")
      .query = {kYear.doc(), kBudgetKind.doc()};
  t.add<dto::NfBudgetInput, dto::NfBudget>(
       Verb::put, "/api/network/fin/services/{id}/budget", respond, put_budget, tag,
       "Replace a service's planned budget of a year (the provider its own, the "
       "region's managers any of the region); the outlook splits by the planned one")
      .query = {kYear.doc(), kBudgetKind.doc()};
  t.add<void, dto::NfLineList>(Verb::get, "/api/network/fin/lines", read, list_lines, tag,
                               "Subsidy lines of a year: per service the optimal amount beside the requested and the "
                               "granted one, the difference explained")
      .query = {kYear.doc()};
  t.add<dto::NfLineInput, dto::NfLine>(Verb::put, "/api/network/fin/lines/{service_id}/{year}", respond, put_line, tag,
                                       "Set the requested amount (the provider) or the granted amount and its reason "
                                       "(the region)");
  t.add<void, dto::NfOutlook>(Verb::get, "/api/network/fin/outlook", read, get_outlook, tag,
                              "The financing outlook of the network: revenues by source, costs and the optimal "
                              "subsidy by year and kind, per service; with a scenario the what-if beside the base")
      .query = {kYearFrom.doc(), kYears.doc(), kScenario.doc(), kLimit.doc()};
  file_route(t.add<void, void>(Verb::get, "/api/network/fin/outlook.xlsx", read, outlook_xlsx, tag,
                               "The outlook as an Excel workbook (summary, by kind, services with optimal, requested "
                               "and granted amounts, the model)"),
             {kYearFrom.doc(), kYears.doc(), kScenario.doc(), kLang.doc()});
  t.add<void, dto::NfScenarioList>(Verb::get, "/api/network/fin/scenarios", read, list_scenarios, tag,
                                   "What-if scenarios of the caller's region");
  t.add<dto::NfScenarioInput, dto::NfScenario>(Verb::post, "/api/network/fin/scenarios", manage, create_scenario, tag,
                                               "Create a what-if scenario")
      .success_status = 201;
  t.add<dto::NfChangeInput, dto::NfChange>(Verb::post, "/api/network/fin/scenarios/{id}/changes", manage, add_change,
                                           tag,
                                           "Add a change to a scenario: capacity, reference cost or own revenue of a "
                                           "service or of every service of a kind, from a year")
      .success_status = 201;
  t.add<void, void>(Verb::delete_, "/api/network/fin/scenario-changes/{id}", manage, delete_change, tag,
                    "Remove a change from a scenario");
}

}  // namespace kvalis::http
