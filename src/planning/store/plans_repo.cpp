#include "planning/store/plans_repo.hpp"

#include <map>

#include "platform/store/database.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"

namespace kvalis::planning::store::plans_repo {

using kvalis::store::as_double;
using kvalis::store::as_int;
using kvalis::store::as_ll;
using kvalis::store::as_opt_double;
using kvalis::store::as_opt_ll;
using kvalis::store::as_str;
using kvalis::store::count_rows;
using kvalis::store::Filter;
using kvalis::store::for_each_row;
using kvalis::store::Nullable;
using kvalis::store::Param;
using kvalis::store::placeholders;

namespace {

std::vector<Param> params_of(const std::vector<long long>& ids) { return {ids.begin(), ids.end()}; }

Filter in_filter(const std::string& column, const std::vector<long long>& ids) {
  Filter f;
  f.add(column + " IN (" + placeholders(ids.size()) + ")", params_of(ids));
  return f;
}

}  // namespace

// ---- organisations and services ----

std::optional<OrgRow> get_org(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<OrgRow> out;
  for_each_row(s, "SELECT id, name, type, region_code FROM organisations" + f.where(), f, [&](const soci::row& r) {
    out = OrgRow{as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)};
  });
  return out;
}

std::vector<OrgRow> list_providers(soci::session& s, bool all, const std::vector<long long>& ids,
                                   const std::vector<std::string>& region_codes) {
  Filter f;
  f.add("type = 'provider'");
  if (!all) {
    std::string clause;
    std::vector<Param> params;
    if (!ids.empty()) {
      clause = "id IN (" + placeholders(ids.size()) + ")";
      params.insert(params.end(), ids.begin(), ids.end());
    }
    if (!region_codes.empty()) {
      clause +=
          (clause.empty() ? "" : " OR ") + std::string("region_code IN (") + placeholders(region_codes.size()) + ")";
      params.insert(params.end(), region_codes.begin(), region_codes.end());
    }
    f.add(clause.empty() ? "1 = 0" : "(" + clause + ")", params);
  }
  std::vector<OrgRow> out;
  for_each_row(s, "SELECT id, name, type, region_code FROM organisations" + f.where() + " ORDER BY name, id", f,
               [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)});
               });
  return out;
}

std::optional<ServiceRef> get_service(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<ServiceRef> out;
  for_each_row(s, "SELECT id, provider_id, name, kind_code FROM services" + f.where(), f, [&](const soci::row& r) {
    out = ServiceRef{as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3)};
  });
  return out;
}

std::vector<ServiceRef> services_of(soci::session& s, long long provider_id) {
  Filter f;
  f.add("provider_id = ?", {provider_id});
  std::vector<ServiceRef> out;
  for_each_row(s, "SELECT id, provider_id, name, kind_code FROM services" + f.where() + " ORDER BY name, id", f,
               [&](const soci::row& r) {
                 out.push_back({as_ll(r, 0), as_ll(r, 1), as_str(r, 2), as_str(r, 3)});
               });
  return out;
}

bool is_staff(soci::session& s, long long service_id, long long user_id) {
  Filter f;
  f.add("service_id = ?", {service_id}).add("user_id = ?", {user_id});
  return count_rows(s, "SELECT COUNT(*) FROM pl_service_staff" + f.where(), f) > 0;
}

// ---- settings ----

std::optional<double> gas_rho(soci::session& s, long long organisation_id) {
  Filter f;
  f.add("organisation_id = ?", {organisation_id});
  std::optional<double> out;
  for_each_row(s, "SELECT gas_rho FROM pl_settings" + f.where(), f, [&](const soci::row& r) { out = as_double(r, 0); });
  return out;
}

void set_gas_rho(soci::session& s, long long organisation_id, double rho, long long now) {
  s << "INSERT INTO pl_settings (organisation_id, gas_rho, updated_at) VALUES (:o, :r, :n) "
       "ON CONFLICT (organisation_id) DO UPDATE SET gas_rho = excluded.gas_rho, updated_at = excluded.updated_at",
      soci::use(organisation_id), soci::use(rho), soci::use(now);
}

// ---- strategic plans ----

