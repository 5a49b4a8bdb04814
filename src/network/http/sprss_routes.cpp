// The medium-term plan of a region (SPRSS, issue 13 item 2, PLAN13_SPEC [netyears]): plans with the analytical
// part and the tree, nodes and indicators, the comment period with answers, action plans with their items,
// approval, evaluation and carrying over. Handlers parse, call one use case of network/app/sprss_plans.hpp and
// map the result.
#include "network/http/sprss_routes.hpp"

#include "network/app/sprss_plans.hpp"
#include "network/http/sprss_dto.hpp"
#include "platform/http/environment.hpp"
#include "platform/http/handler_util.hpp"
#include "platform/http/json_dto.hpp"
#include "platform/http/params.hpp"

namespace kvalis::http {

namespace napp = network::app;
namespace srepo = network::store::sprss_repo;

namespace {

using accounts::Permission;

const QueryParam kRegion = QueryParam::text("region", "Region code (kraj, e.g. 86); default: the caller's region", 10);

Error missing() { return not_found("network.not_found"); }

std::string level_cs(const std::string& level) {
  if (level == "priority") return "priorita";
  if (level == "goal") return "cíl";
  if (level == "measure") return "opatření";
  if (level == "activity") return "aktivita";
  return level;
}

std::string comment_status_cs(const std::string& status) {
  if (status == "open") return "čeká na vypořádání";
  if (status == "accepted") return "akceptována";
  if (status == "partly") return "akceptována částečně";
  if (status == "rejected") return "neakceptována";
  return status;
}

std::string result_cs(const std::string& result) {
  if (result == "done") return "splněno";
  if (result == "partly") return "splněno částečně";
  if (result == "not") return "nesplněno";
  return "";
}

dto::NwyPlan plan_dto(const srepo::PlanRow& p, const srepo::CommentCounts& c, int action_plans, bool can_manage) {
  return {p.id,          p.region_code, p.region_name, p.title,      p.year_from, p.year_to, p.status, p.comments_until,
          p.approved_on, c.total,       c.open,        action_plans, can_manage};
}

dto::NwyActionPlan action_plan_dto(const srepo::ActionPlanRow& a) {
  return {a.id, a.plan_id, a.year, a.status, a.approved_on, a.evaluated_on, a.items};
}

dto::NwyIndicator indicator_dto(const napp::IndicatorView& v) {
  const auto& i = v.indicator;
  dto::NwyIndicator out{i.id,
                        i.node_id,
                        i.source,
                        i.bm_group_id,
                        i.bm_indicator_code,
                        i.pl_indicator_id,
                        v.source_name,
                        i.name,
                        i.unit,
                        i.direction,
                        i.baseline,
                        {},
                        v.source_indicator_name,
                        {}};
  for (const auto& y : i.years) out.years.push_back({y.year, y.target, y.actual});
  for (const auto& a : v.actuals)
    out.actuals.push_back({a.year, a.value, a.source, a.suppressed, a.detail, a.n, a.preliminary});
  return out;
}

std::vector<dto::NwyCodeName> code_names(const std::vector<napp::CodeName>& list) {
  std::vector<dto::NwyCodeName> out;
  for (const auto& c : list) out.push_back({c.code, c.name});
  return out;
}

dto::NwyNode node_dto(const napp::NodeView& v) {
  const auto& n = v.node;
  dto::NwyNode out{n.id,
                   n.parent_id,
                   n.level,
                   level_cs(n.level),
                   v.code,
                   n.title,
                   n.description,
                   n.responsible,
                   n.position,
                   code_names(v.kinds),
                   code_names(v.target_groups),
                   code_names(v.territories),
                   {}};
  for (const auto& i : v.indicators) out.indicators.push_back(indicator_dto(i));
  return out;
}

dto::NwyPlanDetail plan_detail_dto(const napp::PlanDetail& d) {
  dto::NwyPlanDetail out;
  out.plan = plan_dto(d.plan, d.comments, static_cast<int>(d.action_plans.size()), d.can_manage);
  out.vision = d.plan.vision;
  out.analysis_text = d.plan.analysis_text;
  out.approved_by_text = d.plan.approved_by_text;
  for (const auto& l : d.links) out.links.push_back({l.kind, l.ref_id, l.label, l.url});
  if (d.coverage_round)
    out.coverage_round = dto::NwyRoundRef{d.coverage_round->id, d.coverage_round->title, d.coverage_round->period_from,
                                          d.coverage_round->period_to};
  for (const auto& r : d.benchmark_rounds) out.benchmark_rounds.push_back({r.id, r.name, r.group_name, r.period_year});
  for (const auto& n : d.nodes) out.nodes.push_back(node_dto(n));
  for (const auto& a : d.action_plans) out.action_plans.push_back(action_plan_dto(a));
  out.can_comment = d.can_comment;
  return out;
}

dto::NwyComment comment_dto(const napp::PlanCommentView& v) {
  const auto& c = v.comment;
  return {c.id,
          c.plan_id,
          c.node_id,
          c.node_code,
          c.node_title,
          c.text,
          c.author_name,
          c.author_org_name,
          c.author_org_type,
          c.status,
          comment_status_cs(c.status),
          c.answer,
          c.answered_at != 0,
          v.mine};
}

dto::NwyItem item_dto(const napp::ItemView& v, int previous_year) {
  const auto& i = v.item;
  dto::NwyItem out{i.id,     i.node_id, i.node_code,         i.node_title,  i.what,     i.responsible, i.due,
                   i.budget, i.result,  result_cs(i.result), i.result_text, i.evidence, std::nullopt};
  if (v.carried_from)
    out.carried_from = dto::NwyCarried{v.carried_from->id, previous_year, v.carried_from->what, v.carried_from->result,
                                       v.carried_from->result_text};
  return out;
}

dto::NwyActionPlanDetail action_detail_dto(const napp::ActionPlanDetail& d) {
  dto::NwyActionPlanDetail out;
  out.action_plan = action_plan_dto(d.action_plan);
  out.plan_title = d.plan.title;
  out.evaluation_summary = d.action_plan.evaluation_summary;
  for (const auto& i : d.items) out.items.push_back(item_dto(i, d.action_plan.year - 1));
  if (d.previous) out.previous = action_plan_dto(*d.previous);
  out.can_manage = d.can_manage;
  return out;
}

napp::PlanInput plan_input(const dto::NwyPlanInput& in) {
  napp::PlanInput out;
  out.title = in.title;
  out.year_from = in.year_from;
  out.year_to = in.year_to;
  out.vision = in.vision.value_or("");
  out.analysis_text = in.analysis_text.value_or("");
  if (in.links)
    for (const auto& l : *in.links) out.links.push_back({l.kind, l.ref_id, l.label, l.url.value_or("")});
  return out;
}

napp::NodeInput node_input(const dto::NwyNodeInput& in) {
  using V = std::vector<std::string>;
  return {in.parent_id,
          in.level.value_or(""),
          in.code.value_or(""),
          in.title,
          in.description.value_or(""),
          in.responsible.value_or(""),
          in.kinds.value_or(V{}),
          in.target_groups.value_or(V{}),
          in.territories.value_or(V{}),
          in.position};
}

napp::IndicatorInput indicator_input(const dto::NwyIndicatorInput& in) {
  napp::IndicatorInput out;
  out.source = in.source.value_or("manual");
  out.bm_group_id = in.bm_group_id;
  out.bm_indicator_code = in.bm_indicator_code.value_or("");
  out.pl_indicator_id = in.pl_indicator_id;
  out.name = in.name;
  out.unit = in.unit.value_or("");
  out.direction = in.direction.value_or("higher");
  out.baseline = in.baseline;
  if (in.years)
    for (const auto& y : *in.years) out.years.push_back({y.year, y.target, y.actual});
  return out;
}

template <class F>
Response with_id(Context& ctx, F&& f) {
  return with_path_id(ctx, missing(), std::forward<F>(f));
}

// ---- plans ----

Response list_plans(Context& ctx) {
  auto region = kRegion.read_text(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, napp::list_plans(ctx.db(), caller_of(ctx), *region),
                   [](const std::vector<napp::PlanSummary>& list) {
                     dto::NwyPlanList out;
                     for (const auto& p : list)
                       out.items.push_back(plan_dto(p.plan, p.comments, p.action_plans, p.can_manage));
                     return out;
                   });
}

Response create_plan(Context& ctx) {
  return with_body<dto::NwyPlanInput>(ctx, [&](const dto::NwyPlanInput& in) {
    return answer_as(ctx, napp::create_plan(ctx.db(), caller_of(ctx), in.region.value_or(""), plan_input(in)),
                     plan_detail_dto, 201);
  });
}

Response get_plan(Context& ctx) {
  return with_id(
      ctx, [&](long long id) { return answer_as(ctx, napp::get_plan(ctx.db(), caller_of(ctx), id), plan_detail_dto); });
}

Response update_plan(Context& ctx) {
  return with_id_body<dto::NwyPlanInput>(ctx, missing(), [&](long long id, const dto::NwyPlanInput& in) {
    return answer_as(ctx, napp::update_plan(ctx.db(), caller_of(ctx), id, plan_input(in)), plan_detail_dto);
  });
}

Response send_plan(Context& ctx) {
  return with_id_body<dto::NwySendInput>(ctx, missing(), [&](long long id, const dto::NwySendInput& in) {
    return answer_as(ctx, napp::send_plan(ctx.db(), caller_of(ctx), id, in.comments_until, today()), plan_detail_dto);
  });
}

Response approve_plan(Context& ctx) {
  return with_id_body<dto::NwyApproveInput>(ctx, missing(), [&](long long id, const dto::NwyApproveInput& in) {
    return answer_as(
        ctx, napp::approve_plan(ctx.db(), caller_of(ctx), id, {in.approved_on, in.approved_by_text.value_or("")}),
        plan_detail_dto);
  });
}

// ---- nodes and indicators ----

Response add_node(Context& ctx) {
  return with_id_body<dto::NwyNodeInput>(ctx, missing(), [&](long long id, const dto::NwyNodeInput& in) {
    if (!in.level) return error_response(invalid("level", "field.required"), ctx.lang);
    return answer_as(ctx, napp::add_node(ctx.db(), caller_of(ctx), id, node_input(in)), node_dto, 201);
  });
}

Response update_node(Context& ctx) {
  return with_id_body<dto::NwyNodeInput>(ctx, missing(), [&](long long id, const dto::NwyNodeInput& in) {
    return answer_as(ctx, napp::update_node(ctx.db(), caller_of(ctx), id, node_input(in)), node_dto);
  });
}

Response delete_node(Context& ctx) {
  return with_id(ctx, [&](long long id) { return answer(ctx, napp::delete_node(ctx.db(), caller_of(ctx), id)); });
}

Response add_indicator(Context& ctx) {
  return with_id_body<dto::NwyIndicatorInput>(ctx, missing(), [&](long long id, const dto::NwyIndicatorInput& in) {
    return answer_as(ctx, napp::add_indicator(ctx.db(), caller_of(ctx), id, indicator_input(in)), indicator_dto, 201);
  });
}

Response update_indicator(Context& ctx) {
  return with_id_body<dto::NwyIndicatorInput>(ctx, missing(), [&](long long id, const dto::NwyIndicatorInput& in) {
    return answer_as(ctx, napp::update_indicator(ctx.db(), caller_of(ctx), id, indicator_input(in)), indicator_dto);
  });
}

// ---- comments ----

Response list_plan_comments(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::list_plan_comments(ctx.db(), caller_of(ctx), id),
                     [](const std::vector<napp::PlanCommentView>& list) {
                       dto::NwyCommentList out;
                       for (const auto& c : list) out.items.push_back(comment_dto(c));
                       return out;
                     });
  });
}

