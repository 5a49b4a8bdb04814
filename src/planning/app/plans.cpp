#include "planning/app/plans.hpp"

#include <algorithm>
#include <set>

#include "planning/app/plans_internal.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::planning::app {

namespace detail {

Error missing(const char* what) {
  return Error{ErrorCode::not_found, {}, std::string("planning.plans.") + what + ".not_found", {}};
}
Error not_allowed() { return forbidden("planning.plans.forbidden"); }

std::optional<Owner> owner_of(soci::session& s, const accounts::Principal& p, long long organisation_id) {
  auto org = repo::get_org(s, organisation_id);
  if (!org || org->type != "provider") return std::nullopt;
  const auto rights = plan_rights(p, {org->id, org->region_code});
  if (!rights.read) return std::nullopt;
  return Owner{*org, rights};
}

Result<GoalAccess> readable_goal(soci::session& s, const accounts::Principal& p, long long goal_id) {
  auto goal = repo::get_goal(s, goal_id);
  if (!goal) return missing("goal");
  auto owner = owner_of(s, p, goal->organisation_id);
  if (!owner) return missing("goal");
  return GoalAccess{*goal, *owner};
}

bool plan_closed(soci::session& s, const repo::GoalRow& goal) {
  if (goal.operational_plan_id) {
    auto plan = repo::get_operational_plan(s, *goal.operational_plan_id);
    return plan && plan->state == "closed";
  }
  if (goal.strategic_plan_id) {
    auto plan = repo::get_strategic_plan(s, *goal.strategic_plan_id);
    return plan && plan->state == "closed";
  }
  return false;
}

Result<GoalAccess> writable_goal(soci::session& s, const accounts::Principal& p, long long goal_id) {
  auto access = readable_goal(s, p, goal_id);
  if (!access) return access;
  if (!access->owner.rights.manage) return not_allowed();
  if (plan_closed(s, access->goal)) return conflict("", "planning.plans.plan_closed");
  return access;
}

GoalSummary summary_of(soci::session& s, const repo::GoalRow& goal) {
  GoalSummary out{goal, std::nullopt, repo::indicators_of(s, {goal.id}), ""};
  if (goal.parent_goal_id)
    if (auto parent = repo::get_goal(s, *goal.parent_goal_id))
      out.parent = GoalRef{parent->id, parent->level, parent->code, parent->title};
  for (const auto& i : out.indicators)
    if (!i.next_due_on.empty() && (out.next_due_on.empty() || i.next_due_on < out.next_due_on))
      out.next_due_on = i.next_due_on;
  return out;
}

std::vector<GoalSummary> summaries_of(soci::session& s, const std::vector<repo::GoalRow>& goals) {
  std::vector<GoalSummary> out;
  out.reserve(goals.size());
  for (const auto& g : goals) out.push_back(summary_of(s, g));
  return out;
}

Status check_participants(const std::vector<repo::ParticipantRow>& participants, const std::string& field) {
  if (participants.size() > 100) return invalid(field, "field.too_long", {{"max", "100"}});
  for (std::size_t i = 0; i < participants.size(); ++i) {
    const auto& p = participants[i];
    const std::string base = field + "[" + std::to_string(i) + "]";
    if (p.kind != "worker" && p.kind != "client" && p.kind != "partner" && p.kind != "other")
      return invalid(base + ".kind", "field.invalid_value", {{"value", p.kind}});
    for (auto st :
         {kvalis::check_line(base + ".name", p.name, 200, true), kvalis::check_line(base + ".role", p.role, 200, false),
          kvalis::check_line(base + ".organisation", p.organisation, 300, false)})
      if (!st) return st;
  }
  return ok_status();
}

}  // namespace detail

using namespace detail;

// ---- organisations ----

namespace {

OrganisationView view_of(soci::session& s, const Owner& o) {
  return {o.org, o.rights.manage, repo::gas_rho(s, o.org.id).value_or(kDefaultRho)};
}

}  // namespace

