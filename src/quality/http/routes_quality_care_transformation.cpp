// Quality module, care part — transformation of residential services (issue 5 item 7): a plan per
// residential service with milestones (capacity reductions, new community services, moves of clients as
// counts — never names), the capacity over time, the check of each place of the new services against the
// community-service criteria with the limits the region sets as data, and inclusion ("normalisation of
// life") indicators the region defines, with values per plan and period. The handlers parse, call one use
// case of quality/app/care_transformation.hpp and map the result.
//
// Read: the provider's members and the region of the service; write: administrators and managers of the
// provider or the region. Limits and indicators: the region's administrators and managers write, everyone
// with quality.read reads them (they are definitions, not records).
#include "platform/http/environment.hpp"
#include "platform/http/params.hpp"
#include "quality/app/care_transformation.hpp"
#include "quality/http/dto_quality_care.hpp"
#include "quality/http/routes.hpp"
#include "quality/http/routes_quality_care.hpp"

namespace kvalis::http::care {
namespace {

namespace qapp = quality::app;
namespace qc = quality::care;

const Error kPlanMissing{ErrorCode::not_found, {}, "quality.care.plan.not_found", {}};
const Error kMilestoneMissing{ErrorCode::not_found, {}, "quality.care.milestone.not_found", {}};
const Error kPlaceMissing{ErrorCode::not_found, {}, "quality.care.place.not_found", {}};
const Error kIndicatorMissing{ErrorCode::not_found, {}, "quality.care.indicator.not_found", {}};
const Error kRegionMissing{ErrorCode::not_found, {}, "quality.care.region.not_found", {}};

const QueryParam kServiceId = QueryParam::integer("service_id", "Only plans of this service", 1, kMaxId);
const QueryParam kProviderId = QueryParam::integer("provider_org_id", "Only plans of this provider", 1, kMaxId);
const QueryParam kRegionId =
    QueryParam::integer("region_org_id", "The region (default: the caller's only region)", 1, kMaxId);

// ---- mapping --------------------------------------------------------------------------------------------

dto::QcLimits limits_dto(const qapp::RegionLimits& r) {
  const auto& l = r.limits;
  return {r.region.id,
          r.region.name,
          l.max_capacity_per_place,
          l.max_persons_per_household,
          l.max_households_per_place,
          l.source,
          l.verified,
          r.set(),
          r.can_edit};
}

dto::QcIndicator indicator_dto(const store::quality_care_repo::IndicatorRow& i) {
  return {i.id, i.region_org_id, i.code, i.name, i.unit, i.direction, i.description, i.archived};
}

dto::QcPlanSummary summary_dto(const qapp::PlanSummary& s, const std::string& day) {
  const auto& p = s.plan;
  dto::QcPlanSummary d{p.id,
                       p.service_id,
                       p.service_name,
                       p.provider_org_id,
                       p.provider_name,
                       p.title,
                       p.status,
                       p.baseline_capacity,
                       p.target_capacity,
                       s.timeline.current,
                       p.baseline_on,
                       p.target_on,
                       0,
                       0,
                       0,
                       s.rights.write};
  for (const auto& m : s.milestones) {
    ++d.milestones_total;
    const auto st = qc::milestone_state(m.planned_on, m.done_on, day);
    if (st == qc::MilestoneState::kDone) ++d.milestones_done;
    if (st == qc::MilestoneState::kOverdue) ++d.milestones_overdue;
  }
  return d;
}

dto::QcPlace place_dto(const qapp::PlaceWithCheck& x, Lang lang) {
  const auto& pl = x.place;
  dto::QcPlace d;
  d.id = pl.id;
  d.name = pl.name;
  d.address = pl.address;
  d.service_id = pl.service_id;
  d.service_name = pl.service_name;
  d.ordinary_housing = pl.ordinary_housing;
  d.capacity = pl.capacity;
  d.household_sizes = x.household_sizes;
  d.equipment_complete = pl.equipment_complete;
  d.equipment_note = pl.equipment_note;
  d.support_separated = pl.support_separated;
  d.note = pl.note;
  d.result = std::string(qc::to_string(x.check.overall));
  for (const auto& c : x.check.criteria)
    d.checks.push_back({c.criterion, std::string(qc::to_string(c.state)), translate(c.reason_key, lang, c.params)});
  return d;
}

dto::QcPlan plan_dto(const qapp::PlanDetail& p, Lang lang) {
  const std::string day = today();
  dto::QcPlan d;
  d.summary = summary_dto(p.summary, day);
  d.description = p.summary.plan.description;
  d.reduction_percent = p.summary.timeline.reduction_percent;
  for (const auto& m : p.summary.milestones)
    d.milestones.push_back({m.id, m.kind, m.title, m.planned_on, m.done_on,
                            std::string(qc::to_string(qc::milestone_state(m.planned_on, m.done_on, day))),
                            m.capacity_after, m.new_service_id, m.new_service_name, m.clients_moved, m.note});
  for (const auto& pt : p.summary.timeline.planned) d.capacity_planned.push_back({pt.date, pt.capacity});
  for (const auto& pt : p.summary.timeline.actual) d.capacity_actual.push_back({pt.date, pt.capacity});
  if (p.limits) d.limits = limits_dto(*p.limits);
  for (const auto& i : p.indicators) d.indicators.push_back(indicator_dto(i));
  for (const auto& x : p.places) d.places.push_back(place_dto(x, lang));
  for (const auto& v : p.values) d.values.push_back({v.indicator_id, v.period, v.value, v.note});
  return d;
}

// A plan answer in the caller's language.
Response plan_answer(const Context& ctx, const Result<qapp::PlanDetail>& r, unsigned status = 200) {
  return answer_as(
      ctx, r, [&](const qapp::PlanDetail& p) { return plan_dto(p, ctx.lang); }, status);
}

// ---- parsing (states parsed here, once) -----------------------------------------------------------------

Result<qapp::PlanInput> plan_input(const dto::QcPlanInput& in) {
  qapp::PlanInput out{in.service_id,      in.title, in.description, in.baseline_on, in.target_on, in.baseline_capacity,
                      in.target_capacity, {}};
  if (in.status) {
    out.status = qc::parse_plan_status(*in.status);
    if (!out.status) return invalid("status", "field.invalid_value", {{"value", *in.status}});
  }
  return out;
}

Result<qapp::MilestoneInput> milestone_input(const dto::QcMilestoneInput& in) {
  auto kind = qc::parse_milestone_kind(in.kind);
  if (!kind) return invalid("kind", "field.invalid_value", {{"value", in.kind}});
  return qapp::MilestoneInput{*kind,
                              in.title,
                              in.planned_on,
                              in.done_on.value_or(""),
                              in.capacity_after,
                              in.new_service_id,
                              in.clients_moved,
                              in.note.value_or("")};
}

Result<qapp::PlaceInput> place_input(const dto::QcPlaceInput& in) {
  return qapp::PlaceInput{{in.name, in.address.value_or(""), in.capacity, in.household_sizes,
                           in.equipment_note.value_or(""), in.note.value_or("")},
                          in.service_id,
                          in.ordinary_housing,
                          in.equipment_complete,
                          in.support_separated};
}

Result<qapp::LimitsInput> limits_input(const dto::QcLimitsInput& in) {
  return qapp::LimitsInput{in.max_capacity_per_place, in.max_persons_per_household, in.max_households_per_place,
                           in.source.value_or(""), in.verified.value_or(false)};
}

Result<qapp::IndicatorInput> indicator_input(const dto::QcIndicatorInput& in) {
  auto direction = qc::parse_indicator_direction(in.direction);
  if (!direction) return invalid("direction", "field.invalid_value", {{"value", in.direction}});
  return qapp::IndicatorInput{in.region_org_id, {in.code, in.name, {}, {}}, *direction, in.unit, in.description,
                              in.archived};
}

Result<std::vector<qapp::ValueInput>> values_input(const dto::QcValuesInput& in) {
  std::vector<qapp::ValueInput> out;
  for (const auto& v : in.values) out.push_back({v.indicator_id, v.period, v.value, v.note.value_or("")});
  return out;
}

// The body of type Body parsed by `parse`, then f(input); or the response that refuses the body.
template <class Body, class Parse, class F>
Response with_body(Context& ctx, Parse&& parse, F&& f) {
  auto body = body_as<Body>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto in = parse(std::get<Body>(body));
  if (!in) return error_response(in.error(), ctx.lang);
  return f(*in);
}

// ---- plans, milestones, places ---------------------------------------------------------------------------

Response list_plans(Context& ctx) {
  auto service = kServiceId.read_integer(ctx.req);
  if (!service) return error_response(service.error(), ctx.lang);
  auto provider = kProviderId.read_integer(ctx.req);
  if (!provider) return error_response(provider.error(), ctx.lang);
  dto::QcPlanList out;
  const std::string day = today();
  for (const auto& p : qapp::list_plans(ctx.db(), caller_of(ctx), *service, *provider))
    out.items.push_back(summary_dto(p, day));
  return dto_response(out);
}

Response get_plan(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  return plan_answer(ctx, qapp::get_plan(ctx.db(), caller_of(ctx), *id));
}

Response create_plan(Context& ctx) {
  return with_body<dto::QcPlanInput>(ctx, plan_input, [&](const qapp::PlanInput& in) {
    return plan_answer(ctx, qapp::create_plan(ctx.db(), caller_of(ctx), in), 201);
  });
}

Response update_plan(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  return with_body<dto::QcPlanInput>(ctx, plan_input, [&](const qapp::PlanInput& in) {
    return plan_answer(ctx, qapp::update_plan(ctx.db(), caller_of(ctx), *id, in));
  });
}

Response create_milestone(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  return with_body<dto::QcMilestoneInput>(ctx, milestone_input, [&](const qapp::MilestoneInput& in) {
    return plan_answer(ctx, qapp::add_milestone(ctx.db(), caller_of(ctx), *id, in), 201);
  });
}

Response update_milestone(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMilestoneMissing, ctx.lang);
  return with_body<dto::QcMilestoneInput>(ctx, milestone_input, [&](const qapp::MilestoneInput& in) {
    return plan_answer(ctx, qapp::update_milestone(ctx.db(), caller_of(ctx), *id, in));
  });
}

Response delete_milestone(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMilestoneMissing, ctx.lang);
  return answer(ctx, qapp::delete_milestone(ctx.db(), caller_of(ctx), *id));
}

