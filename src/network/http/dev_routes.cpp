// Network module — providers' development plans and the evidence panel (issue 13 items 3 and 5,
// PLAN13_SPEC [devplans]): the region's criteria, plans with their intentions and costs, submission, return,
// evaluation and decision with its effect on the network and the region's development demand, and the
// evidence beside a decision on a service. Handlers parse, call one use case of network/app/dev_plans.hpp or
// evidence_panel.hpp and map the result.
#include "network/app/dev_plans.hpp"
#include "network/app/evidence_panel.hpp"
#include "network/core/portal.hpp"
#include "network/http/dev_dto.hpp"
#include "network/http/evidence_dto.hpp"
#include "network/http/routes.hpp"
#include "platform/core/dates.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {
namespace {

namespace napp = network::app;
using accounts::Permission;

constexpr long long kMaxId = 9'000'000'000'000'000'000LL;
const QueryParam kRegion = QueryParam::text("region", "Region (kraj) code (default: the caller's region)", 10);
const QueryParam kStatus =
    QueryParam::choice("status", "Only plans in this state", {"", "draft", "submitted", "evaluated", "decided"}, "");
const QueryParam kService = QueryParam::integer("service", "Only the plans of this service", 1, kMaxId);
const QueryParam kYearFrom = QueryParam::integer("year_from", "First year (default: this year)", 2000, 2100);
const QueryParam kYears = QueryParam::integer("years", "How many years (default 3)", 1, 10);
const Error kMissing = not_found("network.not_found");

bool en(Lang lang) { return lang == Lang::en; }

const std::string& in_lang(Lang lang, const std::string& cs, const std::string& other) {
  return lang == Lang::en && !other.empty() ? other : cs;
}

std::string text(std::string_view v) { return std::string(v); }

dto::NwDevCriterion criterion_dto(const network::store::dev_repo::CriterionRow& c, Lang lang) {
  return {c.id,       c.code,    in_lang(lang, c.name_cs, c.name_en),
          c.name_cs,  c.name_en, c.description,
          c.evidence, c.weight,  c.scale_max,
          c.position, c.active};
}

dto::NwDevYear year_dto(const network::DemandYear& y) {
  return {y.year, y.personnel, y.operating, y.investment, y.total()};
}

std::string decision_name(const std::string& code, Lang lang) {
  auto d = network::parse_dev_decision(code);
  return d ? text(network::decision_name(*d, en(lang))) : std::string();
}

dto::NwDevPlanSummary summary_dto(const napp::DevPlanSummary& s, Lang lang) {
  const auto& p = s.plan;
  dto::NwDevPlanSummary d;
  d.id = p.id;
  d.service_id = p.service_id;
  d.provider_id = p.provider_org_id;
  d.service_name = p.service_name;
  d.provider_name = p.provider_name;
  d.kind_code = p.kind_code;
  d.kind_name = en(lang) && !p.kind_name_en.empty() ? p.kind_name_en : p.kind_name;
  d.year_from = p.year_from;
  d.year_to = p.year_to;
  d.years = p.year_from == p.year_to ? std::to_string(p.year_from)
                                     : std::to_string(p.year_from) + "–" + std::to_string(p.year_to);
  d.title = p.title;
  d.status = text(network::to_string(p.status));
  d.status_name = text(network::status_name(p.status, en(lang)));
  d.total_cost = p.total_cost;
  if (s.evaluation_visible) {
    d.score = p.score;
    d.decision = p.decision;
    d.decision_name = decision_name(p.decision, lang);
  }
  return d;
}

std::string outcome_text(const network::ProposedDecision& p, Lang lang) {
  return translate("network.dev.effect_" + text(network::to_string(p.outcome)), lang,
                   {{"year", std::to_string(p.year)},
                    {"kind", text(network::network_decision_name(p.kind, en(lang)))},
                    {"after", network::capacity_words(p.capacity_after, p.capacity_unit, en(lang))}});
}

dto::NwDevPlan plan_dto(const napp::DevPlanDetail& v, Lang lang) {
  const auto& p = v.plan;
  dto::NwDevPlan d;
  d.id = p.id;
  d.region_org_id = p.region_org_id;
  d.service_id = p.service_id;
  d.provider_id = p.provider_org_id;
  d.service_name = p.service_name;
  d.provider_name = p.provider_name;
  d.kind_code = p.kind_code;
  d.kind_name = en(lang) && !p.kind_name_en.empty() ? p.kind_name_en : p.kind_name;
  d.year_from = p.year_from;
  d.year_to = p.year_to;
  d.service_capacity = p.service_capacity;
  d.service_capacity_unit = p.service_capacity_unit;
  d.title = p.title;
  d.summary = p.summary;
  d.status = text(network::to_string(p.status));
  d.status_name = text(network::status_name(p.status, en(lang)));
  d.region_note = p.region_note;
  if (p.submitted_at) d.submitted_at = format_timestamp(p.submitted_at);
  d.total_cost = p.total_cost;
  const bool decisions_visible = v.evaluation.has_value();
  for (const auto& i : v.intentions) {
    dto::NwDevIntention x;
    x.id = i.id;
    x.type = text(network::to_string(i.type));
    x.type_name = text(network::intention_type_name(i.type, en(lang)));
    x.description = i.description;
    x.capacity_delta = i.capacity_delta;
    x.capacity_unit = i.capacity_unit;
    x.form_code = i.form_code;
    x.form_name = i.form_name;
    x.territory_code = i.territory_code;
    x.territory_name = i.territory_name;
    x.fte_delta = i.fte_delta;
    x.from_year = i.from_year;
    x.need_area_id = i.need_area_id;
    x.need_name = in_lang(lang, i.need_name_cs, i.need_name_en);
    x.finding_id = i.finding_id;
    x.finding_text = i.finding_text;
    x.plan_node_id = i.plan_node_id;
    x.plan_node_code = i.plan_node_code;
    x.plan_node_title = i.plan_node_title;
    x.answers_text = i.answers_text;
    if (decisions_visible && i.decision != network::IntentionDecision::none) {
      x.decision = text(network::to_string(i.decision));
      x.decision_name = i.decision == network::IntentionDecision::support ? (en(lang) ? "supported" : "podpořen")
                                                                          : (en(lang) ? "not supported" : "nepodpořen");
    }
    for (const auto& c : i.costs) {
      x.costs.push_back({c.year, text(network::to_string(c.category)),
                         text(network::dev_category_name(c.category, en(lang))), c.amount});
      x.total += c.amount;
    }
    d.intentions.push_back(std::move(x));
  }
  for (const auto& y : v.costs) d.costs.push_back(year_dto(y));
  for (const auto& y : v.demand) d.demand.push_back(year_dto(y));
  if (v.evaluation) {
    const auto& e = *v.evaluation;
    dto::NwDevEvaluation x;
    x.total_score = e.total_score;
    for (const auto& s : e.scores)
      x.scores.push_back({s.criterion.id, s.criterion.code, in_lang(lang, s.criterion.name_cs, s.criterion.name_en),
                          s.criterion.evidence, s.criterion.weight, s.criterion.scale_max,
                          s.score ? std::optional<int>(s.score->score) : std::nullopt,
                          s.score ? s.score->reason : std::string()});
    x.decision = e.decision;
    x.decision_name = decision_name(e.decision, lang);
    x.decision_reason = e.decision_reason;
    x.decided_on = e.decided_on;
    x.effect_note = e.effect_note;
    if (e.evaluated_at) x.evaluated_at = format_timestamp(e.evaluated_at);
    if (e.decided_at) x.decided_at = format_timestamp(e.decided_at);
    d.evaluation = std::move(x);
  }
  for (const auto& p2 : v.effect.proposed)
    d.effect.proposed.push_back(
        {p2.intention_id, p2.year, p2.kind, text(network::network_decision_name(p2.kind, en(lang))), p2.capacity_before,
         p2.capacity_after, p2.capacity_unit, text(network::to_string(p2.outcome)), outcome_text(p2, lang)});
  for (const auto& r : v.effect.recorded)
    d.effect.network_decisions.push_back({r.id, r.dev_intention_id, r.year, r.kind,
                                          text(network::network_decision_name(r.kind, en(lang))), r.capacity_before,
                                          r.capacity_after, r.capacity_unit, r.decided_on});
  for (auto a : v.allowed) d.allowed.push_back(text(network::to_string(a)));
  return d;
}

napp::CriterionInput criterion_input(const dto::NwDevCriterionInput& in) {
  return {in.code,
          in.name_cs,
          in.name_en.value_or(""),
          in.description.value_or(""),
          in.evidence.value_or(""),
          in.weight,
          in.scale_max.value_or(5),
          in.position,
          in.active.value_or(true)};
}

napp::DevPlanChange change_input(const dto::NwDevPlanChange& in) {
  napp::DevPlanChange c{in.title, in.summary, std::nullopt};
  if (in.intentions) {
    std::vector<napp::IntentionInput> list;
    for (const auto& i : *in.intentions) {
      napp::IntentionInput x;
      x.type = i.type;
      x.description = i.description;
      x.capacity_delta = i.capacity_delta;
      x.capacity_unit = i.capacity_unit.value_or("");
      x.form_code = i.form_code.value_or("");
      x.territory_code = i.territory_code.value_or("");
      x.fte_delta = i.fte_delta;
      x.from_year = i.from_year;
      x.need_area_id = i.need_area_id;
      x.finding_id = i.finding_id;
      x.plan_node_id = i.plan_node_id;
      x.answers_text = i.answers_text.value_or("");
      for (const auto& cost : i.costs.value_or(std::vector<dto::NwDevCostInput>{}))
        x.costs.push_back({cost.year, cost.category, cost.amount});
      list.push_back(std::move(x));
    }
    c.intentions = std::move(list);
  }
  return c;
}

// ---- criteria ----

Response list_criteria(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, napp::list_dev_criteria(ctx.db(), caller_of(ctx), *region), [&](const napp::CriteriaList& l) {
    dto::NwDevCriterionList out{l.region_org_id, l.region_name, l.can_manage, {}};
    for (const auto& c : l.items) out.items.push_back(criterion_dto(c, ctx.lang));
    return out;
  });
}