namespace {

constexpr const char* kStrategicColumns =
    "SELECT p.id, p.organisation_id, o.name, o.region_code, p.title, p.year_from, p.year_to, p.problem, p.vision, "
    "p.mission, p.state, p.created_by, p.created_at, p.updated_at, "
    "(SELECT COUNT(*) FROM pl_goals g WHERE g.strategic_plan_id = p.id AND g.level = 'strategic') "
    "FROM pl_strategic_plans p JOIN organisations o ON o.id = p.organisation_id";

StrategicPlanRow read_strategic(const soci::row& r) {
  StrategicPlanRow p;
  p.id = as_ll(r, 0);
  p.organisation_id = as_ll(r, 1);
  p.organisation_name = as_str(r, 2);
  p.region_code = as_str(r, 3);
  p.title = as_str(r, 4);
  p.year_from = as_int(r, 5);
  p.year_to = as_int(r, 6);
  p.problem = as_str(r, 7);
  p.vision = as_str(r, 8);
  p.mission = as_str(r, 9);
  p.state = as_str(r, 10);
  p.created_by = as_ll(r, 11);
  p.created_at = as_ll(r, 12);
  p.updated_at = as_ll(r, 13);
  p.goals = as_int(r, 14);
  return p;
}

}  // namespace

std::vector<StrategicPlanRow> list_strategic_plans(soci::session& s, std::optional<long long> organisation_id) {
  Filter f;
  if (organisation_id) f.add("p.organisation_id = ?", {*organisation_id});
  std::vector<StrategicPlanRow> out;
  for_each_row(s, std::string(kStrategicColumns) + f.where() + " ORDER BY o.name, p.year_from DESC, p.id", f,
               [&](const soci::row& r) { out.push_back(read_strategic(r)); });
  return out;
}

std::optional<StrategicPlanRow> get_strategic_plan(soci::session& s, long long id) {
  Filter f;
  f.add("p.id = ?", {id});
  std::optional<StrategicPlanRow> out;
  for_each_row(s, std::string(kStrategicColumns) + f.where(), f, [&](const soci::row& r) { out = read_strategic(r); });
  return out;
}

long long insert_strategic_plan(soci::session& s, const StrategicPlanRow& r) {
  long long id = 0;
  s << "INSERT INTO pl_strategic_plans (organisation_id, title, year_from, year_to, problem, vision, mission, state, "
       "created_by, created_at, updated_at) VALUES (:o, :t, :yf, :yt, :p, :v, :m, :s, :cb, :ca, :ua) RETURNING id",
      soci::use(r.organisation_id), soci::use(r.title), soci::use(r.year_from), soci::use(r.year_to),
      soci::use(r.problem), soci::use(r.vision), soci::use(r.mission), soci::use(r.state), soci::use(r.created_by),
      soci::use(r.created_at), soci::use(r.updated_at), soci::into(id);
  return id;
}

void update_strategic_plan(soci::session& s, const StrategicPlanRow& r) {
  s << "UPDATE pl_strategic_plans SET title = :t, year_from = :yf, year_to = :yt, problem = :p, vision = :v, "
       "mission = :m, state = :s, updated_at = :ua WHERE id = :id",
      soci::use(r.title), soci::use(r.year_from), soci::use(r.year_to), soci::use(r.problem), soci::use(r.vision),
      soci::use(r.mission), soci::use(r.state), soci::use(r.updated_at), soci::use(r.id);
}

// ---- operational plans ----

namespace {

constexpr const char* kOperationalColumns =
    "SELECT p.id, p.organisation_id, o.name, o.region_code, p.service_id, COALESCE(sv.name, ''), "
    "p.strategic_plan_id, p.year, p.title, p.state, p.derived_from_id, COALESCE(p.closed_at, 0), "
    "COALESCE(p.closed_by, 0), p.created_by, p.created_at, p.updated_at, "
    "(SELECT COUNT(*) FROM pl_goals g WHERE g.operational_plan_id = p.id) "
    "FROM pl_operational_plans p JOIN organisations o ON o.id = p.organisation_id "
    "LEFT JOIN services sv ON sv.id = p.service_id";

OperationalPlanRow read_operational(const soci::row& r) {
  OperationalPlanRow p;
  p.id = as_ll(r, 0);
  p.organisation_id = as_ll(r, 1);
  p.organisation_name = as_str(r, 2);
  p.region_code = as_str(r, 3);
  p.service_id = as_opt_ll(r, 4);
  p.service_name = as_str(r, 5);
  p.strategic_plan_id = as_opt_ll(r, 6);
  p.year = as_int(r, 7);
  p.title = as_str(r, 8);
  p.state = as_str(r, 9);
  p.derived_from_id = as_opt_ll(r, 10);
  p.closed_at = as_ll(r, 11);
  p.closed_by = as_ll(r, 12);
  p.created_by = as_ll(r, 13);
  p.created_at = as_ll(r, 14);
  p.updated_at = as_ll(r, 15);
  p.goals = as_int(r, 16);
  return p;
}

}  // namespace