Response create_place(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  return with_body<dto::QcPlaceInput>(ctx, place_input, [&](const qapp::PlaceInput& in) {
    return plan_answer(ctx, qapp::add_place(ctx.db(), caller_of(ctx), *id, in), 201);
  });
}

Response update_place(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlaceMissing, ctx.lang);
  return with_body<dto::QcPlaceInput>(ctx, place_input, [&](const qapp::PlaceInput& in) {
    return plan_answer(ctx, qapp::update_place(ctx.db(), caller_of(ctx), *id, in));
  });
}

Response delete_place(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlaceMissing, ctx.lang);
  return answer(ctx, qapp::delete_place(ctx.db(), caller_of(ctx), *id));
}

// ---- limits, indicators and values -------------------------------------------------------------------

Response get_limits(Context& ctx) {
  auto id = ctx.path_id("region_org_id");
  if (!id) return error_response(kRegionMissing, ctx.lang);
  return answer_as(ctx, qapp::get_limits(ctx.db(), caller_of(ctx), *id), limits_dto);
}

Response put_limits(Context& ctx) {
  auto id = ctx.path_id("region_org_id");
  return with_body<dto::QcLimitsInput>(ctx, limits_input, [&](const qapp::LimitsInput& in) {
    if (!id) return error_response(kRegionMissing, ctx.lang);
    return answer_as(ctx, qapp::put_limits(ctx.db(), caller_of(ctx), *id, in), limits_dto);
  });
}