Response add_plan_comment(Context& ctx) {
  return with_id_body<dto::NwyCommentInput>(ctx, missing(), [&](long long id, const dto::NwyCommentInput& in) {
    return answer_as(
        ctx, napp::add_plan_comment(ctx.db(), caller_of(ctx), id, {in.node_id, in.text, in.organisation_id}, today()),
        comment_dto, 201);
  });
}

Response answer_plan_comment(Context& ctx) {
  return with_id_body<dto::NwyAnswerInput>(ctx, missing(), [&](long long id, const dto::NwyAnswerInput& in) {
    return answer_as(ctx, napp::answer_plan_comment(ctx.db(), caller_of(ctx), id, in.status, in.answer.value_or("")),
                     comment_dto);
  });
}

// ---- action plans ----

Response list_action_plans(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::list_action_plans(ctx.db(), caller_of(ctx), id),
                     [](const std::vector<srepo::ActionPlanRow>& list) {
                       dto::NwyActionPlanList out;
                       for (const auto& a : list) out.items.push_back(action_plan_dto(a));
                       return out;
                     });
  });
}

Response create_action_plan(Context& ctx) {
  return with_id_body<dto::NwyActionPlanInput>(ctx, missing(), [&](long long id, const dto::NwyActionPlanInput& in) {
    return answer_as(ctx, napp::create_action_plan(ctx.db(), caller_of(ctx), id, in.year), action_detail_dto, 201);
  });
}

