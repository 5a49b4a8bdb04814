// Planning module — the chain of plans above the clients (issue 11 items 1, 2, 4, 5, 6): organisations and
// their GAS ρ, strategic and operational plans, goals with their indicators, evaluations with participants,
// values and evidence, closing a year and deriving the next plan, evaluations due, the tree of a strategic
// plan and the impact report (JSON, printable HTML in Czech or English, Excel). Handlers parse, call one use
// case of planning/app/plans.hpp and map the result.
//
// Who may do what (planning/core/plan_access.hpp): members of the organisation (evaluators included), its
// region and the platform administrator read; its admins and managers and the platform administrator write.
// Anyone else gets 404. Client-level numbers below 5 clients are suppressed unless the viewer is staff of the
// service.
#include <algorithm>

#include "planning/app/plans.hpp"
#include "planning/export/impact_report.hpp"
#include "planning/http/plans_dto.hpp"
#include "planning/http/routes.hpp"
#include "platform/core/dates.hpp"
#include "platform/export/table.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

namespace papp = planning::app;
namespace prepo = planning::store::plans_repo;

namespace {

using accounts::Permission;

const Error kOrgMissing{ErrorCode::not_found, {}, "planning.plans.organisation.not_found", {}};
const Error kStrategicMissing{ErrorCode::not_found, {}, "planning.plans.strategic_plan.not_found", {}};
const Error kOperationalMissing{ErrorCode::not_found, {}, "planning.plans.operational_plan.not_found", {}};
const Error kGoalMissing{ErrorCode::not_found, {}, "planning.plans.goal.not_found", {}};
const Error kIndicatorMissing{ErrorCode::not_found, {}, "planning.plans.indicator.not_found", {}};
const Error kEvaluationMissing{ErrorCode::not_found, {}, "planning.plans.evaluation.not_found", {}};
const Error kEvidenceMissing{ErrorCode::not_found, {}, "planning.plans.evidence.not_found", {}};

const QueryParam kOrganisation = QueryParam::integer("organisation_id", "Only plans of this organisation", 1, kMaxId);
const QueryParam kOrganisationRequired =
    QueryParam::integer("organisation_id", "The organisation (required)", 1, kMaxId);
const QueryParam kStrategic =
    QueryParam::integer("strategic_plan_id", "Only operational plans of this strategic plan", 1, kMaxId);
const QueryParam kImpactPlan =
    QueryParam::integer("strategic_plan_id", "The strategic plan (default: the organisation's latest)", 1, kMaxId);
const QueryParam kYear = QueryParam::integer("year", "Only plans of this year", 1990, 2100);
const QueryParam kFrom = QueryParam::text("from", "Start of the period, YYYY-MM-DD (default: the plan's years)", 10);
const QueryParam kTo = QueryParam::text("to", "End of the period, YYYY-MM-DD (default: the plan's years)", 10);
const QueryParam kLang = QueryParam::choice("lang", "Language of the report", {"cs", "en"}, "cs");
const QueryParam kFileName = QueryParam::text("file_name", "The file's name with its extension", 200);

// ---- mapping ----

std::optional<dto::PlOutcomeCell> cell_dto(const std::optional<planning::OutcomeCell>& c) {
  if (!c) return std::nullopt;
  dto::PlOutcomeCell d;
  d.suppressed = c->suppressed;
  if (c->suppressed) return d;
  d.clients = c->clients;
  d.goals = c->goals;
  d.attained = c->attained;
  d.share_attained = c->share_attained;
  d.mean_t = c->mean_t;
  d.sd_t = c->sd_t;
  d.mean_ladder_change = c->mean_ladder_change;
  d.ladder_clients = c->ladder_clients;
  return d;
}

dto::PlIndicator indicator_dto(const prepo::IndicatorRow& i) {
  return {i.id,         i.goal_id,  i.name,
          i.unit,       i.baseline, i.target,
          i.direction,  i.source,   i.benchmark_indicator_code,
          i.count_of,   i.rba,      i.schedule_months,
          i.next_due_on};
}

dto::PlGoalSummary goal_dto(const papp::GoalSummary& s) {
  const auto& g = s.goal;
  dto::PlGoalSummary d;
  d.id = g.id;
  d.level = g.level;
  d.code = g.code;
  d.title = g.title;
  d.description = g.description;
  d.state = g.state;
  d.strategic_plan_id = g.strategic_plan_id;
  d.operational_plan_id = g.operational_plan_id;
  d.parent_goal_id = g.parent_goal_id;
  if (s.parent) d.parent = dto::PlGoalRef{s.parent->id, s.parent->level, s.parent->code, s.parent->title};
  d.unlinked_reason = g.unlinked_reason;
  d.service_id = g.service_id;
  d.service_name = g.service_name;
  d.origin_goal_id = g.origin_goal_id;
  d.carry = g.carry;
  d.carry_reason = g.carry_reason;
  for (const auto& i : s.indicators) d.indicators.push_back(indicator_dto(i));
  d.next_due_on = s.next_due_on;
  d.year = g.operational_year;
  return d;
}

std::vector<dto::PlGoalSummary> goals_dto(const std::vector<papp::GoalSummary>& goals) {
  std::vector<dto::PlGoalSummary> out;
  for (const auto& g : goals) out.push_back(goal_dto(g));
  return out;
}

dto::PlStrategicPlan strategic_dto(const prepo::StrategicPlanRow& p) {
  return {p.id,    p.organisation_id, p.organisation_name, p.title,  p.year_from, p.year_to,
          p.state, p.goals,           p.problem,           p.vision, p.mission};
}

dto::PlOperationalPlan operational_dto(const prepo::OperationalPlanRow& p) {
  return {p.id,    p.organisation_id, p.organisation_name, p.service_id, p.service_name, p.strategic_plan_id, p.year,
          p.title, p.state,           p.derived_from_id,   p.goals};
}

dto::PlStrategicPlanDetail strategic_detail_dto(const papp::StrategicPlanDetail& d) {
  dto::PlStrategicPlanDetail out{strategic_dto(d.plan), goals_dto(d.goals), {}, d.can_manage};
  for (const auto& p : d.operational_plans) out.operational_plans.push_back(operational_dto(p));
  return out;
}

dto::PlOperationalPlanDetail operational_detail_dto(const papp::OperationalPlanDetail& d) {
  return {operational_dto(d.plan), goals_dto(d.goals), d.derived_plan_id, d.can_manage};
}

dto::PlTreeNode tree_dto(const papp::TreeNode& n) {
  dto::PlTreeNode d;
  d.goal = {n.goal.id,    n.goal.level,           n.goal.code,         n.goal.title,
            n.goal.state, n.goal.unlinked_reason, n.goal.service_name, n.goal.operational_year};
  d.outcome = cell_dto(n.outcome);
  for (const auto& i : n.indicators)
    d.indicators.push_back({i.id, i.name, i.unit, i.target, i.latest_value, i.on_target});
  for (const auto& c : n.children) d.children.push_back(tree_dto(c));
  d.personal_goals.count = n.personal_goals;
  return d;
}

dto::PlEvaluationSummary evaluation_summary_dto(const prepo::EvaluationRow& e) {
  return {e.id, e.goal_id, e.kind, e.held_on, e.period_from, e.period_to, e.result, e.conclusion};
}

dto::PlEvidence evidence_dto(const prepo::EvidenceRow& e) {
  return {e.id, e.evaluation_id, e.kind, e.label, e.url, e.file_name, e.content_type, e.size_bytes};
}

dto::PlGoalDetail goal_detail_dto(const papp::GoalDetail& d) {
  dto::PlGoalDetail out;
  out.goal = goal_dto(d.goal);
  out.plan = {d.plan.kind, d.plan.id, d.plan.title, d.plan.year, d.plan.year_from, d.plan.year_to, d.plan.state};
  if (d.parent) out.parent = goal_dto(*d.parent);
  out.children = goals_dto(d.children);
  out.personal_goals = {d.personal_goals.count, d.personal_goals.linked_clients};
  for (const auto& v : d.indicators) {
    const auto& i = v.indicator;
    dto::PlIndicatorDetail x;
    x.id = i.id;
    x.goal_id = i.goal_id;
    x.name = i.name;
    x.unit = i.unit;
    x.baseline = i.baseline;
    x.target = i.target;
    x.direction = i.direction;
    x.source = i.source;
    x.benchmark_indicator_code = i.benchmark_indicator_code;
    x.count_of = i.count_of;
    x.rba = i.rba;
    x.schedule_months = i.schedule_months;
    x.next_due_on = i.next_due_on;
    if (v.latest)
      x.latest =
          dto::PlIndicatorLatest{v.latest->value, v.latest->held_on, v.latest->evaluation_id, v.latest->clients_n};
    x.on_target = v.on_target;
    for (const auto& [held_on, value] : v.history) x.history.push_back({held_on, value});
    out.indicators.push_back(std::move(x));
  }
  for (const auto& e : d.evaluations) out.evaluations.push_back(evaluation_summary_dto(e));
  out.outcome = cell_dto(d.outcome);
  out.history = goals_dto(d.history);
  out.can_manage = d.can_manage;
  return out;
}

dto::PlEvaluationDetail evaluation_detail_dto(const papp::EvaluationDetail& d) {
  dto::PlEvaluationDetail out;
  out.evaluation = evaluation_summary_dto(d.evaluation);
  out.goal = goal_dto(d.goal);
  for (const auto& p : d.evaluation.participants) out.participants.push_back({p.kind, p.name, p.role, p.organisation});
  for (const auto& v : d.values)
    out.values.push_back(
        {v.value.indicator_id, v.name, v.unit, v.value.value, v.value.clients_n, v.value.note, v.target, v.on_target});
  for (const auto& e : d.evidence) out.evidence.push_back(evidence_dto(e));
  out.can_manage = d.can_manage;
  return out;
}

dto::PlImpactGoal impact_goal_dto(const prepo::GoalRow& g) {
  return {g.id, g.level, g.code, g.title, g.state, g.operational_year};
}

std::vector<dto::PlImpactIndicator> impact_indicators_dto(const std::vector<papp::ImpactIndicator>& list) {
  std::vector<dto::PlImpactIndicator> out;
  for (const auto& x : list) {
    const auto& i = x.indicator;
    out.push_back({i.id,
                   i.name,
                   i.unit,
                   i.source,
                   i.rba,
                   i.direction,
                   i.baseline,
                   i.target,
                   x.value,
                   x.on_target,
                   {x.evaluation_ids, x.held_on, x.clients_n}});
  }
  return out;
}

dto::PlImpact impact_dto(const papp::ImpactReport& r) {
  dto::PlImpact out;
  out.organisation = {r.organisation.id, r.organisation.name};
  out.plan = {r.plan.id, r.plan.title, r.plan.problem, r.plan.vision, r.plan.mission, r.plan.year_from, r.plan.year_to};
  out.period = {r.period.from, r.period.to};
  for (const auto& s : r.strategic_goals) {
    dto::PlImpactStrategic x{impact_goal_dto(s.goal), cell_dto(s.outcome), impact_indicators_dto(s.indicators), {}};
    for (const auto& o : s.objectives) {
      dto::PlImpactObjective y{impact_goal_dto(o.goal), cell_dto(o.outcome), impact_indicators_dto(o.indicators), {}};
      for (const auto& g : o.service_goals)
        y.service_goals.push_back(
            {impact_goal_dto(g.goal), g.goal.service_name, cell_dto(g.outcome), impact_indicators_dto(g.indicators)});
      x.objectives.push_back(std::move(y));
    }
    out.strategic_goals.push_back(std::move(x));
  }
  out.totals = {r.clients, r.goals, r.evaluations};
  return out;
}

// ---- parsing ----

// The period of ?from=&to=: both or none; dates; from not after to.
Result<std::optional<papp::Period>> period_of(const Request& req) {
  auto from = kFrom.read_text(req);
  if (!from) return from.error();
  auto to = kTo.read_text(req);
  if (!to) return to.error();
  if (from->empty() && to->empty()) return std::optional<papp::Period>();
  if (auto st = check_date("from", *from, true); !st) return st.error();
  if (auto st = check_date("to", *to, true); !st) return st.error();
  if (*from > *to) return invalid("to", "planning.plans.period_invalid", {{"from", *from}, {"to", *to}});
  return std::optional<papp::Period>(papp::Period{*from, *to});
}

std::vector<prepo::ParticipantRow> participants_of(const std::optional<std::vector<dto::PlParticipantInput>>& list) {
  std::vector<prepo::ParticipantRow> out;
  if (list)
    for (const auto& p : *list) out.push_back({p.kind, p.name, p.role.value_or(""), p.organisation.value_or("")});
  return out;
}

Result<planning::EvaluationResult> result_of(const std::string& field, const std::optional<std::string>& text) {
  if (!text || text->empty()) return planning::EvaluationResult::none;
  auto r = planning::parse_evaluation_result(*text);
  if (!r) return invalid(field, "field.invalid_value", {{"value", *text}});
  return *r;
}

Result<papp::GoalInput> goal_input_of(const dto::PlGoalInput& in) {
  auto level = planning::parse_goal_level(in.level);
  if (!level) return invalid("level", "field.invalid_value", {{"value", in.level}});
  return papp::GoalInput{*level,
                         in.strategic_plan_id,
                         in.operational_plan_id,
                         in.service_id,
                         in.parent_goal_id,
                         in.unlinked_reason.value_or(""),
                         in.code.value_or(""),
                         in.title,
                         in.description.value_or("")};
}

Result<papp::IndicatorInput> indicator_input_of(const dto::PlIndicatorInput& in) {
  papp::IndicatorInput out;
  if (in.direction) {
    auto d = planning::parse_direction(*in.direction);
    if (!d) return invalid("direction", "field.invalid_value", {{"value", *in.direction}});
    out.direction = *d;
  }
  out.name = in.name;
  out.unit = in.unit.value_or("");
  out.baseline = in.baseline;
  out.target = in.target;
  out.source = in.source;
  out.benchmark_indicator_code = in.benchmark_indicator_code.value_or("");
  out.count_of = in.count_of.value_or("");
  out.rba = in.rba;
  out.schedule_months = in.schedule_months.value_or(12);
  out.next_due_on = in.next_due_on;
  return out;
}

// ---- handlers: organisations ----

Response list_organisations(Context& ctx) {
  dto::PlOrganisationList out;
  for (const auto& o : papp::list_organisations(ctx.db(), caller_of(ctx)))
    out.items.push_back({o.org.id, o.org.name, o.org.type, o.org.region_code, o.can_manage, o.gas_rho});
  return dto_response(out);
}

Response put_settings(Context& ctx) {
  return with_path_id(ctx, kOrgMissing, [&](long long id) {
    return with_body<dto::PlSettingsInput>(ctx, [&](const dto::PlSettingsInput& in) {
      return answer_as(ctx, papp::set_gas_rho(ctx.db(), caller_of(ctx), id, in.gas_rho), [](const auto& o) {
        return dto::PlOrganisation{o.org.id, o.org.name, o.org.type, o.org.region_code, o.can_manage, o.gas_rho};
      });
    });
  });
}

// ---- strategic plans ----

papp::StrategicPlanInput strategic_input_of(const dto::PlStrategicPlanInput& in) {
  return {in.organisation_id,      in.title, in.year_from, in.year_to, in.problem.value_or(""), in.vision.value_or(""),
          in.mission.value_or(""), in.state};
}

Response list_strategic_plans(Context& ctx) {
  auto org = kOrganisation.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  dto::PlStrategicPlanList out;
  for (const auto& p : papp::list_strategic_plans(ctx.db(), caller_of(ctx), *org))
    out.items.push_back(strategic_dto(p));
  return dto_response(out);
}

Response create_strategic_plan(Context& ctx) {
  return with_body<dto::PlStrategicPlanInput>(ctx, [&](const dto::PlStrategicPlanInput& in) {
    return answer_as(ctx, papp::create_strategic_plan(ctx.db(), caller_of(ctx), strategic_input_of(in)),
                     strategic_detail_dto, 201);
  });
}

Response get_strategic_plan(Context& ctx) {
  return with_path_id(ctx, kStrategicMissing, [&](long long id) {
    return answer_as(ctx, papp::get_strategic_plan(ctx.db(), caller_of(ctx), id), strategic_detail_dto);
  });
}

Response update_strategic_plan(Context& ctx) {
  return with_path_id(ctx, kStrategicMissing, [&](long long id) {
    return with_body<dto::PlStrategicPlanInput>(ctx, [&](const dto::PlStrategicPlanInput& in) {
      return answer_as(ctx, papp::update_strategic_plan(ctx.db(), caller_of(ctx), id, strategic_input_of(in)),
                       strategic_detail_dto);
    });
  });
}

Response get_tree(Context& ctx) {
  return with_path_id(ctx, kStrategicMissing, [&](long long id) {
    auto period = period_of(ctx.req);
    if (!period) return error_response(period.error(), ctx.lang);
    return answer_as(ctx, papp::plan_tree(ctx.db(), caller_of(ctx), id, *period), [](const papp::PlanTree& t) {
      dto::PlTree out{strategic_dto(t.plan), {t.period.from, t.period.to}, {}, {}};
      for (const auto& n : t.nodes) out.nodes.push_back(tree_dto(n));
      for (const auto& n : t.unlinked) out.unlinked.push_back(tree_dto(n));
      return out;
    });
  });
}

// ---- operational plans ----

papp::OperationalPlanInput operational_input_of(const dto::PlOperationalPlanInput& in) {
  return {in.organisation_id, in.service_id, in.strategic_plan_id, in.year, in.title};
}

Response list_operational_plans(Context& ctx) {
  auto org = kOrganisation.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  auto strategic = kStrategic.read_integer(ctx.req);
  if (!strategic) return error_response(strategic.error(), ctx.lang);
  auto year = kYear.read_integer(ctx.req);
  if (!year) return error_response(year.error(), ctx.lang);
  prepo::OperationalPlanFilter f{*org, *strategic, std::nullopt};
  if (*year) f.year = static_cast<int>(**year);
  dto::PlOperationalPlanList out;
  for (const auto& p : papp::list_operational_plans(ctx.db(), caller_of(ctx), f))
    out.items.push_back(operational_dto(p));
  return dto_response(out);
}

Response create_operational_plan(Context& ctx) {
  return with_body<dto::PlOperationalPlanInput>(ctx, [&](const dto::PlOperationalPlanInput& in) {
    return answer_as(ctx, papp::create_operational_plan(ctx.db(), caller_of(ctx), operational_input_of(in)),
                     operational_detail_dto, 201);
  });
}

Response get_operational_plan(Context& ctx) {
  return with_path_id(ctx, kOperationalMissing, [&](long long id) {
    return answer_as(ctx, papp::get_operational_plan(ctx.db(), caller_of(ctx), id), operational_detail_dto);
  });
}

Response update_operational_plan(Context& ctx) {
  return with_path_id(ctx, kOperationalMissing, [&](long long id) {
    return with_body<dto::PlOperationalPlanInput>(ctx, [&](const dto::PlOperationalPlanInput& in) {
      return answer_as(ctx, papp::update_operational_plan(ctx.db(), caller_of(ctx), id, operational_input_of(in)),
                       operational_detail_dto);
    });
  });
}

Response close_operational_plan(Context& ctx) {
  return with_path_id(ctx, kOperationalMissing, [&](long long id) {
    return with_body<dto::PlCloseInput>(ctx, [&](const dto::PlCloseInput& in) {
      papp::CloseInput close{in.held_on, {}};
      for (std::size_t i = 0; i < in.evaluations.size(); ++i) {
        const auto& e = in.evaluations[i];
        auto result = result_of("evaluations[" + std::to_string(i) + "].result", e.result);
        if (!result) return error_response(result.error(), ctx.lang);
        close.evaluations.push_back({e.goal_id, *result, e.conclusion.value_or(""), participants_of(e.participants)});
      }
      auto r = papp::close_operational_plan(ctx.db(), caller_of(ctx), id, close);
      if (!r && r.error().message_key == "planning.plans.close.missing_results") {
        Response refused = error_response(r.error(), ctx.lang);
        refused.status = 422;  // the request is well formed; the plan cannot close yet
        return refused;
      }
      return answer_as(ctx, r, operational_detail_dto);
    });
  });
}

Response derive_operational_plan(Context& ctx) {
  return with_path_id(ctx, kOperationalMissing, [&](long long id) {
    return with_body<dto::PlDeriveInput>(ctx, [&](const dto::PlDeriveInput& in) {
      papp::DeriveInput derive{in.year, in.title, {}};
      for (std::size_t i = 0; i < in.decisions.size(); ++i) {
        const auto& d = in.decisions[i];
        auto carry = planning::parse_carry(d.carry);
        if (!carry)
          return error_response(
              invalid("decisions[" + std::to_string(i) + "].carry", "field.invalid_value", {{"value", d.carry}}),
              ctx.lang);
        derive.decisions.push_back({d.goal_id, *carry, d.reason, d.title, d.description});
      }
      return answer_as(ctx, papp::derive_operational_plan(ctx.db(), caller_of(ctx), id, derive), operational_detail_dto,
                       201);
    });
  });
}

// ---- goals and indicators ----

Response create_goal(Context& ctx) {
  return with_body<dto::PlGoalInput>(ctx, [&](const dto::PlGoalInput& in) {
    auto goal = goal_input_of(in);
    if (!goal) return error_response(goal.error(), ctx.lang);
    return answer_as(ctx, papp::create_goal(ctx.db(), caller_of(ctx), *goal), goal_dto, 201);
  });
}

Response get_goal(Context& ctx) {
  return with_path_id(ctx, kGoalMissing, [&](long long id) {
    auto period = period_of(ctx.req);
    if (!period) return error_response(period.error(), ctx.lang);
    return answer_as(ctx, papp::get_goal(ctx.db(), caller_of(ctx), id, *period), goal_detail_dto);
  });
}

Response update_goal(Context& ctx) {
  return with_path_id(ctx, kGoalMissing, [&](long long id) {
    return with_body<dto::PlGoalInput>(ctx, [&](const dto::PlGoalInput& in) {
      auto goal = goal_input_of(in);
      if (!goal) return error_response(goal.error(), ctx.lang);
      return answer_as(ctx, papp::update_goal(ctx.db(), caller_of(ctx), id, *goal), goal_dto);
    });
  });
}

Response delete_goal(Context& ctx) {
  return with_path_id(ctx, kGoalMissing,
                      [&](long long id) { return answer(ctx, papp::delete_goal(ctx.db(), caller_of(ctx), id)); });
}

Response create_indicator(Context& ctx) {
  return with_path_id(ctx, kGoalMissing, [&](long long id) {
    return with_body<dto::PlIndicatorInput>(ctx, [&](const dto::PlIndicatorInput& in) {
      auto input = indicator_input_of(in);
      if (!input) return error_response(input.error(), ctx.lang);
      return answer_as(ctx, papp::create_indicator(ctx.db(), caller_of(ctx), id, *input), indicator_dto, 201);
    });
  });
}

Response update_indicator(Context& ctx) {
  return with_path_id(ctx, kIndicatorMissing, [&](long long id) {
    return with_body<dto::PlIndicatorInput>(ctx, [&](const dto::PlIndicatorInput& in) {
      auto input = indicator_input_of(in);
      if (!input) return error_response(input.error(), ctx.lang);
      return answer_as(ctx, papp::update_indicator(ctx.db(), caller_of(ctx), id, *input), indicator_dto);
    });
  });
}

Response delete_indicator(Context& ctx) {
  return with_path_id(ctx, kIndicatorMissing,
                      [&](long long id) { return answer(ctx, papp::delete_indicator(ctx.db(), caller_of(ctx), id)); });
}

// ---- evaluations ----

Response evaluation_draft(Context& ctx) {
  return with_path_id(ctx, kGoalMissing, [&](long long id) {
    auto period = period_of(ctx.req);
    if (!period) return error_response(period.error(), ctx.lang);
    return answer_as(ctx, papp::evaluation_draft(ctx.db(), caller_of(ctx), id, *period),
                     [](const std::vector<papp::DraftValue>& values) {
                       dto::PlDraft out;
                       for (const auto& v : values) out.items.push_back({v.indicator_id, v.value, v.clients_n});
                       return out;
                     });
  });
}

Response create_evaluation(Context& ctx) {
  return with_path_id(ctx, kGoalMissing, [&](long long id) {
    return with_body<dto::PlEvaluationInput>(ctx, [&](const dto::PlEvaluationInput& in) {
      auto result = result_of("result", in.result);
      if (!result) return error_response(result.error(), ctx.lang);
      papp::EvaluationInput e;
      e.kind = in.kind.value_or("interim");
      e.held_on = in.held_on;
      e.period_from = in.period_from;
      e.period_to = in.period_to;
      e.result = *result;
      e.conclusion = in.conclusion.value_or("");
      e.participants = participants_of(in.participants);
      if (in.values)
        for (const auto& v : *in.values) e.values.push_back({v.indicator_id, v.value, v.note.value_or("")});
      return answer_as(ctx, papp::create_evaluation(ctx.db(), caller_of(ctx), id, e), evaluation_detail_dto, 201);
    });
  });
}

Response get_evaluation(Context& ctx) {
  return with_path_id(ctx, kEvaluationMissing, [&](long long id) {
    return answer_as(ctx, papp::get_evaluation(ctx.db(), caller_of(ctx), id), evaluation_detail_dto);
  });
}

Response add_evidence_link(Context& ctx) {
  return with_path_id(ctx, kEvaluationMissing, [&](long long id) {
    return with_body<dto::PlEvidenceLinkInput>(ctx, [&](const dto::PlEvidenceLinkInput& in) {
      if (in.kind != "link")
        return error_response(invalid("kind", "planning.plans.evidence.kind_invalid", {{"value", in.kind}}), ctx.lang);
      return answer_as(ctx, papp::add_evidence_link(ctx.db(), caller_of(ctx), id, in.label, in.url), evidence_dto, 201);
    });
  });
}

Response add_evidence_file(Context& ctx) {
  return with_path_id(ctx, kEvaluationMissing, [&](long long id) {
    auto name = kFileName.read_text(ctx.req);
    if (!name) return error_response(name.error(), ctx.lang);
    return answer_as(ctx, papp::add_evidence_file(ctx.db(), caller_of(ctx), id, *name, ctx.req.body), evidence_dto,
                     201);
  });
}

Response download_evidence(Context& ctx) {
  return with_path_id(ctx, kEvidenceMissing, [&](long long id) {
    auto file = papp::read_evidence_file(ctx.db(), caller_of(ctx), id);
    if (!file) return error_response(file.error(), ctx.lang);
    Response r = file_response(std::move(file->data), file->content_type, file->file_name);
    r.headers.emplace_back("X-Content-Type-Options", "nosniff");
    return r;
  });
}

Response delete_evidence(Context& ctx) {
  return with_path_id(ctx, kEvidenceMissing,
                      [&](long long id) { return answer(ctx, papp::delete_evidence(ctx.db(), caller_of(ctx), id)); });
}

// ---- due ----

Response due_evaluations(Context& ctx) {
  auto org = kOrganisationRequired.read_integer(ctx.req);
  if (!org) return error_response(org.error(), ctx.lang);
  if (!*org) return error_response(invalid("organisation_id", "field.required"), ctx.lang);
  return answer_as(ctx, papp::due_evaluations(ctx.db(), caller_of(ctx), **org, today()),
                   [](const std::vector<papp::DueItem>& items) {
                     dto::PlDueList out;
                     for (const auto& x : items)
                       out.items.push_back({x.indicator.id,
                                            x.indicator.name,
                                            {x.goal.id, x.goal.level, x.goal.code, x.goal.title},
                                            x.goal.service_id,
                                            x.goal.service_name,
                                            x.indicator.next_due_on,
                                            x.state == planning::DueState::overdue ? "overdue" : "due_soon"});
                     return out;
                   });
}

// ---- impact ----

Result<papp::ImpactReport> impact_of(Context& ctx) {
  auto org = kOrganisationRequired.read_integer(ctx.req);
  if (!org) return org.error();
  if (!*org) return invalid("organisation_id", "field.required");
  auto plan = kImpactPlan.read_integer(ctx.req);
  if (!plan) return plan.error();
  auto period = period_of(ctx.req);
  if (!period) return period.error();
  return papp::impact_report(ctx.db(), caller_of(ctx), **org, *plan, *period);
}

Response get_impact(Context& ctx) { return answer_as(ctx, impact_of(ctx), impact_dto); }

Response impact_html(Context& ctx) {
  auto lang = kLang.read_text(ctx.req);
  if (!lang) return error_response(lang.error(), ctx.lang);
  auto report = impact_of(ctx);
  if (!report) return error_response(report.error(), ctx.lang);
  const bool en = *lang == "en";
  return report_response(ctx, exports::impact_report_html(*report, en ? Lang::en : Lang::cs, today()),
                         (en ? "impact-report-" : "zpráva-o-dopadu-") + std::to_string(report->organisation.id) + "-" +
                             report->period.from + "-" + report->period.to + ".pdf");
}

Response impact_xlsx(Context& ctx) {
  auto lang = kLang.read_text(ctx.req);
  if (!lang) return error_response(lang.error(), ctx.lang);
  auto report = impact_of(ctx);
  if (!report) return error_response(report.error(), ctx.lang);
  return file_response(exports::to_xlsx(exports::impact_sheets(*report, *lang == "en" ? Lang::en : Lang::cs)),
                       exports::kXlsxContentType,
                       "dopad-" + std::to_string(report->organisation.id) + "-" + report->period.from.substr(0, 4) +
                           "-" + report->period.to.substr(0, 4) + ".xlsx");
}

}  // namespace