Response list_indicators(Context& ctx) {
  auto region = kRegionId.read_integer(ctx.req);
  if (!region) return error_response(region.error(), ctx.lang);
  return answer_as(ctx, qapp::list_indicators(ctx.db(), caller_of(ctx), *region), [](const qapp::IndicatorList& l) {
    dto::QcIndicatorList out{l.region.id, l.region.name, l.can_edit, {}};
    for (const auto& i : l.items) out.items.push_back(indicator_dto(i));
    return out;
  });
}

Response create_indicator(Context& ctx) {
  return with_body<dto::QcIndicatorInput>(ctx, indicator_input, [&](const qapp::IndicatorInput& in) {
    return answer_as(ctx, qapp::create_indicator(ctx.db(), caller_of(ctx), in), indicator_dto, 201);
  });
}

Response update_indicator(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kIndicatorMissing, ctx.lang);
  return with_body<dto::QcIndicatorInput>(ctx, indicator_input, [&](const qapp::IndicatorInput& in) {
    return answer_as(ctx, qapp::update_indicator(ctx.db(), caller_of(ctx), *id, in), indicator_dto);
  });
}

Response put_values(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  return with_body<dto::QcValuesInput>(ctx, values_input, [&](const std::vector<qapp::ValueInput>& in) {
    return plan_answer(ctx, qapp::put_values(ctx.db(), caller_of(ctx), *id, in));
  });
}

}  // namespace