Response create_criterion(Context& ctx) {
  auto body = body_as<dto::NwDevCriterionInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::NwDevCriterionInput>(body);
  return answer_as(
      ctx, napp::create_dev_criterion(ctx.db(), caller_of(ctx), in.region.value_or(""), criterion_input(in)),
      [&](const auto& c) { return criterion_dto(c, ctx.lang); }, 201);
}

Response update_criterion(Context& ctx) {
  return with_id_body<dto::NwDevCriterionInput>(ctx, kMissing, [&](long long id, const dto::NwDevCriterionInput& in) {
    return answer_as(ctx, napp::update_dev_criterion(ctx.db(), caller_of(ctx), id, criterion_input(in)),
                     [&](const auto& c) { return criterion_dto(c, ctx.lang); });
  });
}

// ---- plans ----

Response list_plans(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto status = kStatus.read_text(ctx.req);
  if (!status) return error_response(status.error(), ctx.lang);
  auto service = kService.read_integer(ctx.req);
  if (!service) return error_response(service.error(), ctx.lang);
  napp::DevPlanQuery q{*region, network::parse_dev_plan_status(*status), *service};
  return answer_as(ctx, napp::list_dev_plans(ctx.db(), caller_of(ctx), q), [&](const auto& list) {
    dto::NwDevPlanList out;
    for (const auto& s : list) out.items.push_back(summary_dto(s, ctx.lang));
    return out;
  });
}