std::vector<OperationalPlanRow> list_operational_plans(soci::session& s, const OperationalPlanFilter& q) {
  Filter f;
  if (q.organisation_id) f.add("p.organisation_id = ?", {*q.organisation_id});
  if (q.strategic_plan_id) f.add("p.strategic_plan_id = ?", {*q.strategic_plan_id});
  if (q.year) f.add("p.year = ?", {static_cast<long long>(*q.year)});
  std::vector<OperationalPlanRow> out;
  for_each_row(s, std::string(kOperationalColumns) + f.where() + " ORDER BY o.name, p.year DESC, p.id", f,
               [&](const soci::row& r) { out.push_back(read_operational(r)); });
  return out;
}

std::optional<OperationalPlanRow> get_operational_plan(soci::session& s, long long id) {
  Filter f;
  f.add("p.id = ?", {id});
  std::optional<OperationalPlanRow> out;
  for_each_row(s, std::string(kOperationalColumns) + f.where(), f,
               [&](const soci::row& r) { out = read_operational(r); });
  return out;
}

long long insert_operational_plan(soci::session& s, const OperationalPlanRow& r) {
  long long id = 0;
  Nullable<long long> service(r.service_id), strategic(r.strategic_plan_id), derived(r.derived_from_id);
  s << "INSERT INTO pl_operational_plans (organisation_id, service_id, strategic_plan_id, year, title, state, "
       "derived_from_id, created_by, created_at, updated_at) VALUES (:o, :sv, :sp, :y, :t, :s, :d, :cb, :ca, :ua) "
       "RETURNING id",
      soci::use(r.organisation_id), soci::use(service.value, service.ind), soci::use(strategic.value, strategic.ind),
      soci::use(r.year), soci::use(r.title), soci::use(r.state), soci::use(derived.value, derived.ind),
      soci::use(r.created_by), soci::use(r.created_at), soci::use(r.updated_at), soci::into(id);
  return id;
}

void update_operational_plan(soci::session& s, const OperationalPlanRow& r) {
  Nullable<long long> service(r.service_id), strategic(r.strategic_plan_id);
  s << "UPDATE pl_operational_plans SET service_id = :sv, strategic_plan_id = :sp, year = :y, title = :t, "
       "updated_at = :ua WHERE id = :id",
      soci::use(service.value, service.ind), soci::use(strategic.value, strategic.ind), soci::use(r.year),
      soci::use(r.title), soci::use(r.updated_at), soci::use(r.id);
}

void close_operational_plan(soci::session& s, long long id, long long at, long long by) {
  s << "UPDATE pl_operational_plans SET state = 'closed', closed_at = :a, closed_by = :b, updated_at = :u "
       "WHERE id = :id",
      soci::use(at), soci::use(by), soci::use(at), soci::use(id);
}

std::optional<long long> plan_derived_from(soci::session& s, long long closed_plan_id) {
  Filter f;
  f.add("derived_from_id = ?", {closed_plan_id});
  std::optional<long long> out;
  for_each_row(s, "SELECT id FROM pl_operational_plans" + f.where() + " ORDER BY id", f, [&](const soci::row& r) {
    if (!out) out = as_ll(r, 0);
  });
  return out;
}

// ---- goals ----

namespace {

constexpr const char* kGoalColumns =
    "SELECT g.id, g.level, g.organisation_id, g.strategic_plan_id, g.operational_plan_id, g.service_id, "
    "COALESCE(sv.name, ''), g.parent_goal_id, g.unlinked_reason, g.code, g.title, g.description, g.position, "
    "g.state, g.origin_goal_id, g.carry, g.carry_reason, g.created_by, g.created_at, g.updated_at, "
    "COALESCE(op.year, 0) FROM pl_goals g LEFT JOIN services sv ON sv.id = g.service_id "
    "LEFT JOIN pl_operational_plans op ON op.id = g.operational_plan_id";
constexpr const char* kGoalOrder = " ORDER BY COALESCE(op.year, 0), g.level, g.position, g.id";

GoalRow read_goal(const soci::row& r) {
  GoalRow g;
  g.id = as_ll(r, 0);
  g.level = as_str(r, 1);
  g.organisation_id = as_ll(r, 2);
  g.strategic_plan_id = as_opt_ll(r, 3);
  g.operational_plan_id = as_opt_ll(r, 4);
  g.service_id = as_opt_ll(r, 5);
  g.service_name = as_str(r, 6);
  g.parent_goal_id = as_opt_ll(r, 7);
  g.unlinked_reason = as_str(r, 8);
  g.code = as_str(r, 9);
  g.title = as_str(r, 10);
  g.description = as_str(r, 11);
  g.position = as_int(r, 12);
  g.state = as_str(r, 13);
  g.origin_goal_id = as_opt_ll(r, 14);
  g.carry = as_str(r, 15);
  g.carry_reason = as_str(r, 16);
  g.created_by = as_ll(r, 17);
  g.created_at = as_ll(r, 18);
  g.updated_at = as_ll(r, 19);
  g.operational_year = as_int(r, 20);
  return g;
}

std::vector<GoalRow> goals_where(soci::session& s, const Filter& f) {
  std::vector<GoalRow> out;
  for_each_row(s, std::string(kGoalColumns) + f.where() + kGoalOrder, f,
               [&](const soci::row& r) { out.push_back(read_goal(r)); });
  return out;
}

}  // namespace