std::vector<OrganisationView> list_organisations(kvalis::store::Database& db, const accounts::Caller& caller) {
  const auto& p = caller.principal;
  return db.read([&](soci::session& s) {
    std::vector<long long> ids;
    std::vector<std::string> regions;
    for (const auto& m : p.memberships) {
      ids.push_back(m.organisation_id);
      if (m.organisation_type == accounts::OrganisationType::region && !m.region_code.empty())
        regions.push_back(m.region_code);
    }
    std::vector<OrganisationView> out;
    for (const auto& org : repo::list_providers(s, p.platform_admin, ids, regions)) {
      const auto rights = plan_rights(p, {org.id, org.region_code});
      if (rights.read) out.push_back(view_of(s, Owner{org, rights}));
    }
    return out;
  });
}

Result<OrganisationView> set_gas_rho(kvalis::store::Database& db, const accounts::Caller& caller,
                                     long long organisation_id, double rho) {
  return db.write([&](soci::session& s) -> Result<OrganisationView> {
    auto owner = owner_of(s, caller.principal, organisation_id);
    if (!owner) return missing("organisation");
    if (!owner->rights.manage) return not_allowed();
    if (!(rho >= 0 && rho < 1))
      return invalid("gas_rho", "planning.plans.rho_invalid", {{"value", std::to_string(rho)}});
    repo::set_gas_rho(s, organisation_id, rho, kvalis::store::now_epoch());
    kvalis::store::activity_log::append(s, caller.activity("planning.settings.update", "pl_settings", organisation_id,
                                                           organisation_id, "gas_rho " + std::to_string(rho)));
    return view_of(s, *owner);
  });
}

// ---- strategic plans ----

namespace {

Status check_strategic(const StrategicPlanInput& in) {
  for (auto st :
       {kvalis::check_line("title", in.title, 300, true), kvalis::check_text("problem", in.problem, 20000, false),
        kvalis::check_text("vision", in.vision, 20000, false), kvalis::check_text("mission", in.mission, 20000, false)})
    if (!st) return st;
  if (in.year_from < 1990 || in.year_from > 2100)
    return invalid("year_from", "field.out_of_range", {{"min", "1990"}, {"max", "2100"}});
  if (in.year_to < 1990 || in.year_to > 2100)
    return invalid("year_to", "field.out_of_range", {{"min", "1990"}, {"max", "2100"}});
  if (in.year_to < in.year_from)
    return invalid("year_to", "planning.plans.years_invalid",
                   {{"year_from", std::to_string(in.year_from)}, {"year_to", std::to_string(in.year_to)}});
  if (in.state && *in.state != "draft" && *in.state != "active" && *in.state != "closed")
    return invalid("state", "field.invalid_value", {{"value", *in.state}});
  return ok_status();
}

StrategicPlanDetail strategic_detail(soci::session& s, const repo::StrategicPlanRow& plan, bool can_manage) {
  repo::OperationalPlanFilter f;
  f.strategic_plan_id = plan.id;
  return {plan, summaries_of(s, repo::goals_of_strategic_plan(s, plan.id)), repo::list_operational_plans(s, f),
          can_manage};
}

}  // namespace

std::vector<repo::StrategicPlanRow> list_strategic_plans(soci::session& s, const accounts::Caller& caller,
                                                         std::optional<long long> organisation_id) {
  std::vector<repo::StrategicPlanRow> out;
  for (auto& p : repo::list_strategic_plans(s, organisation_id))
    if (plan_rights(caller.principal, {p.organisation_id, p.region_code}).read) out.push_back(std::move(p));
  return out;
}

std::vector<repo::StrategicPlanRow> list_strategic_plans(kvalis::store::Database& db, const accounts::Caller& caller,
                                                         std::optional<long long> organisation_id) {
  return db.read([&](soci::session& s) { return list_strategic_plans(s, caller, organisation_id); });
}

Result<StrategicPlanDetail> get_strategic_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                               long long id) {
  return db.read([&](soci::session& s) -> Result<StrategicPlanDetail> {
    auto plan = repo::get_strategic_plan(s, id);
    if (!plan) return missing("strategic_plan");
    const auto rights = plan_rights(caller.principal, {plan->organisation_id, plan->region_code});
    if (!rights.read) return missing("strategic_plan");
    return strategic_detail(s, *plan, rights.manage);
  });
}