Response create_plan(Context& ctx) {
  auto body = body_as<dto::NwDevPlanInput>(ctx);
  if (auto* r = std::get_if<Response>(&body)) return *r;
  const auto& in = std::get<dto::NwDevPlanInput>(body);
  napp::DevPlanInput x{in.service_id, in.year_from, in.year_to, in.title, in.summary.value_or("")};
  return answer_as(
      ctx, napp::create_dev_plan(ctx.db(), caller_of(ctx), x), [&](const auto& v) { return plan_dto(v, ctx.lang); },
      201);
}

Response get_plan(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer_as(ctx, napp::get_dev_plan(ctx.db(), caller_of(ctx), *id),
                   [&](const auto& v) { return plan_dto(v, ctx.lang); });
}

Response update_plan(Context& ctx) {
  return with_id_body<dto::NwDevPlanChange>(ctx, kMissing, [&](long long id, const dto::NwDevPlanChange& in) {
    return answer_as(ctx, napp::update_dev_plan(ctx.db(), caller_of(ctx), id, change_input(in)),
                     [&](const auto& v) { return plan_dto(v, ctx.lang); });
  });
}

Response submit_plan(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer_as(ctx, napp::submit_dev_plan(ctx.db(), caller_of(ctx), *id),
                   [&](const auto& v) { return plan_dto(v, ctx.lang); });
}

