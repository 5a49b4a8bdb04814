// Quality module, care part — transformation of residential services (issue 5 item 7): a plan per
// residential service with milestones (capacity reductions, new community services, moves of clients as
// counts — never names), the capacity over time, the check of each place of the new services against the
// community-service criteria with the limits the region sets as data (core/quality/care_transformation.hpp),
// and inclusion ("normalisation of life") indicators the region defines, with values per plan and period.
//
// Read: the provider's members and the region of the service; write: administrators and managers of the
// provider or the region. Limits and indicators: the region's administrators and managers write, everyone
// with quality.read reads them (they are definitions, not records).
#include <algorithm>
#include <limits>
#include <regex>

#include "platform/core/dates.hpp"
#include "quality/core/care_transformation.hpp"
#include "quality/http/routes.hpp"
#include "platform/http/environment.hpp"
#include "quality/http/dto_quality_care.hpp"
#include "platform/http/params.hpp"
#include "quality/http/routes_quality_care.hpp"
#include "platform/store/database.hpp"

namespace kvalis::http::care {
namespace {

namespace repo = store::quality_care_repo;
namespace qc = quality::care;

const Error kPlanMissing{ErrorCode::not_found, {}, "quality.care.plan.not_found", {}};
const Error kMilestoneMissing{ErrorCode::not_found, {}, "quality.care.milestone.not_found", {}};
const Error kPlaceMissing{ErrorCode::not_found, {}, "quality.care.place.not_found", {}};
const Error kIndicatorMissing{ErrorCode::not_found, {}, "quality.care.indicator.not_found", {}};
const Error kRegionMissing{ErrorCode::not_found, {}, "quality.care.region.not_found", {}};
const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};
const std::vector<std::string> kStatuses = {"draft", "approved", "in_progress", "completed", "suspended"};
const std::vector<std::string> kMilestoneKinds = {"capacity_reduction", "community_service", "client_moves", "other"};
const std::vector<std::string> kDirections = {"higher", "lower", "none"};

bool one_of(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

qc::CareRights plan_rights(const Context& ctx, const repo::PlanRow& p) {
  return qc::plan_rights(ctx.principal, {p.provider_org_id, p.region_code});
}

// The plan with the caller's rights; not found when the caller may not read it.
Result<std::pair<repo::PlanRow, qc::CareRights>> load_plan(soci::session& s, const Context& ctx, long long id) {
  auto p = repo::get_plan(s, id);
  if (!p) return kPlanMissing;
  auto r = plan_rights(ctx, *p);
  if (!r.read) return kPlanMissing;
  return std::make_pair(*p, r);
}

dto::QcLimits limits_dto(soci::session& s, const Context& ctx, const repo::OrgRef& region) {
  const auto l = repo::get_limits(s, region.id);
  return {region.id,
          region.name,
          l.max_capacity_per_place,
          l.max_persons_per_household,
          l.max_households_per_place,
          l.source,
          l.verified,
          l.max_capacity_per_place || l.max_persons_per_household || l.max_households_per_place,
          ctx.principal.platform_admin || qc::manager_of(ctx.principal, region.id)};
}

dto::QcIndicator indicator_dto(const repo::IndicatorRow& i) {
  return {i.id, i.region_org_id, i.code, i.name, i.unit, i.direction, i.description, i.archived};
}

std::optional<int> opt_int(const std::optional<long long>& v) {
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

dto::QcPlanSummary summary_dto(const repo::PlanRow& p, const std::vector<repo::MilestoneRow>& ms, bool can_edit,
                               const std::string& day, int current) {
  dto::QcPlanSummary d{p.id,          p.service_id,        p.service_name,      p.provider_org_id, p.provider_name,
                       p.title,       p.status,            p.baseline_capacity, p.target_capacity, current,
                       p.baseline_on, p.target_on,         0,                   0,                 0,
                       can_edit};
  for (const auto& m : ms) {
    ++d.milestones_total;
    const auto st = qc::milestone_state(m.planned_on, m.done_on, day);
    if (st == qc::MilestoneState::kDone) ++d.milestones_done;
    if (st == qc::MilestoneState::kOverdue) ++d.milestones_overdue;
  }
  return d;
}

qc::CapacityTimeline timeline(const repo::PlanRow& p, const std::vector<repo::MilestoneRow>& ms) {
  std::vector<qc::CapacityMilestone> reductions;
  for (const auto& m : ms)
    if (m.kind == "capacity_reduction" && m.capacity_after)
      reductions.push_back({m.planned_on, m.done_on, static_cast<int>(*m.capacity_after)});
  return qc::capacity_timeline(p.baseline_capacity, p.baseline_on, p.target_capacity, reductions);
}

dto::QcPlan plan_dto(soci::session& s, const Context& ctx, const repo::PlanRow& p, const qc::CareRights& rights) {
  const std::string day = today();
  const auto ms = repo::list_milestones(s, p.id);
  const auto tl = timeline(p, ms);
  dto::QcPlan d;
  d.summary = summary_dto(p, ms, rights.write, day, tl.current);
  d.description = p.description;
  d.reduction_percent = tl.reduction_percent;
  for (const auto& m : ms)
    d.milestones.push_back({m.id, m.kind, m.title, m.planned_on, m.done_on,
                            std::string(qc::to_string(qc::milestone_state(m.planned_on, m.done_on, day))),
                            m.capacity_after, m.new_service_id, m.new_service_name, m.clients_moved, m.note});
  for (const auto& pt : tl.planned) d.capacity_planned.push_back({pt.date, pt.capacity});
  for (const auto& pt : tl.actual) d.capacity_actual.push_back({pt.date, pt.capacity});
  qc::CommunityLimits limits;
  if (auto region = repo::region_org(s, p.region_code)) {
    d.limits = limits_dto(s, ctx, *region);
    limits = {opt_int(d.limits->max_capacity_per_place), opt_int(d.limits->max_persons_per_household),
              opt_int(d.limits->max_households_per_place)};
    for (const auto& i : repo::list_indicators(s, region->id)) d.indicators.push_back(indicator_dto(i));
  }
  for (const auto& pl : repo::list_places(s, p.id)) {
    dto::QcPlace x;
    x.id = pl.id;
    x.name = pl.name;
    x.address = pl.address;
    x.service_id = pl.service_id;
    x.service_name = pl.service_name;
    x.ordinary_housing = pl.ordinary_housing;
    x.capacity = pl.capacity;
    x.household_sizes = qc::parse_household_sizes(pl.household_sizes).value_or(std::vector<int>{});
    x.equipment_complete = pl.equipment_complete;
    x.equipment_note = pl.equipment_note;
    x.support_separated = pl.support_separated;
    x.note = pl.note;
    const auto check = qc::check_place({pl.ordinary_housing, static_cast<int>(pl.capacity), x.household_sizes,
                                        pl.equipment_complete, pl.support_separated},
                                       limits);
    x.result = std::string(qc::to_string(check.overall));
    for (const auto& c : check.criteria)
      x.checks.push_back({c.criterion, std::string(qc::to_string(c.state)), translate(c.reason_key, ctx.lang, c.params)});
    d.places.push_back(std::move(x));
  }
  for (const auto& v : repo::list_values(s, p.id)) d.values.push_back({v.indicator_id, v.period, v.value, v.note});
  return d;
}

// ---- plans ----------------------------------------------------------------------------------------------

Response list_plans(Context& ctx) {
  auto service = int_param(ctx.req, "service_id", 1, std::numeric_limits<long long>::max());
  if (!service) return error_response(service.error(), ctx.lang);
  auto provider = int_param(ctx.req, "provider_org_id", 1, std::numeric_limits<long long>::max());
  if (!provider) return error_response(provider.error(), ctx.lang);
  repo::PlanQuery q{scope_of(ctx.principal), *service, *provider};
  dto::QcPlanList out;
  const std::string day = today();
  ctx.db().read([&](soci::session& s) {
    for (const auto& p : repo::list_plans(s, q)) {
      const auto r = plan_rights(ctx, p);
      if (!r.read) continue;
      const auto ms = repo::list_milestones(s, p.id);
      out.items.push_back(summary_dto(p, ms, r.write, day, timeline(p, ms).current));
    }
  });
  return dto_response(out);
}

Response get_plan(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  auto out = ctx.db().read([&](soci::session& s) -> Result<dto::QcPlan> {
    auto p = load_plan(s, ctx, *id);
    if (!p) return p.error();
    return plan_dto(s, ctx, p->first, p->second);
  });
  if (!out) return error_response(out.error(), ctx.lang);
  return dto_response(*out);
}

Status apply_plan(const dto::QcPlanInput& in, repo::PlanRow& p, bool create) {
  if (in.title) p.title = *in.title;
  if (in.description) p.description = *in.description;
  if (in.baseline_capacity) p.baseline_capacity = *in.baseline_capacity;
  if (in.target_capacity) p.target_capacity = *in.target_capacity;
  if (in.baseline_on) p.baseline_on = *in.baseline_on;
  if (in.target_on) p.target_on = *in.target_on;
  if (in.status) p.status = *in.status;
  if (create && !in.baseline_capacity) return invalid("baseline_capacity", "field.required");
  if (create && !in.target_capacity) return invalid("target_capacity", "field.required");
  for (auto st : {check_line("title", p.title, 300, true), check_text("description", p.description, 20000, false),
                  check_date("baseline_on", p.baseline_on, true), check_date("target_on", p.target_on, true)})
    if (!st) return st;
  if (p.baseline_capacity < 1 || p.baseline_capacity > 10000)
    return invalid("baseline_capacity", "field.out_of_range", {{"min", "1"}, {"max", "10000"}});
  if (p.target_capacity < 0 || p.target_capacity > p.baseline_capacity)
    return invalid("target_capacity", "field.out_of_range", {{"min", "0"}, {"max", std::to_string(p.baseline_capacity)}});
  if (p.target_on < p.baseline_on) return invalid("target_on", "quality.care.date.before", {{"value", p.baseline_on}});
  if (!one_of(kStatuses, p.status)) return invalid("status", "field.invalid_value", {{"value", p.status}});
  return ok_status();
}

Response create_plan(Context& ctx) {
  auto body = body_as<dto::QcPlanInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcPlanInput>(body);
  if (!in.service_id) return error_response(invalid("service_id", "field.required"), ctx.lang);
  repo::PlanRow p;
  p.status = "draft";
  if (auto st = apply_plan(in, p, true); !st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcPlan> {
    auto svc = repo::get_service(s, *in.service_id);
    const Error bad_service = invalid("service_id", "quality.care.service.invalid", {{"value", std::to_string(*in.service_id)}});
    if (!svc) return bad_service;
    const auto rights = qc::plan_rights(ctx.principal, {svc->provider_org_id, svc->region_code});
    if (!rights.read) return bad_service;
    if (!rights.write) return kForbidden;
    if (svc->forms.find(";pob;") == std::string::npos)
      return invalid("service_id", "quality.care.service.not_residential", {{"value", std::to_string(svc->id)}});
    p.service_id = svc->id;
    p.provider_org_id = svc->provider_org_id;
    p.id = repo::insert_plan(s, p, ctx.principal.user_id);
    log_change(s, ctx, "quality.care.plan.create", "qc_transformation_plan", p.id, p.provider_org_id, p.title);
    auto saved = load_plan(s, ctx, p.id);
    return plan_dto(s, ctx, saved->first, saved->second);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_plan(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  auto body = body_as<dto::QcPlanInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcPlanInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcPlan> {
    auto p = load_plan(s, ctx, *id);
    if (!p) return p.error();
    if (!p->second.write) return kForbidden;
    if (in.service_id && *in.service_id != p->first.service_id)
      return invalid("service_id", "field.invalid_value", {{"value", std::to_string(*in.service_id)}});
    if (auto st = apply_plan(in, p->first, false); !st) return st.error();
    repo::update_plan(s, p->first);
    log_change(s, ctx, "quality.care.plan.update", "qc_transformation_plan", p->first.id, p->first.provider_org_id);
    return plan_dto(s, ctx, *repo::get_plan(s, p->first.id), p->second);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// ---- milestones ----------------------------------------------------------------------------------------

Status apply_milestone(soci::session& s, const dto::QcMilestoneInput& in, const repo::PlanRow& plan,
                       repo::MilestoneRow& m) {
  if (!one_of(kMilestoneKinds, in.kind)) return invalid("kind", "field.invalid_value", {{"value", in.kind}});
  m.kind = in.kind;
  m.title = in.title;
  m.planned_on = in.planned_on;
  m.done_on = in.done_on.value_or("");
  m.note = in.note.value_or("");
  for (auto st : {check_line("title", m.title, 300, true), check_date("planned_on", m.planned_on, true),
                  check_date("done_on", m.done_on, false), check_text("note", m.note, 4000, false),
                  check_count("capacity_after", in.capacity_after, 10000), check_count("clients_moved", in.clients_moved, 10000)})
    if (!st) return st;
  const auto only_for = [](const char* field, const char* kind) {
    return invalid(field, "quality.care.milestone.field_kind", {{"value", kind}});
  };
  if (in.capacity_after && m.kind != "capacity_reduction") return only_for("capacity_after", "capacity_reduction");
  if (in.new_service_id && m.kind != "community_service") return only_for("new_service_id", "community_service");
  if (in.clients_moved && m.kind != "client_moves") return only_for("clients_moved", "client_moves");
  if (m.kind == "capacity_reduction" && !in.capacity_after) return invalid("capacity_after", "field.required");
  if (m.kind == "client_moves" && !in.clients_moved) return invalid("clients_moved", "field.required");
  if (in.capacity_after && *in.capacity_after > plan.baseline_capacity)
    return invalid("capacity_after", "field.out_of_range", {{"min", "0"}, {"max", std::to_string(plan.baseline_capacity)}});
  if (in.new_service_id) {
    auto svc = repo::get_service(s, *in.new_service_id);
    if (!svc || svc->provider_org_id != plan.provider_org_id)
      return invalid("new_service_id", "quality.care.service.invalid", {{"value", std::to_string(*in.new_service_id)}});
  }
  m.capacity_after = in.capacity_after;
  m.new_service_id = in.new_service_id;
  m.clients_moved = in.clients_moved;
  return ok_status();
}

Response create_milestone(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  auto body = body_as<dto::QcMilestoneInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcPlan> {
    auto p = load_plan(s, ctx, *id);
    if (!p) return p.error();
    if (!p->second.write) return kForbidden;
    repo::MilestoneRow m;
    if (auto st = apply_milestone(s, std::get<dto::QcMilestoneInput>(body), p->first, m); !st) return st.error();
    m.plan_id = p->first.id;
    m.id = repo::insert_milestone(s, m);
    log_change(s, ctx, "quality.care.milestone.create", "qc_milestone", m.id, p->first.provider_org_id, m.title);
    return plan_dto(s, ctx, p->first, p->second);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_milestone(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMilestoneMissing, ctx.lang);
  auto body = body_as<dto::QcMilestoneInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcPlan> {
    auto m = repo::get_milestone(s, *id);
    if (!m) return kMilestoneMissing;
    auto p = load_plan(s, ctx, m->plan_id);
    if (!p) return kMilestoneMissing;
    if (!p->second.write) return kForbidden;
    if (auto st = apply_milestone(s, std::get<dto::QcMilestoneInput>(body), p->first, *m); !st) return st.error();
    repo::update_milestone(s, *m);
    log_change(s, ctx, "quality.care.milestone.update", "qc_milestone", m->id, p->first.provider_org_id, m->title);
    return plan_dto(s, ctx, p->first, p->second);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response delete_milestone(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kMilestoneMissing, ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Status {
    auto m = repo::get_milestone(s, *id);
    if (!m) return kMilestoneMissing;
    auto p = load_plan(s, ctx, m->plan_id);
    if (!p) return kMilestoneMissing;
    if (!p->second.write) return kForbidden;
    repo::delete_milestone(s, m->id);
    log_change(s, ctx, "quality.care.milestone.delete", "qc_milestone", m->id, p->first.provider_org_id, m->title);
    return ok_status();
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return no_content();
}

// ---- community places -------------------------------------------------------------------------------

Status apply_place(soci::session& s, const dto::QcPlaceInput& in, const repo::PlanRow& plan, repo::PlaceRow& p) {
  p.name = in.name;
  p.address = in.address.value_or("");
  p.equipment_note = in.equipment_note.value_or("");
  p.note = in.note.value_or("");
  for (auto st : {check_line("name", p.name, 300, true), check_text("address", p.address, 500, false),
                  check_text("equipment_note", p.equipment_note, 2000, false), check_text("note", p.note, 4000, false)})
    if (!st) return st;
  if (in.capacity < 1 || in.capacity > 1000)
    return invalid("capacity", "field.out_of_range", {{"min", "1"}, {"max", "1000"}});
  std::string sizes;
  for (int n : in.household_sizes) sizes += (sizes.empty() ? "" : ";") + std::to_string(n);
  if (!qc::parse_household_sizes(sizes) || in.household_sizes.size() > 100)
    return invalid("household_sizes", "quality.care.households.invalid", {{"value", sizes}});
  if (in.service_id) {
    auto svc = repo::get_service(s, *in.service_id);
    if (!svc || svc->provider_org_id != plan.provider_org_id)
      return invalid("service_id", "quality.care.service.invalid", {{"value", std::to_string(*in.service_id)}});
  }
  p.service_id = in.service_id;
  p.ordinary_housing = in.ordinary_housing;
  p.capacity = in.capacity;
  p.household_sizes = sizes;
  p.equipment_complete = in.equipment_complete;
  p.support_separated = in.support_separated;
  return ok_status();
}

Response create_place(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  auto body = body_as<dto::QcPlaceInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcPlan> {
    auto p = load_plan(s, ctx, *id);
    if (!p) return p.error();
    if (!p->second.write) return kForbidden;
    repo::PlaceRow place;
    if (auto st = apply_place(s, std::get<dto::QcPlaceInput>(body), p->first, place); !st) return st.error();
    place.plan_id = p->first.id;
    place.id = repo::insert_place(s, place);
    log_change(s, ctx, "quality.care.place.create", "qc_community_place", place.id, p->first.provider_org_id, place.name);
    return plan_dto(s, ctx, p->first, p->second);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_place(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlaceMissing, ctx.lang);
  auto body = body_as<dto::QcPlaceInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcPlan> {
    auto place = repo::get_place(s, *id);
    if (!place) return kPlaceMissing;
    auto p = load_plan(s, ctx, place->plan_id);
    if (!p) return kPlaceMissing;
    if (!p->second.write) return kForbidden;
    if (auto st = apply_place(s, std::get<dto::QcPlaceInput>(body), p->first, *place); !st) return st.error();
    repo::update_place(s, *place);
    log_change(s, ctx, "quality.care.place.update", "qc_community_place", place->id, p->first.provider_org_id, place->name);
    return plan_dto(s, ctx, p->first, p->second);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response delete_place(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlaceMissing, ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Status {
    auto place = repo::get_place(s, *id);
    if (!place) return kPlaceMissing;
    auto p = load_plan(s, ctx, place->plan_id);
    if (!p) return kPlaceMissing;
    if (!p->second.write) return kForbidden;
    repo::delete_place(s, place->id);
    log_change(s, ctx, "quality.care.place.delete", "qc_community_place", place->id, p->first.provider_org_id, place->name);
    return ok_status();
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return no_content();
}

// ---- limits, indicators and values -------------------------------------------------------------------

Result<repo::OrgRef> region_of_path(soci::session& s, const Context& ctx) {
  auto id = ctx.path_id("region_org_id");
  if (!id) return kRegionMissing;
  auto org = repo::get_org(s, *id);
  if (!org || org->type != "region") return kRegionMissing;
  return *org;
}

Response get_limits(Context& ctx) {
  auto out = ctx.db().read([&](soci::session& s) -> Result<dto::QcLimits> {
    auto region = region_of_path(s, ctx);
    if (!region) return region.error();
    return limits_dto(s, ctx, *region);
  });
  if (!out) return error_response(out.error(), ctx.lang);
  return dto_response(*out);
}

Response put_limits(Context& ctx) {
  auto body = body_as<dto::QcLimitsInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcLimitsInput>(body);
  const auto positive = [](const char* field, const std::optional<long long>& v) -> Status {
    if (v && (*v < 1 || *v > 1000)) return invalid(field, "field.out_of_range", {{"min", "1"}, {"max", "1000"}});
    return ok_status();
  };
  repo::LimitsRow l{in.max_capacity_per_place, in.max_persons_per_household, in.max_households_per_place,
                    in.source.value_or(""), in.verified.value_or(false), 0};
  for (auto st : {positive("max_capacity_per_place", l.max_capacity_per_place),
                  positive("max_persons_per_household", l.max_persons_per_household),
                  positive("max_households_per_place", l.max_households_per_place),
                  check_text("source", l.source, 500, false)})
    if (!st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcLimits> {
    auto region = region_of_path(s, ctx);
    if (!region) return region.error();
    if (!ctx.principal.platform_admin && !qc::manager_of(ctx.principal, region->id)) return kForbidden;
    repo::put_limits(s, region->id, l, ctx.principal.user_id);
    log_change(s, ctx, "quality.care.limits.update", "qc_community_limits", region->id, region->id, l.source);
    return limits_dto(s, ctx, *region);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

// The region of an indicator list: given, or the caller's only region membership.
Result<repo::OrgRef> region_for(soci::session& s, const Context& ctx, std::optional<long long> given,
                                const std::string& field) {
  if (!given) {
    std::vector<long long> regions;
    for (const auto& m : ctx.principal.memberships)
      if (m.organisation_type == accounts::OrganisationType::region) regions.push_back(m.organisation_id);
    if (regions.size() != 1) return invalid(field, "field.required");
    given = regions.front();
  }
  auto org = repo::get_org(s, *given);
  if (!org || org->type != "region") return invalid(field, "field.invalid_value", {{"value", std::to_string(*given)}});
  return *org;
}

Response list_indicators(Context& ctx) {
  auto region = int_param(ctx.req, "region_org_id", 1, std::numeric_limits<long long>::max());
  if (!region) return error_response(region.error(), ctx.lang);
  auto out = ctx.db().read([&](soci::session& s) -> Result<dto::QcIndicatorList> {
    auto org = region_for(s, ctx, *region, "region_org_id");
    if (!org) return org.error();
    dto::QcIndicatorList l;
    l.region_org_id = org->id;
    l.region_name = org->name;
    l.can_edit = ctx.principal.platform_admin || qc::manager_of(ctx.principal, org->id);
    for (const auto& i : repo::list_indicators(s, org->id)) l.items.push_back(indicator_dto(i));
    return l;
  });
  if (!out) return error_response(out.error(), ctx.lang);
  return dto_response(*out);
}

Status apply_indicator(const dto::QcIndicatorInput& in, repo::IndicatorRow& i) {
  static const std::regex code_re("^[a-z][a-z0-9_]{0,63}$");
  if (!std::regex_match(in.code, code_re)) return invalid("code", "field.invalid_value", {{"value", in.code}});
  if (!one_of(kDirections, in.direction)) return invalid("direction", "field.invalid_value", {{"value", in.direction}});
  i.code = in.code;
  i.name = in.name;
  i.unit = in.unit.value_or(i.unit);
  i.direction = in.direction;
  i.description = in.description.value_or(i.description);
  i.archived = in.archived.value_or(i.archived);
  for (auto st : {check_line("name", i.name, 300, true), check_line("unit", i.unit, 50, false),
                  check_text("description", i.description, 4000, false)})
    if (!st) return st;
  return ok_status();
}

Response create_indicator(Context& ctx) {
  auto body = body_as<dto::QcIndicatorInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcIndicatorInput>(body);
  repo::IndicatorRow i;
  if (auto st = apply_indicator(in, i); !st) return error_response(st.error(), ctx.lang);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcIndicator> {
    auto org = region_for(s, ctx, in.region_org_id, "region_org_id");
    if (!org) return org.error();
    if (!ctx.principal.platform_admin && !qc::manager_of(ctx.principal, org->id)) return kForbidden;
    if (repo::find_indicator(s, org->id, i.code))
      return Error{ErrorCode::conflict, "code", "quality.care.code.duplicate", {{"value", i.code}}};
    i.region_org_id = org->id;
    i.id = repo::insert_indicator(s, i);
    log_change(s, ctx, "quality.care.indicator.create", "qc_inclusion_indicator", i.id, org->id, i.code);
    return indicator_dto(i);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result, 201);
}

Response update_indicator(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kIndicatorMissing, ctx.lang);
  auto body = body_as<dto::QcIndicatorInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcIndicatorInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcIndicator> {
    auto i = repo::get_indicator(s, *id);
    if (!i) return kIndicatorMissing;
    if (!ctx.principal.platform_admin && !qc::manager_of(ctx.principal, i->region_org_id)) return kForbidden;
    if (in.region_org_id && *in.region_org_id != i->region_org_id)
      return invalid("region_org_id", "field.invalid_value", {{"value", std::to_string(*in.region_org_id)}});
    if (auto st = apply_indicator(in, *i); !st) return st.error();
    if (auto other = repo::find_indicator(s, i->region_org_id, i->code); other && *other != i->id)
      return Error{ErrorCode::conflict, "code", "quality.care.code.duplicate", {{"value", i->code}}};
    repo::update_indicator(s, *i);
    log_change(s, ctx, "quality.care.indicator.update", "qc_inclusion_indicator", i->id, i->region_org_id, i->code);
    return indicator_dto(*i);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

Response put_values(Context& ctx) {
  auto id = ctx.path_id("id");
  if (!id) return error_response(kPlanMissing, ctx.lang);
  auto body = body_as<dto::QcValuesInput>(ctx);
  if (auto* resp = std::get_if<Response>(&body)) return *resp;
  const auto& in = std::get<dto::QcValuesInput>(body);
  auto result = ctx.db().write([&](soci::session& s) -> Result<dto::QcPlan> {
    auto p = load_plan(s, ctx, *id);
    if (!p) return p.error();
    if (!p->second.write) return kForbidden;
    auto region = repo::region_org(s, p->first.region_code);
    std::vector<repo::ValueRow> set;
    std::vector<std::pair<long long, std::string>> removed;
    for (std::size_t k = 0; k < in.values.size(); ++k) {
      const auto& v = in.values[k];
      const std::string base = "values[" + std::to_string(k) + "]";
      auto ind = repo::get_indicator(s, v.indicator_id);
      if (!ind || !region || ind->region_org_id != region->id)
        return invalid(base + ".indicator_id", "field.invalid_value", {{"value", std::to_string(v.indicator_id)}});
      if (!qc::is_valid_period(v.period)) return invalid(base + ".period", "quality.care.period.invalid", {{"value", v.period}});
      const std::string note = v.note.value_or("");
      if (auto st = check_text(base + ".note", note, 2000, false); !st) return st.error();
      if (v.value) set.push_back({v.indicator_id, v.period, *v.value, note});
      else removed.emplace_back(v.indicator_id, v.period);
    }
    repo::put_values(s, p->first.id, set, ctx.principal.user_id);
    for (const auto& [ind, period] : removed) repo::delete_value(s, p->first.id, ind, period);
    log_change(s, ctx, "quality.care.values.update", "qc_transformation_plan", p->first.id, p->first.provider_org_id,
               std::to_string(set.size()) + " set, " + std::to_string(removed.size()) + " removed");
    return plan_dto(s, ctx, p->first, p->second);
  });
  if (!result) return error_response(result.error(), ctx.lang);
  return dto_response(*result);
}

}  // namespace

void register_transformation_routes(RouteTable& t) {
  using accounts::Permission;
  const std::string base = "/api/quality/care/transformation";
  t.add<void, dto::QcPlanList>(Verb::get, base + "/plans", Permission::quality_read, list_plans, kTag,
                               "Transformation plans the caller may read")
      .query = {{"service_id", "integer", "Only plans of this service", {}},
                {"provider_org_id", "integer", "Only plans of this provider", {}}};
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
      .query = {{"region_org_id", "integer", "The region (default: the caller's only region)", {}}};
  t.add<dto::QcIndicatorInput, dto::QcIndicator>(Verb::post, "/api/quality/care/inclusion-indicators",
                                                 Permission::quality_manage, create_indicator, kTag,
                                                 "Define an inclusion indicator")
      .success_status = 201;
  t.add<dto::QcIndicatorInput, dto::QcIndicator>(Verb::put, "/api/quality/care/inclusion-indicators/{id}",
                                                 Permission::quality_manage, update_indicator, kTag,
                                                 "Update an inclusion indicator");
}

}  // namespace kvalis::http::care