Result<StrategicPlanDetail> create_strategic_plan(soci::session& s, const accounts::Caller& caller,
                                                  const StrategicPlanInput& in) {
  auto owner = owner_of(s, caller.principal, in.organisation_id);
  if (!owner)
    return invalid("organisation_id", "planning.plans.organisation.invalid",
                   {{"value", std::to_string(in.organisation_id)}});
  if (!owner->rights.manage) return not_allowed();
  if (auto st = check_strategic(in); !st) return st.error();
  repo::StrategicPlanRow r;
  r.organisation_id = in.organisation_id;
  r.title = in.title;
  r.year_from = in.year_from;
  r.year_to = in.year_to;
  r.problem = in.problem;
  r.vision = in.vision;
  r.mission = in.mission;
  r.state = in.state.value_or("active");
  r.created_by = caller.principal.user_id;
  r.created_at = r.updated_at = kvalis::store::now_epoch();
  r.id = repo::insert_strategic_plan(s, r);
  kvalis::store::activity_log::append(
      s, caller.activity("planning.strategic_plan.create", "pl_strategic_plan", r.id, r.organisation_id, r.title));
  return strategic_detail(s, *repo::get_strategic_plan(s, r.id), true);
}

Result<StrategicPlanDetail> create_strategic_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                  const StrategicPlanInput& in) {
  return db.write([&](soci::session& s) { return create_strategic_plan(s, caller, in); });
}

Result<StrategicPlanDetail> update_strategic_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                  long long id, const StrategicPlanInput& in) {
  return db.write([&](soci::session& s) -> Result<StrategicPlanDetail> {
    auto plan = repo::get_strategic_plan(s, id);
    if (!plan) return missing("strategic_plan");
    const auto rights = plan_rights(caller.principal, {plan->organisation_id, plan->region_code});
    if (!rights.read) return missing("strategic_plan");
    if (!rights.manage) return not_allowed();
    if (in.organisation_id != plan->organisation_id)
      return invalid("organisation_id", "field.invalid_value", {{"value", std::to_string(in.organisation_id)}});
    if (auto st = check_strategic(in); !st) return st.error();
    plan->title = in.title;
    plan->year_from = in.year_from;
    plan->year_to = in.year_to;
    plan->problem = in.problem;
    plan->vision = in.vision;
    plan->mission = in.mission;
    if (in.state) plan->state = *in.state;
    plan->updated_at = kvalis::store::now_epoch();
    repo::update_strategic_plan(s, *plan);
    kvalis::store::activity_log::append(s, caller.activity("planning.strategic_plan.update", "pl_strategic_plan",
                                                           plan->id, plan->organisation_id, plan->title));
    return strategic_detail(s, *repo::get_strategic_plan(s, id), true);
  });
}

// ---- operational plans ----

OperationalPlanDetail detail::operational_detail(soci::session& s, const repo::OperationalPlanRow& plan,
                                                 bool can_manage) {
  return {plan, summaries_of(s, repo::goals_of_operational_plan(s, plan.id)), repo::plan_derived_from(s, plan.id),
          can_manage};
}

namespace {

Status check_operational(soci::session& s, const OperationalPlanInput& in) {
  if (auto st = kvalis::check_line("title", in.title, 300, true); !st) return st;
  if (in.year < 1990 || in.year > 2100)
    return invalid("year", "field.out_of_range", {{"min", "1990"}, {"max", "2100"}});
  if (in.service_id) {
    auto sv = repo::get_service(s, *in.service_id);
    if (!sv || sv->provider_id != in.organisation_id)
      return invalid("service_id", "planning.plans.service.invalid", {{"value", std::to_string(*in.service_id)}});
  }
  if (in.strategic_plan_id) {
    auto sp = repo::get_strategic_plan(s, *in.strategic_plan_id);
    if (!sp || sp->organisation_id != in.organisation_id)
      return invalid("strategic_plan_id", "planning.plans.strategic_plan.invalid",
                     {{"value", std::to_string(*in.strategic_plan_id)}});
  }
  return ok_status();
}

}  // namespace