void register_transformation_routes(RouteTable& t) {
  using accounts::Permission;
  const std::string base = "/api/quality/care/transformation";
  t.add<void, dto::QcPlanList>(Verb::get, base + "/plans", Permission::quality_read, list_plans, kTag,
                               "Transformation plans the caller may read")
      .query = {kServiceId.doc(), kProviderId.doc()};
  t.add<dto::QcPlanInput, dto::QcPlan>(Verb::post, base + "/plans", Permission::quality_manage, create_plan, kTag,
                                       "Create a transformation plan of a residential service")
      .success_status = 201;
  t.add<void, dto::QcPlan>(Verb::get, base + "/plans/{id}", Permission::quality_read, get_plan, kTag,
                           "A plan with milestones, capacity over time, community checks and inclusion indicators");
  t.add<dto::QcPlanInput, dto::QcPlan>(Verb::patch, base + "/plans/{id}", Permission::quality_manage, update_plan, kTag,
                                       "Update a plan");
  t.add<dto::QcMilestoneInput, dto::QcPlan>(Verb::post, base + "/plans/{id}/milestones", Permission::quality_manage,
                                            create_milestone, kTag, "Add a milestone")
      .success_status = 201;
  t.add<dto::QcMilestoneInput, dto::QcPlan>(Verb::put, base + "/milestones/{id}", Permission::quality_manage,
                                            update_milestone, kTag, "Replace a milestone (e.g. mark it done)");
  t.add<void, void>(Verb::delete_, base + "/milestones/{id}", Permission::quality_manage, delete_milestone, kTag,
                    "Delete a milestone");
  t.add<dto::QcPlaceInput, dto::QcPlan>(Verb::post, base + "/plans/{id}/places", Permission::quality_manage,
                                        create_place, kTag, "Add a place of the new community services")
      .success_status = 201;
  t.add<dto::QcPlaceInput, dto::QcPlan>(Verb::put, base + "/places/{id}", Permission::quality_manage, update_place,
                                        kTag, "Replace a place");
  t.add<void, void>(Verb::delete_, base + "/places/{id}", Permission::quality_manage, delete_place, kTag,
                    "Delete a place");
  t.add<dto::QcValuesInput, dto::QcPlan>(Verb::put, base + "/plans/{id}/inclusion-values", Permission::quality_manage,
                                         put_values, kTag,
                                         "Set inclusion indicator values per period (value null removes one)");
  t.add<void, dto::QcLimits>(Verb::get, "/api/quality/care/community-limits/{region_org_id}", Permission::quality_read,
                             get_limits, kTag, "The region's limits of the community-service criteria");
  t.add<dto::QcLimitsInput, dto::QcLimits>(Verb::put, "/api/quality/care/community-limits/{region_org_id}",
                                           Permission::quality_manage, put_limits, kTag,
                                           "Set the region's limits (empty: not set, the criterion is not evaluated)");
  t.add<void, dto::QcIndicatorList>(Verb::get, "/api/quality/care/inclusion-indicators", Permission::quality_read,
                                    list_indicators, kTag, "Inclusion indicators a region defines")
      .query = {kRegionId.doc()};
  t.add<dto::QcIndicatorInput, dto::QcIndicator>(Verb::post, "/api/quality/care/inclusion-indicators",
                                                 Permission::quality_manage, create_indicator, kTag,
                                                 "Define an inclusion indicator")
      .success_status = 201;
  t.add<dto::QcIndicatorInput, dto::QcIndicator>(Verb::put, "/api/quality/care/inclusion-indicators/{id}",
                                                 Permission::quality_manage, update_indicator, kTag,
                                                 "Update an inclusion indicator");
}

}  // namespace kvalis::http::care
