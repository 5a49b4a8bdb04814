#include "quality/app/care_transformation.hpp"

#include <utility>

#include "platform/core/dates.hpp"
#include "platform/store/activity_log.hpp"
#include "quality/app/care_common.hpp"

namespace kvalis::quality::app {
namespace {

namespace repo = store::quality_care_repo;

Error plan_missing() { return care_missing("quality.care.plan.not_found"); }
Error milestone_missing() { return care_missing("quality.care.milestone.not_found"); }
Error place_missing() { return care_missing("quality.care.place.not_found"); }
Error indicator_missing() { return care_missing("quality.care.indicator.not_found"); }
Error region_missing() { return care_missing("quality.care.region.not_found"); }

bool manages_region(const accounts::Principal& p, long long region_org_id) {
  return p.platform_admin || care::manager_of(p, region_org_id);
}

std::optional<int> opt_int(const std::optional<long long>& v) {
  if (!v) return std::nullopt;
  return static_cast<int>(*v);
}

PlanSummary summary_of(soci::session& s, repo::PlanRow plan, care::CareRights rights) {
  PlanSummary out{std::move(plan), rights, {}, {}};
  out.milestones = repo::list_milestones(s, out.plan.id);
  std::vector<care::CapacityMilestone> reductions;
  for (const auto& m : out.milestones)
    if (m.kind == "capacity_reduction" && m.capacity_after)
      reductions.push_back({m.planned_on, m.done_on, static_cast<int>(*m.capacity_after)});
  out.timeline =
      care::capacity_timeline(out.plan.baseline_capacity, out.plan.baseline_on, out.plan.target_capacity, reductions);
  return out;
}

RegionLimits limits_of(soci::session& s, const accounts::Principal& p, const repo::OrgRef& region) {
  return {region, repo::get_limits(s, region.id), manages_region(p, region.id)};
}

PlanDetail detail_of(soci::session& s, const accounts::Principal& p, long long plan_id, care::CareRights rights) {
  PlanDetail d;
  d.summary = summary_of(s, *repo::get_plan(s, plan_id), rights);
  care::CommunityLimits limits;
  if (auto region = repo::region_org(s, d.summary.plan.region_code)) {
    d.limits = limits_of(s, p, *region);
    const auto& l = d.limits->limits;
    limits = {opt_int(l.max_capacity_per_place), opt_int(l.max_persons_per_household),
              opt_int(l.max_households_per_place)};
    d.indicators = repo::list_indicators(s, region->id);
  }
  for (auto& pl : repo::list_places(s, plan_id)) {
    PlaceWithCheck x{std::move(pl), {}, {}};
    x.household_sizes = care::parse_household_sizes(x.place.household_sizes).value_or(std::vector<int>{});
    x.check = care::check_place({x.place.ordinary_housing, static_cast<int>(x.place.capacity), x.household_sizes,
                                 x.place.equipment_complete, x.place.support_separated},
                                limits);
    d.places.push_back(std::move(x));
  }
  d.values = repo::list_values(s, plan_id);
  return d;
}

// The plan with the caller's rights; not found when the caller may not read it, forbidden when they may
// not write and `write` is asked.
Result<std::pair<repo::PlanRow, care::CareRights>> load_plan(soci::session& s, const accounts::Principal& p,
                                                             long long id, bool write, const Error& missing) {
  auto plan = repo::get_plan(s, id);
  if (!plan) return missing;
  const auto rights = care::plan_rights(p, {plan->provider_org_id, plan->region_code});
  if (!rights.read) return missing;
  if (write && !rights.write) return care_forbidden();
  return std::make_pair(std::move(*plan), rights);
}

Status apply_plan(const PlanInput& in, repo::PlanRow& p, bool create) {
  if (in.title) p.title = *in.title;
  if (in.description) p.description = *in.description;
  if (in.baseline_capacity) p.baseline_capacity = *in.baseline_capacity;
  if (in.target_capacity) p.target_capacity = *in.target_capacity;
  if (in.baseline_on) p.baseline_on = *in.baseline_on;
  if (in.target_on) p.target_on = *in.target_on;
  if (in.status) p.status = std::string(care::to_string(*in.status));
  if (create && !in.baseline_capacity) return invalid("baseline_capacity", "field.required");
  if (create && !in.target_capacity) return invalid("target_capacity", "field.required");
  return care::check_plan({p.title, p.description, p.baseline_capacity, p.target_capacity, p.baseline_on, p.target_on});
}

Status apply_milestone(soci::session& s, const MilestoneInput& in, const repo::PlanRow& plan, repo::MilestoneRow& m) {
  const care::MilestoneFields fields{
      in.kind, in.title, in.planned_on, in.done_on, in.capacity_after, !!in.new_service_id, in.clients_moved, in.note};
  if (auto st = care::check_milestone(fields, plan.baseline_capacity); !st) return st;
  m.kind = std::string(care::to_string(in.kind));
  m.title = in.title;
  m.planned_on = in.planned_on;
  m.done_on = in.done_on;
  m.note = in.note;
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

Status apply_place(soci::session& s, const PlaceInput& in, const repo::PlanRow& plan, repo::PlaceRow& p) {
  if (auto st = care::check_place(in.fields); !st) return st;
  if (in.service_id) {
    auto svc = repo::get_service(s, *in.service_id);
    if (!svc || svc->provider_org_id != plan.provider_org_id)
      return invalid("service_id", "quality.care.service.invalid", {{"value", std::to_string(*in.service_id)}});
  }
  p.name = in.fields.name;
  p.address = in.fields.address;
  p.equipment_note = in.fields.equipment_note;
  p.note = in.fields.note;
  p.service_id = in.service_id;
  p.ordinary_housing = in.ordinary_housing;
  p.capacity = in.fields.capacity;
  p.household_sizes = care::format_household_sizes(in.fields.household_sizes);
  p.equipment_complete = in.equipment_complete;
  p.support_separated = in.support_separated;
  return ok_status();
}

Result<repo::OrgRef> region_by_id(soci::session& s, long long id) {
  auto org = repo::get_org(s, id);
  if (!org || org->type != "region") return region_missing();
  return *org;
}

// The region of an indicator list: given, or the caller's only region membership.
Result<repo::OrgRef> region_for(soci::session& s, const accounts::Principal& p, std::optional<long long> given) {
  if (!given) {
    std::vector<long long> regions;
    for (const auto& m : p.memberships)
      if (m.organisation_type == accounts::OrganisationType::region) regions.push_back(m.organisation_id);
    if (regions.size() != 1) return invalid("region_org_id", "field.required");
    given = regions.front();
  }
  auto org = repo::get_org(s, *given);
  if (!org || org->type != "region")
    return invalid("region_org_id", "field.invalid_value", {{"value", std::to_string(*given)}});
  return *org;
}

Status apply_indicator(const IndicatorInput& in, repo::IndicatorRow& i) {
  care::IndicatorFields f = in.fields;
  f.unit = in.unit.value_or(i.unit);
  f.description = in.description.value_or(i.description);
  if (auto st = care::check_indicator(f); !st) return st;
  i.code = f.code;
  i.name = f.name;
  i.unit = f.unit;
  i.description = f.description;
  i.direction = std::string(care::to_string(in.direction));
  i.archived = in.archived.value_or(i.archived);
  return ok_status();
}

Error duplicate_code(const std::string& code) {
  return Error{ErrorCode::conflict, "code", "quality.care.code.duplicate", {{"value", code}}};
}

template <class F>
auto writing(store::Database& db, F&& f) {
  return db.write([&](soci::session& s) { return f(s); });
}

}  // namespace

// ---- plans ---------------------------------------------------------------------------------------------

std::vector<PlanSummary> list_plans(store::Database& db, const accounts::Caller& caller,
                                    std::optional<long long> service_id, std::optional<long long> provider_org_id) {
  repo::PlanQuery q{care_scope(caller.principal), service_id, provider_org_id};
  std::vector<PlanSummary> out;
  db.read([&](soci::session& s) {
    for (auto& p : repo::list_plans(s, q)) {
      const auto r = care::plan_rights(caller.principal, {p.provider_org_id, p.region_code});
      if (r.read) out.push_back(summary_of(s, std::move(p), r));
    }
  });
  return out;
}

Result<PlanDetail> get_plan(store::Database& db, const accounts::Caller& caller, long long id) {
  return db.read([&](soci::session& s) -> Result<PlanDetail> {
    auto p = load_plan(s, caller.principal, id, false, plan_missing());
    if (!p) return p.error();
    return detail_of(s, caller.principal, id, p->second);
  });
}

Result<PlanDetail> create_plan(soci::session& s, const accounts::Caller& caller, const PlanInput& in) {
  if (!in.service_id) return invalid("service_id", "field.required");
  repo::PlanRow p;
  p.status = "draft";
  if (auto st = apply_plan(in, p, true); !st) return st.error();
  auto svc = repo::get_service(s, *in.service_id);
  const Error bad_service =
      invalid("service_id", "quality.care.service.invalid", {{"value", std::to_string(*in.service_id)}});
  if (!svc) return bad_service;
  const auto rights = care::plan_rights(caller.principal, {svc->provider_org_id, svc->region_code});
  if (!rights.read) return bad_service;
  if (!rights.write) return care_forbidden();
  if (svc->forms.find(";pob;") == std::string::npos)
    return invalid("service_id", "quality.care.service.not_residential", {{"value", std::to_string(svc->id)}});
  p.service_id = svc->id;
  p.provider_org_id = svc->provider_org_id;
  p.id = repo::insert_plan(s, p, caller.principal.user_id);
  store::activity_log::append(
      s, caller.activity("quality.care.plan.create", "qc_transformation_plan", p.id, p.provider_org_id, p.title));
  return detail_of(s, caller.principal, p.id, rights);
}

Result<PlanDetail> create_plan(store::Database& db, const accounts::Caller& caller, const PlanInput& in) {
  return writing(db, [&](soci::session& s) { return create_plan(s, caller, in); });
}

Result<PlanDetail> update_plan(soci::session& s, const accounts::Caller& caller, long long id, const PlanInput& in) {
  auto p = load_plan(s, caller.principal, id, true, plan_missing());
  if (!p) return p.error();
  if (in.service_id && *in.service_id != p->first.service_id)
    return invalid("service_id", "field.invalid_value", {{"value", std::to_string(*in.service_id)}});
  if (auto st = apply_plan(in, p->first, false); !st) return st.error();
  repo::update_plan(s, p->first);
  store::activity_log::append(
      s, caller.activity("quality.care.plan.update", "qc_transformation_plan", p->first.id, p->first.provider_org_id));
  return detail_of(s, caller.principal, id, p->second);
}

Result<PlanDetail> update_plan(store::Database& db, const accounts::Caller& caller, long long id, const PlanInput& in) {
  return writing(db, [&](soci::session& s) { return update_plan(s, caller, id, in); });
}

std::optional<long long> find_plan(soci::session& s, long long service_id, const std::string& title) {
  return repo::find_plan(s, service_id, title);
}

// ---- milestones ----------------------------------------------------------------------------------------

Result<PlanDetail> add_milestone(soci::session& s, const accounts::Caller& caller, long long plan_id,
                                 const MilestoneInput& in) {
  auto p = load_plan(s, caller.principal, plan_id, true, plan_missing());
  if (!p) return p.error();
  repo::MilestoneRow m;
  if (auto st = apply_milestone(s, in, p->first, m); !st) return st.error();
  m.plan_id = plan_id;
  m.id = repo::insert_milestone(s, m);
  store::activity_log::append(
      s, caller.activity("quality.care.milestone.create", "qc_milestone", m.id, p->first.provider_org_id, m.title));
  return detail_of(s, caller.principal, plan_id, p->second);
}

Result<PlanDetail> add_milestone(store::Database& db, const accounts::Caller& caller, long long plan_id,
                                 const MilestoneInput& in) {
  return writing(db, [&](soci::session& s) { return add_milestone(s, caller, plan_id, in); });
}

Result<PlanDetail> update_milestone(store::Database& db, const accounts::Caller& caller, long long id,
                                    const MilestoneInput& in) {
  return db.write([&](soci::session& s) -> Result<PlanDetail> {
    auto m = repo::get_milestone(s, id);
    if (!m) return milestone_missing();
    auto p = load_plan(s, caller.principal, m->plan_id, true, milestone_missing());
    if (!p) return p.error();
    if (auto st = apply_milestone(s, in, p->first, *m); !st) return st.error();
    repo::update_milestone(s, *m);
    store::activity_log::append(
        s, caller.activity("quality.care.milestone.update", "qc_milestone", m->id, p->first.provider_org_id, m->title));
    return detail_of(s, caller.principal, m->plan_id, p->second);
  });
}

Status delete_milestone(soci::session& s, const accounts::Caller& caller, long long id) {
  auto m = repo::get_milestone(s, id);
  if (!m) return milestone_missing();
  auto p = load_plan(s, caller.principal, m->plan_id, true, milestone_missing());
  if (!p) return p.error();
  repo::delete_milestone(s, m->id);
  store::activity_log::append(
      s, caller.activity("quality.care.milestone.delete", "qc_milestone", m->id, p->first.provider_org_id, m->title));
  return ok_status();
}

Status delete_milestone(store::Database& db, const accounts::Caller& caller, long long id) {
  return writing(db, [&](soci::session& s) { return delete_milestone(s, caller, id); });
}

// ---- places --------------------------------------------------------------------------------------------

Result<PlanDetail> add_place(soci::session& s, const accounts::Caller& caller, long long plan_id,
                             const PlaceInput& in) {
  auto p = load_plan(s, caller.principal, plan_id, true, plan_missing());
  if (!p) return p.error();
  repo::PlaceRow place;
  if (auto st = apply_place(s, in, p->first, place); !st) return st.error();
  place.plan_id = plan_id;
  place.id = repo::insert_place(s, place);
  store::activity_log::append(s, caller.activity("quality.care.place.create", "qc_community_place", place.id,
                                                 p->first.provider_org_id, place.name));
  return detail_of(s, caller.principal, plan_id, p->second);
}

Result<PlanDetail> add_place(store::Database& db, const accounts::Caller& caller, long long plan_id,
                             const PlaceInput& in) {
  return writing(db, [&](soci::session& s) { return add_place(s, caller, plan_id, in); });
}

Result<PlanDetail> update_place(store::Database& db, const accounts::Caller& caller, long long id,
                                const PlaceInput& in) {
  return db.write([&](soci::session& s) -> Result<PlanDetail> {
    auto place = repo::get_place(s, id);
    if (!place) return place_missing();
    auto p = load_plan(s, caller.principal, place->plan_id, true, place_missing());
    if (!p) return p.error();
    if (auto st = apply_place(s, in, p->first, *place); !st) return st.error();
    repo::update_place(s, *place);
    store::activity_log::append(s, caller.activity("quality.care.place.update", "qc_community_place", place->id,
                                                   p->first.provider_org_id, place->name));
    return detail_of(s, caller.principal, place->plan_id, p->second);
  });
}

Status delete_place(soci::session& s, const accounts::Caller& caller, long long id) {
  auto place = repo::get_place(s, id);
  if (!place) return place_missing();
  auto p = load_plan(s, caller.principal, place->plan_id, true, place_missing());
  if (!p) return p.error();
  repo::delete_place(s, place->id);
  store::activity_log::append(s, caller.activity("quality.care.place.delete", "qc_community_place", place->id,
                                                 p->first.provider_org_id, place->name));
  return ok_status();
}

Status delete_place(store::Database& db, const accounts::Caller& caller, long long id) {
  return writing(db, [&](soci::session& s) { return delete_place(s, caller, id); });
}

// ---- limits --------------------------------------------------------------------------------------------

Result<RegionLimits> get_limits(soci::session& s, const accounts::Caller& caller, long long region_org_id) {
  auto region = region_by_id(s, region_org_id);
  if (!region) return region.error();
  return limits_of(s, caller.principal, *region);
}

Result<RegionLimits> get_limits(store::Database& db, const accounts::Caller& caller, long long region_org_id) {
  return db.read([&](soci::session& s) { return get_limits(s, caller, region_org_id); });
}

Result<RegionLimits> put_limits(soci::session& s, const accounts::Caller& caller, long long region_org_id,
                                const LimitsInput& in) {
  const auto positive = [](const char* field, const std::optional<long long>& v) -> Status {
    if (v && (*v < 1 || *v > 1000)) return invalid(field, "field.out_of_range", {{"min", "1"}, {"max", "1000"}});
    return ok_status();
  };
  for (auto st : {positive("max_capacity_per_place", in.max_capacity_per_place),
                  positive("max_persons_per_household", in.max_persons_per_household),
                  positive("max_households_per_place", in.max_households_per_place),
                  care::check_text("source", in.source, 500, false)})
    if (!st) return st.error();
  auto region = region_by_id(s, region_org_id);
  if (!region) return region.error();
  if (!manages_region(caller.principal, region->id)) return care_forbidden();
  repo::put_limits(
      s, region->id,
      {in.max_capacity_per_place, in.max_persons_per_household, in.max_households_per_place, in.source, in.verified, 0},
      caller.principal.user_id);
  store::activity_log::append(
      s, caller.activity("quality.care.limits.update", "qc_community_limits", region->id, region->id, in.source));
  return limits_of(s, caller.principal, *region);
}

Result<RegionLimits> put_limits(store::Database& db, const accounts::Caller& caller, long long region_org_id,
                                const LimitsInput& in) {
  return writing(db, [&](soci::session& s) { return put_limits(s, caller, region_org_id, in); });
}

// ---- indicators ----------------------------------------------------------------------------------------

Result<IndicatorList> list_indicators(store::Database& db, const accounts::Caller& caller,
                                      std::optional<long long> region_org_id) {
  return db.read([&](soci::session& s) -> Result<IndicatorList> {
    auto org = region_for(s, caller.principal, region_org_id);
    if (!org) return org.error();
    return IndicatorList{*org, manages_region(caller.principal, org->id), repo::list_indicators(s, org->id)};
  });
}

Result<care_repo::IndicatorRow> create_indicator(soci::session& s, const accounts::Caller& caller,
                                                 const IndicatorInput& in) {
  repo::IndicatorRow i;
  if (auto st = apply_indicator(in, i); !st) return st.error();
  auto org = region_for(s, caller.principal, in.region_org_id);
  if (!org) return org.error();
  if (!manages_region(caller.principal, org->id)) return care_forbidden();
  if (repo::find_indicator(s, org->id, i.code)) return duplicate_code(i.code);
  i.region_org_id = org->id;
  i.id = repo::insert_indicator(s, i);
  store::activity_log::append(
      s, caller.activity("quality.care.indicator.create", "qc_inclusion_indicator", i.id, org->id, i.code));
  return i;
}

Result<care_repo::IndicatorRow> create_indicator(store::Database& db, const accounts::Caller& caller,
                                                 const IndicatorInput& in) {
  return writing(db, [&](soci::session& s) { return create_indicator(s, caller, in); });
}

Result<care_repo::IndicatorRow> update_indicator(soci::session& s, const accounts::Caller& caller, long long id,
                                                 const IndicatorInput& in) {
  auto i = repo::get_indicator(s, id);
  if (!i) return indicator_missing();
  if (!manages_region(caller.principal, i->region_org_id)) return care_forbidden();
  if (in.region_org_id && *in.region_org_id != i->region_org_id)
    return invalid("region_org_id", "field.invalid_value", {{"value", std::to_string(*in.region_org_id)}});
  if (auto st = apply_indicator(in, *i); !st) return st.error();
  if (auto other = repo::find_indicator(s, i->region_org_id, i->code); other && *other != i->id)
    return duplicate_code(i->code);
  repo::update_indicator(s, *i);
  store::activity_log::append(
      s, caller.activity("quality.care.indicator.update", "qc_inclusion_indicator", i->id, i->region_org_id, i->code));
  return *i;
}

Result<care_repo::IndicatorRow> update_indicator(store::Database& db, const accounts::Caller& caller, long long id,
                                                 const IndicatorInput& in) {
  return writing(db, [&](soci::session& s) { return update_indicator(s, caller, id, in); });
}

std::optional<long long> find_indicator(soci::session& s, long long region_org_id, const std::string& code) {
  return repo::find_indicator(s, region_org_id, code);
}

// ---- values --------------------------------------------------------------------------------------------

Result<PlanDetail> put_values(soci::session& s, const accounts::Caller& caller, long long plan_id,
                              const std::vector<ValueInput>& values) {
  auto p = load_plan(s, caller.principal, plan_id, true, plan_missing());
  if (!p) return p.error();
  auto region = repo::region_org(s, p->first.region_code);
  std::vector<repo::ValueRow> set;
  std::vector<std::pair<long long, std::string>> removed;
  for (std::size_t k = 0; k < values.size(); ++k) {
    const auto& v = values[k];
    const std::string base = "values[" + std::to_string(k) + "]";
    auto ind = repo::get_indicator(s, v.indicator_id);
    if (!ind || !region || ind->region_org_id != region->id)
      return invalid(base + ".indicator_id", "field.invalid_value", {{"value", std::to_string(v.indicator_id)}});
    if (!care::is_valid_period(v.period))
      return invalid(base + ".period", "quality.care.period.invalid", {{"value", v.period}});
    if (auto st = care::check_text(base + ".note", v.note, 2000, false); !st) return st.error();
    if (v.value) {
      if (auto st = care::check_value_target(base + ".indicator_id", ind->archived, ind->id); !st) return st.error();
      set.push_back({v.indicator_id, v.period, *v.value, v.note});
    } else {
      removed.emplace_back(v.indicator_id, v.period);
    }
  }
  repo::put_values(s, plan_id, set, caller.principal.user_id);
  for (const auto& [ind, period] : removed) repo::delete_value(s, plan_id, ind, period);
  store::activity_log::append(
      s, caller.activity("quality.care.values.update", "qc_transformation_plan", plan_id, p->first.provider_org_id,
                         std::to_string(set.size()) + " set, " + std::to_string(removed.size()) + " removed"));
  return detail_of(s, caller.principal, plan_id, p->second);
}

Result<PlanDetail> put_values(store::Database& db, const accounts::Caller& caller, long long plan_id,
                              const std::vector<ValueInput>& values) {
  return writing(db, [&](soci::session& s) { return put_values(s, caller, plan_id, values); });
}

}  // namespace kvalis::quality::app