Response get_action_plan(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    return answer_as(ctx, napp::get_action_plan(ctx.db(), caller_of(ctx), id), action_detail_dto);
  });
}

Response update_action_plan(Context& ctx) {
  return with_id_body<dto::NwyItemsInput>(ctx, missing(), [&](long long id, const dto::NwyItemsInput& in) {
    std::vector<napp::ItemInput> items;
    for (const auto& i : in.items)
      items.push_back({i.id, i.node_id, i.what, i.responsible.value_or(""), i.due.value_or(""), i.budget});
    return answer_as(ctx, napp::update_action_plan(ctx.db(), caller_of(ctx), id, items), action_detail_dto);
  });
}

Response approve_action_plan(Context& ctx) {
  return with_id_body<dto::NwyDateInput>(ctx, missing(), [&](long long id, const dto::NwyDateInput& in) {
    return answer_as(ctx, napp::approve_action_plan(ctx.db(), caller_of(ctx), id, in.approved_on), action_detail_dto);
  });
}

Response evaluate_action_plan(Context& ctx) {
  return with_id_body<dto::NwyEvaluationInput>(ctx, missing(), [&](long long id, const dto::NwyEvaluationInput& in) {
    napp::EvaluationInput e;
    e.evaluated_on = in.evaluated_on;
    e.summary = in.summary.value_or("");
    for (const auto& i : in.items)
      e.items.push_back({i.id, i.result, i.result_text.value_or(""), i.evidence.value_or("")});
    if (in.indicators)
      for (const auto& i : *in.indicators) e.indicators.push_back({i.indicator_id, i.actual});
    return answer_as(ctx, napp::evaluate_action_plan(ctx.db(), caller_of(ctx), id, e), action_detail_dto);
  });
}