void register_planning_plan_routes(RouteTable& t) {
  const std::string tag = "planning";
  const Permission read = Permission::planning_read, manage = Permission::planning_manage;
  t.add<void, dto::PlOrganisationList>(Verb::get, "/api/planning/organisations", read, list_organisations, tag,
                                       "Organisations whose plans the caller may read, with their GAS ρ");
  t.add<dto::PlSettingsInput, dto::PlOrganisation>(Verb::put, "/api/planning/organisations/{id}/settings", manage,
                                                   put_settings, tag,
                                                   "Set the organisation's GAS intercorrelation ρ (0 ≤ ρ < 1)");
  t.add<void, dto::PlStrategicPlanList>(Verb::get, "/api/planning/strategic-plans", read, list_strategic_plans, tag,
                                        "Strategic plans the caller may read")
      .query = {kOrganisation.doc()};
  t.add<dto::PlStrategicPlanInput, dto::PlStrategicPlanDetail>(Verb::post, "/api/planning/strategic-plans", manage,
                                                               create_strategic_plan, tag,
                                                               "Create a strategic plan (problem, vision, mission)")
      .success_status = 201;
  t.add<void, dto::PlStrategicPlanDetail>(Verb::get, "/api/planning/strategic-plans/{id}", read, get_strategic_plan,
                                          tag, "A strategic plan with its goals and operational plans");
  t.add<dto::PlStrategicPlanInput, dto::PlStrategicPlanDetail>(Verb::put, "/api/planning/strategic-plans/{id}", manage,
                                                               update_strategic_plan, tag, "Change a strategic plan");
  t.add<void, dto::PlTree>(Verb::get, "/api/planning/strategic-plans/{id}/tree", read, get_tree, tag,
                           "The chain from the strategic goals down to the service goals with states, indicators "
                           "and outcome cells (suppressed below 5 clients outside the service's staff), and the goals "
                           "marked not linked")
      .query = {kFrom.doc(), kTo.doc()};
  t.add<void, dto::PlOperationalPlanList>(Verb::get, "/api/planning/operational-plans", read, list_operational_plans,
                                          tag, "Operational plans the caller may read")
      .query = {kOrganisation.doc(), kStrategic.doc(), kYear.doc()};
  t.add<dto::PlOperationalPlanInput, dto::PlOperationalPlanDetail>(
       Verb::post, "/api/planning/operational-plans", manage, create_operational_plan, tag,
       "Create an operational plan of a year (for the organisation or one service)")
      .success_status = 201;
  t.add<void, dto::PlOperationalPlanDetail>(Verb::get, "/api/planning/operational-plans/{id}", read,
                                            get_operational_plan, tag, "An operational plan with its goals");
  t.add<dto::PlOperationalPlanInput, dto::PlOperationalPlanDetail>(Verb::put, "/api/planning/operational-plans/{id}",
                                                                   manage, update_operational_plan, tag,
                                                                   "Change an open operational plan");
  t.add<dto::PlCloseInput, dto::PlOperationalPlanDetail>(
      Verb::post, "/api/planning/operational-plans/{id}/close", manage, close_operational_plan, tag,
      "Close the year: a closing evaluation with a result for every goal (values of its indicators computed for the "
      "plan's year); 422 naming the goals without a result");
  t.add<dto::PlDeriveInput, dto::PlOperationalPlanDetail>(
       Verb::post, "/api/planning/operational-plans/{id}/derive", manage, derive_operational_plan, tag,
       "Derive the next plan from a closed one: carry over, revise or drop every goal, each with a reason")
      .success_status = 201;
  t.add<dto::PlGoalInput, dto::PlGoalSummary>(Verb::post, "/api/planning/goals", manage, create_goal, tag,
                                              "Create a goal (strategic, objective or service), linked to its parent "
                                              "or with the reason why not")
      .success_status = 201;
  t.add<void, dto::PlGoalDetail>(Verb::get, "/api/planning/goals/{id}", read, get_goal, tag,
                                 "A goal with its links both ways, indicators, evaluations, outcome and history")
      .query = {kFrom.doc(), kTo.doc()};
  t.add<dto::PlGoalInput, dto::PlGoalSummary>(Verb::put, "/api/planning/goals/{id}", manage, update_goal, tag,
                                              "Change a goal of an open plan");
  t.add<void, void>(Verb::delete_, "/api/planning/goals/{id}", manage, delete_goal, tag,
                    "Delete a goal without children, evaluations and personal goals (else 409)");
  t.add<dto::PlIndicatorInput, dto::PlIndicator>(Verb::post, "/api/planning/goals/{id}/indicators", manage,
                                                 create_indicator, tag,
                                                 "Add an indicator (share_attained is a percentage)")
      .success_status = 201;
  t.add<dto::PlIndicatorInput, dto::PlIndicator>(Verb::put, "/api/planning/indicators/{id}", manage, update_indicator,
                                                 tag, "Change an indicator");
  t.add<void, void>(Verb::delete_, "/api/planning/indicators/{id}", manage, delete_indicator, tag,
                    "Delete an indicator with its recorded values");
  t.add<void, dto::PlDraft>(Verb::get, "/api/planning/goals/{id}/evaluation-draft", manage, evaluation_draft, tag,
                            "Computed values of the goal's indicators for a period (to prefill an evaluation)")
      .query = {kFrom.doc(), kTo.doc()};
  t.add<dto::PlEvaluationInput, dto::PlEvaluationDetail>(
       Verb::post, "/api/planning/goals/{id}/evaluations", manage, create_evaluation, tag,
       "Record an evaluation: participants, values (computed when omitted, with clients_n), conclusion")
      .success_status = 201;
  t.add<void, dto::PlEvaluationDetail>(Verb::get, "/api/planning/evaluations/{id}", read, get_evaluation, tag,
                                       "An evaluation with its participants, values and evidence");
  t.add<dto::PlEvidenceLinkInput, dto::PlEvidence>(Verb::post, "/api/planning/evaluations/{id}/evidence", manage,
                                                   add_evidence_link, tag, "Add a link as evidence of an evaluation")
      .success_status = 201;
  auto& upload = t.add<void, dto::PlEvidence>(Verb::post, "/api/planning/evaluations/{id}/evidence/file", manage,
                                              add_evidence_file, tag,
                                              "Attach a file as evidence (raw body; ?file_name=; at most 10 MB; type "
                                              "checked by content)");
  upload.success_status = 201;
  upload.body_limit = 11 * 1024 * 1024;
  upload.query = {kFileName.doc()};
  file_route(t.add<void, void>(Verb::get, "/api/planning/evidence/{id}/file", read, download_evidence, tag,
                               "Download an evidence file (every read is logged)"));
  t.add<void, void>(Verb::delete_, "/api/planning/evidence/{id}", manage, delete_evidence, tag,
                    "Delete evidence of an evaluation");
  t.add<void, dto::PlDueList>(Verb::get, "/api/planning/due/evaluations", read, due_evaluations, tag,
                              "Indicators of objectives and service goals whose evaluation is due within 30 days or "
                              "overdue")
      .query = {kOrganisationRequired.doc()};
  t.add<void, dto::PlImpact>(Verb::get, "/api/planning/impact", read, get_impact, tag,
                             "Impact report of a period: outcomes and indicators against targets from the strategy "
                             "down, with the evidence behind each number")
      .query = {kOrganisationRequired.doc(), kImpactPlan.doc(), kFrom.doc(), kTo.doc()};
  file_route(
      t.add<void, void>(Verb::get, "/api/planning/impact/report.html", read, impact_html, tag,
                        "Printable impact report (text/html, or PDF with ?format=pdf; Czech or English)"),
      {kOrganisationRequired.doc(), kImpactPlan.doc(), kFrom.doc(), kTo.doc(), kLang.doc(), report_format_doc()});
  file_route(t.add<void, void>(Verb::get, "/api/planning/impact/export.xlsx", read, impact_xlsx, tag,
                               "The impact report as an Excel workbook"),
             {kOrganisationRequired.doc(), kImpactPlan.doc(), kFrom.doc(), kTo.doc(), kLang.doc()});
}

}  // namespace kvalis::http