std::optional<GoalRow> get_goal(soci::session& s, long long id) {
  Filter f;
  f.add("g.id = ?", {id});
  auto rows = goals_where(s, f);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<GoalRow> goals_of_strategic_plan(soci::session& s, long long strategic_plan_id) {
  Filter f;
  f.add("g.strategic_plan_id = ?", {strategic_plan_id}).add("g.level = 'strategic'");
  return goals_where(s, f);
}

std::vector<GoalRow> goals_of_operational_plan(soci::session& s, long long operational_plan_id) {
  Filter f;
  f.add("g.operational_plan_id = ?", {operational_plan_id});
  return goals_where(s, f);
}

std::vector<GoalRow> operational_goals_of_strategic_plan(soci::session& s, long long strategic_plan_id) {
  Filter f;
  f.add("op.strategic_plan_id = ?", {strategic_plan_id});
  return goals_where(s, f);
}

std::vector<GoalRow> children_of(soci::session& s, long long goal_id) {
  Filter f;
  f.add("g.parent_goal_id = ?", {goal_id});
  return goals_where(s, f);
}

std::vector<GoalRow> carried_from(soci::session& s, long long goal_id) {
  Filter f;
  f.add("g.origin_goal_id = ?", {goal_id});
  return goals_where(s, f);
}

long long insert_goal(soci::session& s, const GoalRow& r) {
  long long id = 0;
  Nullable<long long> sp(r.strategic_plan_id), op(r.operational_plan_id), sv(r.service_id), parent(r.parent_goal_id),
      origin(r.origin_goal_id);
  s << "INSERT INTO pl_goals (level, organisation_id, strategic_plan_id, operational_plan_id, service_id, "
       "parent_goal_id, unlinked_reason, code, title, description, position, state, origin_goal_id, carry, "
       "carry_reason, created_by, created_at, updated_at) VALUES (:l, :o, :sp, :op, :sv, :pg, :ur, :c, :t, :d, :pos, "
       ":st, :og, :ca, :cr, :cb, :cat, :uat) RETURNING id",
      soci::use(r.level), soci::use(r.organisation_id), soci::use(sp.value, sp.ind), soci::use(op.value, op.ind),
      soci::use(sv.value, sv.ind), soci::use(parent.value, parent.ind), soci::use(r.unlinked_reason), soci::use(r.code),
      soci::use(r.title), soci::use(r.description), soci::use(r.position), soci::use(r.state),
      soci::use(origin.value, origin.ind), soci::use(r.carry), soci::use(r.carry_reason), soci::use(r.created_by),
      soci::use(r.created_at), soci::use(r.updated_at), soci::into(id);
  return id;
}

void update_goal(soci::session& s, const GoalRow& r) {
  Nullable<long long> sv(r.service_id), parent(r.parent_goal_id);
  s << "UPDATE pl_goals SET service_id = :sv, parent_goal_id = :pg, unlinked_reason = :ur, code = :c, title = :t, "
       "description = :d, updated_at = :u WHERE id = :id",
      soci::use(sv.value, sv.ind), soci::use(parent.value, parent.ind), soci::use(r.unlinked_reason), soci::use(r.code),
      soci::use(r.title), soci::use(r.description), soci::use(r.updated_at), soci::use(r.id);
}

void set_goal_state(soci::session& s, long long id, const std::string& state, long long now) {
  s << "UPDATE pl_goals SET state = :s, updated_at = :u WHERE id = :id", soci::use(state), soci::use(now),
      soci::use(id);
}

void delete_goal(soci::session& s, long long id) {
  s << "DELETE FROM pl_evaluation_values WHERE indicator_id IN (SELECT id FROM pl_indicators WHERE goal_id = :g)",
      soci::use(id);
  s << "DELETE FROM pl_indicators WHERE goal_id = :g", soci::use(id);
  s << "DELETE FROM pl_goals WHERE id = :g", soci::use(id);
}

int next_goal_position(soci::session& s, std::optional<long long> strategic_plan_id,
                       std::optional<long long> operational_plan_id) {
  // The plan's row is held until the transaction ends (PostgreSQL): two goals added at once, through one
  // kvalis process or two, get different positions.
  if (s.get_backend_name() == "postgresql") {
    long long held = 0;
    const long long plan = operational_plan_id ? *operational_plan_id : strategic_plan_id.value_or(0);
    s << (operational_plan_id ? "SELECT id FROM pl_operational_plans WHERE id = :id FOR NO KEY UPDATE"
                              : "SELECT id FROM pl_strategic_plans WHERE id = :id FOR NO KEY UPDATE"),
        soci::use(plan), soci::into(held);
  }
  Filter f;
  if (operational_plan_id)
    f.add("operational_plan_id = ?", {*operational_plan_id});
  else
    f.add("strategic_plan_id = ?", {strategic_plan_id.value_or(0)}).add("operational_plan_id IS NULL");
  return static_cast<int>(count_rows(s, "SELECT COALESCE(MAX(position), 0) FROM pl_goals" + f.where(), f)) + 1;
}

GoalUsage goal_usage(soci::session& s, long long goal_id) {
  GoalUsage u;
  Filter f;
  f.add("parent_goal_id = ?", {goal_id});
  u.children = static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pl_goals" + f.where(), f));
  Filter e;
  e.add("goal_id = ?", {goal_id});
  u.evaluations = static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pl_evaluations" + e.where(), e));
  Filter p;
  p.add("service_goal_id = ?", {goal_id});
  u.personal_goals = static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pl_client_goals" + p.where(), p));
  Filter c;
  c.add("origin_goal_id = ?", {goal_id});
  u.carried = static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pl_goals" + c.where(), c));
  return u;
}

PersonalGoalCount personal_goals_of(soci::session& s, const std::vector<long long>& goal_ids) {
  if (goal_ids.empty()) return {};
  auto f = in_filter("service_goal_id", goal_ids);
  PersonalGoalCount out;
  for_each_row(s, "SELECT COUNT(*), COUNT(DISTINCT client_id) FROM pl_client_goals" + f.where(), f,
               [&](const soci::row& r) {
                 out = {as_int(r, 0), as_int(r, 1)};
               });
  return out;
}

// ---- indicators ----

namespace {

constexpr const char* kIndicatorColumns =
    "SELECT id, goal_id, name, unit, baseline, target, direction, source, benchmark_indicator_code, count_of, rba, "
    "schedule_months, next_due_on, position FROM pl_indicators";

IndicatorRow read_indicator(const soci::row& r) {
  IndicatorRow i;
  i.id = as_ll(r, 0);
  i.goal_id = as_ll(r, 1);
  i.name = as_str(r, 2);
  i.unit = as_str(r, 3);
  i.baseline = as_opt_double(r, 4);
  i.target = as_opt_double(r, 5);
  i.direction = as_str(r, 6);
  i.source = as_str(r, 7);
  i.benchmark_indicator_code = as_str(r, 8);
  i.count_of = as_str(r, 9);
  i.rba = as_str(r, 10);
  i.schedule_months = as_int(r, 11);
  i.next_due_on = as_str(r, 12);
  i.position = as_int(r, 13);
  return i;
}

}  // namespace

std::optional<IndicatorRow> get_indicator(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<IndicatorRow> out;
  for_each_row(s, std::string(kIndicatorColumns) + f.where(), f, [&](const soci::row& r) { out = read_indicator(r); });
  return out;
}

std::vector<IndicatorRow> indicators_of(soci::session& s, const std::vector<long long>& goal_ids) {
  std::vector<IndicatorRow> out;
  if (goal_ids.empty()) return out;
  auto f = in_filter("goal_id", goal_ids);
  for_each_row(s, std::string(kIndicatorColumns) + f.where() + " ORDER BY goal_id, position, id", f,
               [&](const soci::row& r) { out.push_back(read_indicator(r)); });
  return out;
}

long long insert_indicator(soci::session& s, const IndicatorRow& r, long long now) {
  long long id = 0;
  Nullable<double> baseline(r.baseline), target(r.target);
  s << "INSERT INTO pl_indicators (goal_id, name, unit, baseline, target, direction, source, "
       "benchmark_indicator_code, count_of, rba, schedule_months, next_due_on, position, created_at, updated_at) "
       "VALUES (:g, :n, :u, :b, :t, :d, :s, :bic, :co, :rba, :sm, :nd, :p, :ca, :ua) RETURNING id",
      soci::use(r.goal_id), soci::use(r.name), soci::use(r.unit), soci::use(baseline.value, baseline.ind),
      soci::use(target.value, target.ind), soci::use(r.direction), soci::use(r.source),
      soci::use(r.benchmark_indicator_code), soci::use(r.count_of), soci::use(r.rba), soci::use(r.schedule_months),
      soci::use(r.next_due_on), soci::use(r.position), soci::use(now), soci::use(now), soci::into(id);
  return id;
}

void update_indicator(soci::session& s, const IndicatorRow& r, long long now) {
  Nullable<double> baseline(r.baseline), target(r.target);
  s << "UPDATE pl_indicators SET name = :n, unit = :u, baseline = :b, target = :t, direction = :d, source = :s, "
       "benchmark_indicator_code = :bic, count_of = :co, rba = :rba, schedule_months = :sm, next_due_on = :nd, "
       "updated_at = :ua WHERE id = :id",
      soci::use(r.name), soci::use(r.unit), soci::use(baseline.value, baseline.ind),
      soci::use(target.value, target.ind), soci::use(r.direction), soci::use(r.source),
      soci::use(r.benchmark_indicator_code), soci::use(r.count_of), soci::use(r.rba), soci::use(r.schedule_months),
      soci::use(r.next_due_on), soci::use(now), soci::use(r.id);
}

void set_next_due(soci::session& s, long long indicator_id, const std::string& next_due_on, long long now) {
  s << "UPDATE pl_indicators SET next_due_on = :nd, updated_at = :u WHERE id = :id", soci::use(next_due_on),
      soci::use(now), soci::use(indicator_id);
}

void delete_indicator(soci::session& s, long long id) {
  s << "DELETE FROM pl_evaluation_values WHERE indicator_id = :id", soci::use(id);
  s << "DELETE FROM pl_indicators WHERE id = :id", soci::use(id);
}

// ---- evaluations ----

namespace {

constexpr const char* kEvaluationColumns =
    "SELECT id, goal_id, kind, held_on, period_from, period_to, result, conclusion, created_by, created_at "
    "FROM pl_evaluations";

EvaluationRow read_evaluation(const soci::row& r) {
  EvaluationRow e;
  e.id = as_ll(r, 0);
  e.goal_id = as_ll(r, 1);
  e.kind = as_str(r, 2);
  e.held_on = as_str(r, 3);
  e.period_from = as_str(r, 4);
  e.period_to = as_str(r, 5);
  e.result = as_str(r, 6);
  e.conclusion = as_str(r, 7);
  e.created_by = as_ll(r, 8);
  e.created_at = as_ll(r, 9);
  return e;
}

ValueRow read_value(const soci::row& r) {
  ValueRow v;
  v.evaluation_id = as_ll(r, 0);
  v.indicator_id = as_ll(r, 1);
  v.value = as_opt_double(r, 2);
  v.clients_n = as_opt_ll(r, 3);
  v.note = as_str(r, 4);
  v.held_on = as_str(r, 5);
  v.period_to = as_str(r, 6);
  return v;
}

constexpr const char* kValueColumns =
    "SELECT v.evaluation_id, v.indicator_id, v.value, v.clients_n, v.note, e.held_on, e.period_to "
    "FROM pl_evaluation_values v "
    "JOIN pl_evaluations e ON e.id = v.evaluation_id";

}  // namespace

std::optional<EvaluationRow> get_evaluation(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<EvaluationRow> out;
  for_each_row(s, std::string(kEvaluationColumns) + f.where(), f,
               [&](const soci::row& r) { out = read_evaluation(r); });
  if (!out) return out;
  Filter p;
  p.add("evaluation_id = ?", {id});
  for_each_row(
      s, "SELECT kind, name, role, organisation FROM pl_evaluation_participants" + p.where() + " ORDER BY position", p,
      [&](const soci::row& r) {
        out->participants.push_back({as_str(r, 0), as_str(r, 1), as_str(r, 2), as_str(r, 3)});
      });
  Filter v;
  v.add("v.evaluation_id = ?", {id});
  for_each_row(s, std::string(kValueColumns) + v.where() + " ORDER BY v.indicator_id", v,
               [&](const soci::row& r) { out->values.push_back(read_value(r)); });
  return out;
}

std::vector<EvaluationRow> evaluations_of(soci::session& s, const std::vector<long long>& goal_ids) {
  std::vector<EvaluationRow> out;
  if (goal_ids.empty()) return out;
  auto f = in_filter("goal_id", goal_ids);
  for_each_row(s, std::string(kEvaluationColumns) + f.where() + " ORDER BY held_on, id", f,
               [&](const soci::row& r) { out.push_back(read_evaluation(r)); });
  return out;
}

long long insert_evaluation(soci::session& s, const EvaluationRow& r) {
  long long id = 0;
  s << "INSERT INTO pl_evaluations (goal_id, kind, held_on, period_from, period_to, result, conclusion, created_by, "
       "created_at) VALUES (:g, :k, :h, :pf, :pt, :r, :c, :cb, :ca) RETURNING id",
      soci::use(r.goal_id), soci::use(r.kind), soci::use(r.held_on), soci::use(r.period_from), soci::use(r.period_to),
      soci::use(r.result), soci::use(r.conclusion), soci::use(r.created_by), soci::use(r.created_at), soci::into(id);
  int position = 0;
  for (const auto& p : r.participants) {
    ++position;
    s << "INSERT INTO pl_evaluation_participants (evaluation_id, position, kind, name, role, organisation) "
         "VALUES (:e, :p, :k, :n, :r, :o)",
        soci::use(id), soci::use(position), soci::use(p.kind), soci::use(p.name), soci::use(p.role),
        soci::use(p.organisation);
  }
  for (const auto& v : r.values) {
    Nullable<double> value(v.value);
    Nullable<long long> n(v.clients_n);
    s << "INSERT INTO pl_evaluation_values (evaluation_id, indicator_id, value, clients_n, note) "
         "VALUES (:e, :i, :v, :n, :note)",
        soci::use(id), soci::use(v.indicator_id), soci::use(value.value, value.ind), soci::use(n.value, n.ind),
        soci::use(v.note);
  }
  return id;
}

std::vector<ValueRow> values_of_indicators(soci::session& s, const std::vector<long long>& indicator_ids) {
  std::vector<ValueRow> out;
  if (indicator_ids.empty()) return out;
  auto f = in_filter("v.indicator_id", indicator_ids);
  for_each_row(s, std::string(kValueColumns) + f.where() + " ORDER BY e.held_on, e.id", f,
               [&](const soci::row& r) { out.push_back(read_value(r)); });
  return out;
}

namespace {

constexpr const char* kEvidenceColumns =
    "SELECT id, evaluation_id, kind, label, url, file_name, content_type, size_bytes, sha256, created_by, created_at "
    "FROM pl_evaluation_evidence";

EvidenceRow read_evidence(const soci::row& r) {
  return {as_ll(r, 0),  as_ll(r, 1), as_str(r, 2), as_str(r, 3), as_str(r, 4), as_str(r, 5),
          as_str(r, 6), as_ll(r, 7), as_str(r, 8), as_ll(r, 9),  as_ll(r, 10)};
}

}  // namespace

std::vector<EvidenceRow> evidence_of(soci::session& s, long long evaluation_id) {
  Filter f;
  f.add("evaluation_id = ?", {evaluation_id});
  std::vector<EvidenceRow> out;
  for_each_row(s, std::string(kEvidenceColumns) + f.where() + " ORDER BY id", f,
               [&](const soci::row& r) { out.push_back(read_evidence(r)); });
  return out;
}

std::optional<EvidenceRow> get_evidence(soci::session& s, long long id) {
  Filter f;
  f.add("id = ?", {id});
  std::optional<EvidenceRow> out;
  for_each_row(s, std::string(kEvidenceColumns) + f.where(), f, [&](const soci::row& r) { out = read_evidence(r); });
  return out;
}

long long insert_evidence(soci::session& s, const EvidenceRow& r, const std::string& data_base64) {
  long long id = 0;
  s << "INSERT INTO pl_evaluation_evidence (evaluation_id, kind, label, url, file_name, content_type, size_bytes, "
       "sha256, created_by, created_at) VALUES (:e, :k, :l, :u, :f, :ct, :sz, :sha, :cb, :ca) RETURNING id",
      soci::use(r.evaluation_id), soci::use(r.kind), soci::use(r.label), soci::use(r.url), soci::use(r.file_name),
      soci::use(r.content_type), soci::use(r.size_bytes), soci::use(r.sha256), soci::use(r.created_by),
      soci::use(r.created_at), soci::into(id);
  if (r.kind == "file")
    s << "INSERT INTO pl_evaluation_files (evidence_id, data_base64) VALUES (:id, :d)", soci::use(id),
        soci::use(data_base64);
  return id;
}

std::string evidence_file(soci::session& s, long long evidence_id) {
  Filter f;
  f.add("evidence_id = ?", {evidence_id});
  std::string out;
  for_each_row(s, "SELECT data_base64 FROM pl_evaluation_files" + f.where(), f,
               [&](const soci::row& r) { out = as_str(r, 0); });
  return out;
}

void delete_evidence(soci::session& s, long long id) {
  s << "DELETE FROM pl_evaluation_files WHERE evidence_id = :id", soci::use(id);
  s << "DELETE FROM pl_evaluation_evidence WHERE id = :id", soci::use(id);
}

// ---- counts ----

int count_reviews(soci::session& s, const std::vector<long long>& service_ids, const std::string& from,
                  const std::string& to) {
  if (service_ids.empty()) return 0;
  auto f = in_filter("c.service_id", service_ids);
  f.add("r.held_on >= ?", {from}).add("r.held_on <= ?", {to});
  return static_cast<int>(
      count_rows(s, "SELECT COUNT(*) FROM pl_reviews r JOIN pl_clients c ON c.id = r.client_id" + f.where(), f));
}

int count_clients(soci::session& s, const std::vector<long long>& service_ids, const std::string& from,
                  const std::string& to) {
  if (service_ids.empty()) return 0;
  auto f = in_filter("service_id", service_ids);
  f.add("contract_from <= ?", {to}).add("(contract_to = '' OR contract_to >= ?)", {from});
  return static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pl_clients" + f.where(), f));
}

int count_evaluations(soci::session& s, const std::vector<long long>& goal_ids, const std::string& from,
                      const std::string& to) {
  if (goal_ids.empty()) return 0;
  auto f = in_filter("goal_id", goal_ids);
  f.add("held_on >= ?", {from}).add("held_on <= ?", {to});
  return static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pl_evaluations" + f.where(), f));
}

int count_evaluations_covering(soci::session& s, const std::vector<long long>& goal_ids, const std::string& from,
                               const std::string& to) {
  if (goal_ids.empty()) return 0;
  auto f = in_filter("goal_id", goal_ids);
  f.add("period_to >= ?", {from}).add("period_to <= ?", {to});
  return static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pl_evaluations" + f.where(), f));
}

int count_personal_goals(soci::session& s, const std::vector<long long>& goal_ids, const std::string& to) {
  if (goal_ids.empty()) return 0;
  auto f = in_filter("service_goal_id", goal_ids);
  f.add("set_on <= ?", {to});
  return static_cast<int>(count_rows(s, "SELECT COUNT(*) FROM pl_client_goals" + f.where(), f));
}

// ---- due ----

std::vector<DueRow> due_indicators(soci::session& s, long long organisation_id, const std::string& until) {
  Filter f;
  f.add("g.organisation_id = ?", {organisation_id})
      .add("g.level IN ('objective', 'service')")
      .add("g.state <> 'dropped'")
      .add("op.state = 'open'")
      .add("i.next_due_on <> ''")
      .add("i.next_due_on <= ?", {until});
  std::vector<std::pair<long long, long long>> pairs;  // indicator, goal
  for_each_row(s,
               "SELECT i.id, g.id FROM pl_indicators i JOIN pl_goals g ON g.id = i.goal_id "
               "JOIN pl_operational_plans op ON op.id = g.operational_plan_id" +
                   f.where() + " ORDER BY i.next_due_on, g.id, i.position, i.id",
               f, [&](const soci::row& r) { pairs.emplace_back(as_ll(r, 0), as_ll(r, 1)); });
  std::vector<DueRow> out;
  std::map<long long, GoalRow> goals;
  for (const auto& [indicator_id, goal_id] : pairs) {
    auto it = goals.find(goal_id);
    if (it == goals.end()) it = goals.emplace(goal_id, *get_goal(s, goal_id)).first;
    out.push_back({*get_indicator(s, indicator_id), it->second});
  }
  return out;
}

}  // namespace kvalis::planning::store::plans_repo