std::vector<repo::OperationalPlanRow> list_operational_plans(soci::session& s, const accounts::Caller& caller,
                                                             const repo::OperationalPlanFilter& filter) {
  std::vector<repo::OperationalPlanRow> out;
  for (auto& p : repo::list_operational_plans(s, filter))
    if (plan_rights(caller.principal, {p.organisation_id, p.region_code}).read) out.push_back(std::move(p));
  return out;
}

std::vector<repo::OperationalPlanRow> list_operational_plans(kvalis::store::Database& db,
                                                             const accounts::Caller& caller,
                                                             const repo::OperationalPlanFilter& filter) {
  return db.read([&](soci::session& s) { return list_operational_plans(s, caller, filter); });
}

Result<OperationalPlanDetail> get_operational_plan(soci::session& s, const accounts::Caller& caller, long long id) {
  auto plan = repo::get_operational_plan(s, id);
  if (!plan) return missing("operational_plan");
  const auto rights = plan_rights(caller.principal, {plan->organisation_id, plan->region_code});
  if (!rights.read) return missing("operational_plan");
  return operational_detail(s, *plan, rights.manage);
}

Result<OperationalPlanDetail> get_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   long long id) {
  return db.read([&](soci::session& s) { return get_operational_plan(s, caller, id); });
}

Result<OperationalPlanDetail> create_operational_plan(soci::session& s, const accounts::Caller& caller,
                                                      const OperationalPlanInput& in) {
  auto owner = owner_of(s, caller.principal, in.organisation_id);
  if (!owner)
    return invalid("organisation_id", "planning.plans.organisation.invalid",
                   {{"value", std::to_string(in.organisation_id)}});
  if (!owner->rights.manage) return not_allowed();
  if (auto st = check_operational(s, in); !st) return st.error();
  repo::OperationalPlanRow r;
  r.organisation_id = in.organisation_id;
  r.service_id = in.service_id;
  r.strategic_plan_id = in.strategic_plan_id;
  r.year = in.year;
  r.title = in.title;
  r.created_by = caller.principal.user_id;
  r.created_at = r.updated_at = kvalis::store::now_epoch();
  r.id = repo::insert_operational_plan(s, r);
  kvalis::store::activity_log::append(
      s, caller.activity("planning.operational_plan.create", "pl_operational_plan", r.id, r.organisation_id,
                         std::to_string(r.year) + " " + r.title));
  return operational_detail(s, *repo::get_operational_plan(s, r.id), true);
}

Result<OperationalPlanDetail> create_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                      const OperationalPlanInput& in) {
  return db.write([&](soci::session& s) { return create_operational_plan(s, caller, in); });
}

Result<OperationalPlanDetail> update_operational_plan(kvalis::store::Database& db, const accounts::Caller& caller,
                                                      long long id, const OperationalPlanInput& in) {
  return db.write([&](soci::session& s) -> Result<OperationalPlanDetail> {
    auto plan = repo::get_operational_plan(s, id);
    if (!plan) return missing("operational_plan");
    const auto rights = plan_rights(caller.principal, {plan->organisation_id, plan->region_code});
    if (!rights.read) return missing("operational_plan");
    if (!rights.manage) return not_allowed();
    if (plan->state == "closed") return conflict("", "planning.plans.plan_closed");
    if (in.organisation_id != plan->organisation_id)
      return invalid("organisation_id", "field.invalid_value", {{"value", std::to_string(in.organisation_id)}});
    if (auto st = check_operational(s, in); !st) return st.error();
    plan->service_id = in.service_id;
    plan->strategic_plan_id = in.strategic_plan_id;
    plan->year = in.year;
    plan->title = in.title;
    plan->updated_at = kvalis::store::now_epoch();
    repo::update_operational_plan(s, *plan);
    kvalis::store::activity_log::append(s, caller.activity("planning.operational_plan.update", "pl_operational_plan",
                                                           plan->id, plan->organisation_id, plan->title));
    return operational_detail(s, *repo::get_operational_plan(s, id), true);
  });
}

}  // namespace kvalis::planning::app