Response carry_from_previous(Context& ctx) {
  return with_id(ctx, [&](long long id) {
    auto year = ctx.path_id("year");
    if (!year || *year < 2000 || *year > 2100)
      return error_response(invalid("year", "field.out_of_range", {{"min", "2000"}, {"max", "2100"}}), ctx.lang);
    return answer_as(ctx, napp::carry_from_previous(ctx.db(), caller_of(ctx), id, static_cast<int>(*year)),
                     action_detail_dto);
  });
}

}  // namespace

void register_network_sprss_routes(RouteTable& t) {
  const std::string tag = "network";
  const Permission read = Permission::network_read, manage = Permission::network_manage,
                   respond = Permission::network_respond;
  t.add<void, dto::NwyPlanList>(Verb::get, "/api/network/plans", read, list_plans, tag,
                                "The region's medium-term plans (SPRSS); municipalities and providers see those sent "
                                "for comments or approved")
      .query = {kRegion.doc()};
  t.add<dto::NwyPlanInput, dto::NwyPlanDetail>(Verb::post, "/api/network/plans", manage, create_plan, tag,
                                               "Start a medium-term plan with its analytical part")
      .success_status = 201;
  t.add<void, dto::NwyPlanDetail>(Verb::get, "/api/network/plans/{id}", read, get_plan, tag,
                                  "A medium-term plan: analytical part (texts and links to the coverage map, "
                                  "benchmark rounds, audit overview) and the tree with indicators");
  t.add<dto::NwyPlanInput, dto::NwyPlanDetail>(Verb::put, "/api/network/plans/{id}", manage, update_plan, tag,
                                               "Change the plan's title, years, vision and analytical part");
  t.add<dto::NwyNodeInput, dto::NwyNode>(Verb::post, "/api/network/plans/{id}/nodes", manage, add_node, tag,
                                         "Add a priority, goal, measure or activity to the plan's tree")
      .success_status = 201;
  t.add<dto::NwyNodeInput, dto::NwyNode>(Verb::put, "/api/network/plan-nodes/{id}", manage, update_node, tag,
                                         "Change a node of the tree (texts, links to kinds, groups, territories)");
  t.add<void, void>(Verb::delete_, "/api/network/plan-nodes/{id}", manage, delete_node, tag,
                    "Delete a node with its subtree (not when an action plan uses it)");
  t.add<dto::NwyIndicatorInput, dto::NwyIndicator>(Verb::post, "/api/network/plan-nodes/{id}/indicators", manage,
                                                   add_indicator, tag,
                                                   "Add an indicator (benchmark, planning or manual) with targets "
                                                   "per year")
      .success_status = 201;
  t.add<dto::NwyIndicatorInput, dto::NwyIndicator>(Verb::put, "/api/network/plan-indicators/{id}", manage,
                                                   update_indicator, tag,
                                                   "Change an indicator, its targets and actual values per year");
  t.add<dto::NwySendInput, dto::NwyPlanDetail>(Verb::post, "/api/network/plans/{id}/send", manage, send_plan, tag,
                                               "Send the plan to municipalities and providers for comments until a "
                                               "date");
  t.add<dto::NwyApproveInput, dto::NwyPlanDetail>(Verb::post, "/api/network/plans/{id}/approve", manage, approve_plan,
                                                  tag, "Record the approval of the plan");
  t.add<void, dto::NwyCommentList>(Verb::get, "/api/network/plans/{id}/comments", read, list_plan_comments, tag,
                                   "Comments on the plan (the region: all; others: their organisation's)");
  t.add<dto::NwyCommentInput, dto::NwyComment>(Verb::post, "/api/network/plans/{id}/comments", respond,
                                               add_plan_comment, tag,
                                               "Comment on the plan or a node of it during the comment period")
      .success_status = 201;
  t.add<dto::NwyAnswerInput, dto::NwyComment>(Verb::post, "/api/network/plan-comments/{id}/answer", manage,
                                              answer_plan_comment, tag,
                                              "Answer a comment: accepted, partly or rejected (with a reason)");
  t.add<void, dto::NwyActionPlanList>(Verb::get, "/api/network/plans/{id}/action-plans", read, list_action_plans, tag,
                                      "The plan's one-year action plans");
  t.add<dto::NwyActionPlanInput, dto::NwyActionPlanDetail>(Verb::post, "/api/network/plans/{id}/action-plans", manage,
                                                           create_action_plan, tag, "Start the action plan of a year")
      .success_status = 201;
  t.add<void, dto::NwyActionPlanDetail>(Verb::get, "/api/network/action-plans/{id}", read, get_action_plan, tag,
                                        "An action plan with its items, their results and what they carry over");
  t.add<dto::NwyItemsInput, dto::NwyActionPlanDetail>(Verb::put, "/api/network/action-plans/{id}", manage,
                                                      update_action_plan, tag,
                                                      "Set the items of a draft action plan (measures taken into the "
                                                      "year)");
  t.add<dto::NwyDateInput, dto::NwyActionPlanDetail>(Verb::post, "/api/network/action-plans/{id}/approve", manage,
                                                     approve_action_plan, tag, "Approve an action plan");
  t.add<dto::NwyEvaluationInput, dto::NwyActionPlanDetail>(Verb::post, "/api/network/action-plans/{id}/evaluate",
                                                           manage, evaluate_action_plan, tag,
                                                           "Evaluate an approved action plan: each item done, partly "
                                                           "or not, with evidence; actual indicator values");
  t.add<void, dto::NwyActionPlanDetail>(Verb::post, "/api/network/plans/{id}/action-plans/{year}/from-previous", manage,
                                        carry_from_previous, tag,
                                        "Carry the items of the previous year's evaluated action plan that were not "
                                        "done or done partly into this year's draft");
}

}  // namespace kvalis::http