Response return_plan(Context& ctx) {
  return with_id_body<dto::NwDevReturnInput>(ctx, kMissing, [&](long long id, const dto::NwDevReturnInput& in) {
    return answer_as(ctx, napp::return_dev_plan(ctx.db(), caller_of(ctx), id, in.note),
                     [&](const auto& v) { return plan_dto(v, ctx.lang); });
  });
}

Response evaluate_plan(Context& ctx) {
  return with_id_body<dto::NwDevEvaluationInput>(ctx, kMissing, [&](long long id, const dto::NwDevEvaluationInput& in) {
    std::vector<napp::ScoreInput> scores;
    for (const auto& s : in.scores) scores.push_back({s.criterion_id, s.score, s.reason});
    return answer_as(ctx, napp::evaluate_dev_plan(ctx.db(), caller_of(ctx), id, scores),
                     [&](const auto& v) { return plan_dto(v, ctx.lang); });
  });
}

Response decide_plan(Context& ctx) {
  return with_id_body<dto::NwDevDecisionInput>(ctx, kMissing, [&](long long id, const dto::NwDevDecisionInput& in) {
    napp::DevDecisionInput x{in.decision, in.reason.value_or(""), {}, in.decided_on, in.decided_by_text.value_or("")};
    const auto choices = in.intentions.value_or(std::vector<dto::NwDevIntentionChoice>{});
    for (std::size_t i = 0; i < choices.size(); ++i) {
      auto d = network::parse_intention_decision(choices[i].decision);
      if (!d || *d == network::IntentionDecision::none)
        return error_response(
            invalid("intentions[" + std::to_string(i) + "].decision", "network.dev.intention_decision"), ctx.lang);
      x.intentions.push_back({choices[i].id, *d});
    }
    return answer_as(ctx, napp::decide_dev_plan(ctx.db(), caller_of(ctx), id, x),
                     [&](const auto& v) { return plan_dto(v, ctx.lang); });
  });
}

Response demand(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  auto from = kYearFrom.read_integer(ctx.req);
  if (!from) return error_response(from.error(), ctx.lang);
  auto years = kYears.read_integer(ctx.req);
  if (!years) return error_response(years.error(), ctx.lang);
  const int this_year = std::stoi(today().substr(0, 4));
  return answer_as(ctx,
                   napp::dev_demand(ctx.db(), caller_of(ctx), *region, static_cast<int>(from->value_or(this_year)),
                                    static_cast<int>(years->value_or(3))),
                   [](const napp::DevDemand& d) {
                     dto::NwDevDemand out;
                     out.years = d.years;
                     for (const auto& y : d.totals) out.totals.push_back(year_dto(y));
                     for (const auto& s : d.services) {
                       dto::NwDevDemandService x{s.dev_plan_id,   s.service_id, s.service_name,
                                                 s.provider_name, s.plan_title, {}};
                       for (const auto& y : s.years) x.years.push_back(year_dto(y));
                       out.services.push_back(std::move(x));
                     }
                     return out;
                   });
}

// ---- the evidence panel ----

std::string mode_name(const std::string& mode, Lang lang) {
  if (mode == "direct") return en(lang) ? "directly" : "přímo";
  if (mode == "mediated") return en(lang) ? "by mediation" : "zprostředkovaně";
  if (mode == "referred") return en(lang) ? "by referral" : "odkazem";
  if (mode == "none") return en(lang) ? "not met" : "nenaplňuje";
  return en(lang) ? "not answered" : "bez odpovědi";
}

std::string verdict_name(const std::string& verdict, Lang lang) {
  if (verdict == "pass") return en(lang) ? "passed" : "vyhověla";
  if (verdict == "fail") return en(lang) ? "failed" : "nevyhověla";
  if (verdict == "incomplete") return en(lang) ? "incomplete" : "neúplné hodnocení";
  return verdict;
}

std::string action_status_name(const std::string& status, Lang lang) {
  if (status == "open") return en(lang) ? "open" : "otevřené";
  if (status == "in_progress") return en(lang) ? "in progress" : "probíhá";
  if (status == "done") return en(lang) ? "done, awaiting verification" : "splněno, čeká na ověření";
  return status;
}

dto::NwEvidence evidence_dto(const napp::EvidencePanel& p, Lang lang) {
  dto::NwEvidence d;
  d.service = {p.service.id,        p.service.provider_id, p.service.name, p.service.provider_name,
               p.service.kind_code, p.service.kind_name};
  for (const auto& i : p.indicators) {
    dto::NwEvidenceIndicator x{i.group_id, i.group,     i.code, in_lang(lang, i.indicator, i.indicator_en),
                               i.unit,     i.direction, "",     {}};
    x.direction_name = i.direction == "lower" ? (en(lang) ? "lower is better" : "nižší je lepší")
                                              : (en(lang) ? "higher is better" : "vyšší je lepší");
    for (const auto& t : i.trend)
      x.trend.push_back({t.round_id, t.round, t.period, t.value, t.peer_median, t.peer_q1, t.peer_q3, t.peers});
    d.indicators.push_back(std::move(x));
  }
  if (p.last_audit) {
    const auto& a = *p.last_audit;
    dto::NwEvidenceAudit x{a.id, a.title, a.date, a.verdict, verdict_name(a.verdict, lang), a.total_percent, {}};
    for (const auto& o : a.open_actions)
      x.open_actions.push_back({o.id, o.text, o.due_date, o.status, action_status_name(o.status, lang), o.due_state});
    d.last_audit = std::move(x);
  }
  d.coverage.round_id = p.coverage.round_id;
  d.coverage.round = p.coverage.round;
  d.coverage.submitted = p.coverage.submitted;
  for (const auto& n : p.coverage.needs)
    d.coverage.needs.push_back({n.need_area_id, in_lang(lang, n.name_cs, n.name_en), n.mode, mode_name(n.mode, lang)});
  if (p.minimal_check)
    d.minimal_check =
        dto::NwEvidenceMinimal{p.minimal_check->minimal_form_id, p.minimal_check->required, p.minimal_check->met,
                               en(lang) ? p.minimal_check->missing_en : p.minimal_check->missing_cs};
  d.network.in_network = p.network.in_network;
  d.network.year = p.network.year;
  d.network.capacity = p.network.capacity;
  d.network.capacity_unit = p.network.capacity_unit;
  if (p.network.entrustment)
    d.network.entrustment = dto::NwEvidenceEntrustment{
        p.network.entrustment->act_number, p.network.entrustment->valid_from, p.network.entrustment->valid_to};
  return d;
}

Response evidence(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMissing, ctx.lang);
  return answer_as(ctx, napp::evidence_panel(ctx.db(), caller_of(ctx), *id),
                   [&](const napp::EvidencePanel& p) { return evidence_dto(p, ctx.lang); });
}

}  // namespace

void register_network_dev_routes(RouteTable& t) {
  const std::string tag = "network";
  const Permission read = Permission::network_read, respond = Permission::network_respond,
                   manage = Permission::network_manage;
  t.add<void, dto::NwDevCriterionList>(Verb::get, "/api/network/dev-criteria", read, list_criteria, tag,
                                       "The region's criteria for evaluating development plans, with weights and "
                                       "scales (providers: the active ones)")
      .query = {kRegion.doc()};
  t.add<dto::NwDevCriterionInput, dto::NwDevCriterion>(Verb::post, "/api/network/dev-criteria", manage,
                                                       create_criterion, tag,
                                                       "A new criterion of the region (code, names, weight, scale)")
      .success_status = 201;
  t.add<dto::NwDevCriterionInput, dto::NwDevCriterion>(Verb::put, "/api/network/dev-criteria/{id}", manage,
                                                       update_criterion, tag,
                                                       "Change a criterion (deactivate instead of deleting)");
  t.add<void, dto::NwDevPlanList>(Verb::get, "/api/network/dev-plans", read, list_plans, tag,
                                  "Development plans: the region's staff see every plan of the region once "
                                  "submitted, a provider its own; score and decision once the caller may see them")
      .query = {kRegion.doc(), kStatus.doc(), kService.doc()};
  t.add<dto::NwDevPlanInput, dto::NwDevPlan>(Verb::post, "/api/network/dev-plans", respond, create_plan, tag,
                                             "A new development plan of one of the caller's services (at most 3 "
                                             "years, not overlapping another plan of the service)")
      .success_status = 201;
  t.add<void, dto::NwDevPlan>(Verb::get, "/api/network/dev-plans/{id}", read, get_plan, tag,
                              "A plan with its intentions, costs per year and category, the need or finding each "
                              "answers, the evaluation (region; the provider once decided) and the effect");
  t.add<dto::NwDevPlanChange, dto::NwDevPlan>(Verb::put, "/api/network/dev-plans/{id}", respond, update_plan, tag,
                                              "Change a draft plan: title, summary and the whole list of intentions");
  t.add<void, dto::NwDevPlan>(Verb::post, "/api/network/dev-plans/{id}/submit", respond, submit_plan, tag,
                              "Submit a draft plan to the region");
  t.add<dto::NwDevReturnInput, dto::NwDevPlan>(Verb::post, "/api/network/dev-plans/{id}/return", manage, return_plan,
                                               tag, "Return a submitted plan to the provider with a note");
  t.add<dto::NwDevEvaluationInput, dto::NwDevPlan>(
      Verb::put, "/api/network/dev-plans/{id}/evaluation", manage, evaluate_plan, tag,
      "Score the plan on every active criterion with a reason; the weighted total (0–100) is computed");
  t.add<dto::NwDevDecisionInput, dto::NwDevPlan>(
      Verb::post, "/api/network/dev-plans/{id}/decision", manage, decide_plan, tag,
      "Decide an evaluated plan (support, partly, not_support): supported capacity intentions become proposed "
      "decisions of the draft network year they start; the supported costs join the region's development demand");
  t.add<void, dto::NwDevDemand>(Verb::get, "/api/network/dev-demand", read, demand, tag,
                                "The supported costs of decided development plans per year and category (the "
                                "region: every plan; a provider: its own)")
      .query = {kRegion.doc(), kYearFrom.doc(), kYears.doc()};
  t.add<void, dto::NwEvidence>(Verb::get, "/api/network/evidence/services/{id}", read, evidence, tag,
                               "The evidence beside a decision on a service: indicator trends against peers, the "
                               "last audit with open actions, the needs it covers, the minimal-form check, its place "
                               "in the network (the region's staff and the service's provider)");
}

}  // namespace kvalis::http
