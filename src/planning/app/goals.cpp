// Use cases of goals and their indicators (planning module): create, change, delete, and the goal's page
// with its links both ways, indicators with their latest values, evaluations, outcome and history.
#include <algorithm>
#include <set>

#include "planning/app/outcomes_rollup.hpp"
#include "planning/app/plans.hpp"
#include "planning/app/plans_internal.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::planning::app {

using namespace detail;

namespace {

std::string today_date() { return format_date(kvalis::store::now_epoch()); }

Status check_goal_fields(const GoalInput& in) {
  for (auto st : {kvalis::check_line("code", in.code, 40, false), kvalis::check_line("title", in.title, 300, true),
                  kvalis::check_text("description", in.description, 20000, false),
                  kvalis::check_text("unlinked_reason", in.unlinked_reason, 2000, false)})
    if (!st) return st;
  return ok_status();
}

// The parent as given, checked: of the same organisation; the link rule of core (level above or a reason).
Status check_parent(soci::session& s, const GoalInput& in, long long organisation_id, long long self_id,
                    repo::GoalRow& row) {
  std::optional<GoalLevel> parent_level;
  if (in.parent_goal_id) {
    auto parent = repo::get_goal(s, *in.parent_goal_id);
    if (!parent || parent->organisation_id != organisation_id || parent->id == self_id)
      return invalid("parent_goal_id", "planning.plans.goal.parent_invalid",
                     {{"value", std::to_string(*in.parent_goal_id)}});
    parent_level = parse_goal_level(parent->level);
  }
  if (auto err = check_link(in.level, parent_level, in.unlinked_reason)) return *err;
  row.parent_goal_id = in.parent_goal_id;
  row.unlinked_reason = in.parent_goal_id ? std::string() : in.unlinked_reason;
  return ok_status();
}

Status check_service(soci::session& s, const GoalInput& in, const repo::OperationalPlanRow& plan, repo::GoalRow& row) {
  if (in.level != GoalLevel::service) {
    row.service_id = std::nullopt;
    return ok_status();
  }
  const auto service_id = in.service_id ? in.service_id : plan.service_id;
  if (!service_id) return invalid("service_id", "planning.plans.goal.service_required");
  auto sv = repo::get_service(s, *service_id);
  if (!sv || sv->provider_id != plan.organisation_id || (plan.service_id && *plan.service_id != *service_id))
    return invalid("service_id", "planning.plans.service.invalid", {{"value", std::to_string(*service_id)}});
  row.service_id = service_id;
  return ok_status();
}

const std::vector<std::string> kSources = {"gas_t",     "share_attained", "ladder_change", "clients",
                                           "benchmark", "count",          "manual"};
const std::vector<std::string> kRba = {"how_much", "how_well", "better_off"};
const std::vector<std::string> kCountOf = {"reviews", "clients", "evaluations", "personal_goals"};

bool one_of(const std::vector<std::string>& list, const std::string& v) {
  return std::find(list.begin(), list.end(), v) != list.end();
}

Status fill_indicator(const IndicatorInput& in, repo::IndicatorRow& r) {
  for (auto st : {kvalis::check_line("name", in.name, 300, true), kvalis::check_line("unit", in.unit, 40, false)})
    if (!st) return st;
  if (!one_of(kSources, in.source)) return invalid("source", "field.invalid_value", {{"value", in.source}});
  if (!one_of(kRba, in.rba)) return invalid("rba", "field.invalid_value", {{"value", in.rba}});
  if (in.source == "benchmark") {
    if (auto st = kvalis::check_line("benchmark_indicator_code", in.benchmark_indicator_code, 64, false); !st)
      return st;
    if (in.benchmark_indicator_code.empty())
      return invalid("benchmark_indicator_code", "planning.plans.indicator.benchmark_code_required");
  }
  if (in.source == "count" && !one_of(kCountOf, in.count_of))
    return invalid("count_of", "planning.plans.indicator.count_of_invalid", {{"value", in.count_of}});
  if (in.schedule_months < 1 || in.schedule_months > 60)
    return invalid("schedule_months", "planning.plans.indicator.schedule_invalid",
                   {{"value", std::to_string(in.schedule_months)}});
  if (in.next_due_on)
    if (auto st = kvalis::check_date("next_due_on", *in.next_due_on, false); !st) return st;
  r.name = in.name;
  r.unit = in.unit;
  r.baseline = in.baseline;
  r.target = in.target;
  r.direction = in.direction == Direction::lower ? "lower" : "higher";
  r.source = in.source;
  r.benchmark_indicator_code = in.source == "benchmark" ? in.benchmark_indicator_code : std::string();
  r.count_of = in.source == "count" ? in.count_of : std::string();
  r.rba = in.rba;
  r.schedule_months = in.schedule_months;
  r.next_due_on = in.next_due_on ? *in.next_due_on : add_months(today_date(), in.schedule_months);
  return ok_status();
}

}  // namespace

Result<GoalSummary> create_goal(soci::session& s, const accounts::Caller& caller, const GoalInput& in) {
  repo::GoalRow row;
  row.level = std::string(to_string(in.level));
  long long organisation_id = 0;
  std::optional<repo::OperationalPlanRow> op;
  if (in.level == GoalLevel::strategic) {
    if (!in.strategic_plan_id) return invalid("strategic_plan_id", "planning.plans.goal.plan_required");
    auto plan = repo::get_strategic_plan(s, *in.strategic_plan_id);
    if (!plan || !plan_rights(caller.principal, {plan->organisation_id, plan->region_code}).read)
      return invalid("strategic_plan_id", "planning.plans.strategic_plan.invalid",
                     {{"value", std::to_string(*in.strategic_plan_id)}});
    if (plan->state == "closed") return conflict("", "planning.plans.plan_closed");
    organisation_id = plan->organisation_id;
    row.strategic_plan_id = plan->id;
  } else {
    if (!in.operational_plan_id) return invalid("operational_plan_id", "planning.plans.goal.plan_required");
    op = repo::get_operational_plan(s, *in.operational_plan_id);
    if (!op || !plan_rights(caller.principal, {op->organisation_id, op->region_code}).read)
      return invalid("operational_plan_id", "planning.plans.operational_plan.invalid",
                     {{"value", std::to_string(*in.operational_plan_id)}});
    if (op->state == "closed") return conflict("", "planning.plans.plan_closed");
    organisation_id = op->organisation_id;
    row.operational_plan_id = op->id;
    row.strategic_plan_id = op->strategic_plan_id;
  }
  auto owner = owner_of(s, caller.principal, organisation_id);
  if (!owner) return missing("organisation");
  if (!owner->rights.manage) return not_allowed();
  if (auto st = check_goal_fields(in); !st) return st.error();
  if (op)
    if (auto st = check_service(s, in, *op, row); !st) return st.error();
  if (auto st = check_parent(s, in, organisation_id, 0, row); !st) return st.error();
  row.organisation_id = organisation_id;
  row.code = in.code;
  row.title = in.title;
  row.description = in.description;
  row.position = repo::next_goal_position(s, row.operational_plan_id ? std::nullopt : row.strategic_plan_id,
                                          row.operational_plan_id);
  row.created_by = caller.principal.user_id;
  row.created_at = row.updated_at = kvalis::store::now_epoch();
  row.id = repo::insert_goal(s, row);
  kvalis::store::activity_log::append(s, caller.activity("planning.goal.create", "pl_goal", row.id, organisation_id,
                                                         row.level + " " + row.code + " " + row.title));
  return summary_of(s, *repo::get_goal(s, row.id));
}

Result<GoalSummary> create_goal(kvalis::store::Database& db, const accounts::Caller& caller, const GoalInput& in) {
  return db.write([&](soci::session& s) { return create_goal(s, caller, in); });
}

Result<GoalSummary> update_goal(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                const GoalInput& in) {
  return db.write([&](soci::session& s) -> Result<GoalSummary> {
    auto access = writable_goal(s, caller.principal, id);
    if (!access) return access.error();
    auto row = access->goal;
    if (std::string(to_string(in.level)) != row.level)
      return invalid("level", "field.invalid_value", {{"value", std::string(to_string(in.level))}});
    if (auto st = check_goal_fields(in); !st) return st.error();
    if (row.operational_plan_id) {
      auto op = repo::get_operational_plan(s, *row.operational_plan_id);
      if (auto st = check_service(s, in, *op, row); !st) return st.error();
    }
    if (auto st = check_parent(s, in, row.organisation_id, row.id, row); !st) return st.error();
    row.code = in.code;
    row.title = in.title;
    row.description = in.description;
    row.updated_at = kvalis::store::now_epoch();
    repo::update_goal(s, row);
    kvalis::store::activity_log::append(
        s, caller.activity("planning.goal.update", "pl_goal", row.id, row.organisation_id, row.code + " " + row.title));
    return summary_of(s, *repo::get_goal(s, row.id));
  });
}

Status delete_goal(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto access = writable_goal(s, caller.principal, id);
    if (!access) return access.error();
    const auto usage = repo::goal_usage(s, id);
    if (usage.children || usage.evaluations || usage.personal_goals || usage.carried)
      return conflict("", "planning.plans.goal.in_use");
    repo::delete_goal(s, id);
    kvalis::store::activity_log::append(
        s, caller.activity("planning.goal.delete", "pl_goal", id, access->goal.organisation_id,
                           access->goal.code + " " + access->goal.title));
    return ok_status();
  });
}

// ---- indicators ----

Result<repo::IndicatorRow> create_indicator(soci::session& s, const accounts::Caller& caller, long long goal_id,
                                            const IndicatorInput& in) {
  auto access = writable_goal(s, caller.principal, goal_id);
  if (!access) return access.error();
  repo::IndicatorRow r;
  r.goal_id = goal_id;
  if (auto st = fill_indicator(in, r); !st) return st.error();
  r.position = static_cast<int>(repo::indicators_of(s, {goal_id}).size()) + 1;
  r.id = repo::insert_indicator(s, r, kvalis::store::now_epoch());
  kvalis::store::activity_log::append(
      s, caller.activity("planning.indicator.create", "pl_indicator", r.id, access->goal.organisation_id, r.name));
  return *repo::get_indicator(s, r.id);
}

Result<repo::IndicatorRow> create_indicator(kvalis::store::Database& db, const accounts::Caller& caller,
                                            long long goal_id, const IndicatorInput& in) {
  return db.write([&](soci::session& s) { return create_indicator(s, caller, goal_id, in); });
}

Result<repo::IndicatorRow> update_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                                            const IndicatorInput& in) {
  return db.write([&](soci::session& s) -> Result<repo::IndicatorRow> {
    auto r = repo::get_indicator(s, id);
    if (!r) return missing("indicator");
    auto readable = readable_goal(s, caller.principal, r->goal_id);
    if (!readable) return missing("indicator");
    auto access = writable_goal(s, caller.principal, r->goal_id);
    if (!access) return access.error();
    if (auto st = fill_indicator(in, *r); !st) return st.error();
    repo::update_indicator(s, *r, kvalis::store::now_epoch());
    kvalis::store::activity_log::append(
        s, caller.activity("planning.indicator.update", "pl_indicator", r->id, access->goal.organisation_id, r->name));
    return *repo::get_indicator(s, id);
  });
}

Status delete_indicator(kvalis::store::Database& db, const accounts::Caller& caller, long long id) {
  return db.write([&](soci::session& s) -> Status {
    auto r = repo::get_indicator(s, id);
    if (!r) return missing("indicator");
    auto readable = readable_goal(s, caller.principal, r->goal_id);
    if (!readable) return missing("indicator");
    auto access = writable_goal(s, caller.principal, r->goal_id);
    if (!access) return access.error();
    repo::delete_indicator(s, id);
    kvalis::store::activity_log::append(
        s, caller.activity("planning.indicator.delete", "pl_indicator", id, access->goal.organisation_id, r->name));
    return ok_status();
  });
}

// ---- the goal's page ----

namespace {

// The period a goal is read over by default: its operational plan's year, or its strategic plan's years.
Period default_period(soci::session& s, const repo::GoalRow& g) {
  if (g.operational_year)
    return {std::to_string(g.operational_year) + "-01-01", std::to_string(g.operational_year) + "-12-31"};
  if (g.strategic_plan_id)
    if (auto p = repo::get_strategic_plan(s, *g.strategic_plan_id))
      return {std::to_string(p->year_from) + "-01-01", std::to_string(p->year_to) + "-12-31"};
  const auto today = format_date(kvalis::store::now_epoch());
  return {today.substr(0, 4) + "-01-01", today.substr(0, 4) + "-12-31"};
}

int year_of(const std::string& date) { return date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0; }

}  // namespace

Result<GoalDetail> get_goal(kvalis::store::Database& db, const accounts::Caller& caller, long long id,
                            std::optional<Period> period) {
  return db.read([&](soci::session& s) -> Result<GoalDetail> {
    auto access = readable_goal(s, caller.principal, id);
    if (!access) return access.error();
    const auto& g = access->goal;
    const Period p = period ? *period : default_period(s, g);
    GoalDetail d;
    d.goal = summary_of(s, g);
    d.can_manage = access->owner.rights.manage;
    if (g.operational_plan_id) {
      auto op = repo::get_operational_plan(s, *g.operational_plan_id);
      d.plan = {"operational", op->id, op->title, op->year, op->year, op->year, op->state};
    } else if (g.strategic_plan_id) {
      auto sp = repo::get_strategic_plan(s, *g.strategic_plan_id);
      d.plan = {"strategic", sp->id, sp->title, 0, sp->year_from, sp->year_to, sp->state};
    }
    if (g.parent_goal_id)
      if (auto parent = repo::get_goal(s, *g.parent_goal_id)) d.parent = summary_of(s, *parent);
    d.children = summaries_of(s, repo::children_of(s, g.id));
    OutcomeCalculator calc(s, g.organisation_id);
    std::vector<long long> linked;
    for (const auto& sg : calc.service_goals_under(g))
      for (long long x : calc.chain(sg)) linked.push_back(x);
    d.personal_goals = repo::personal_goals_of(s, linked);
    const bool own = owns_goal(s, caller.principal, g, calc);
    std::vector<long long> indicator_ids;
    for (const auto& i : d.goal.indicators) indicator_ids.push_back(i.id);
    const auto values = repo::values_of_indicators(s, indicator_ids);
    for (const auto& i : d.goal.indicators) {
      IndicatorView v{i, std::nullopt, std::nullopt, {}};
      for (const auto& x : values) {
        if (x.indicator_id != i.id) continue;
        const auto shown = visible_value(i, x, own);
        v.history.emplace_back(x.held_on, shown);
        v.latest = IndicatorLatest{shown, x.held_on, x.evaluation_id, x.clients_n};
      }
      if (v.latest) v.on_target = indicator_on_target(i, v.latest->value);
      d.indicators.push_back(std::move(v));
    }
    d.evaluations = repo::evaluations_of(s, {g.id});
    const bool service = g.level == "service";
    d.outcome = viewer_cell(calc.cell(g, p, service ? 0 : year_of(p.from), service ? 0 : year_of(p.to)), own);
    // History: where the goal came from (oldest first), then where it went.
    std::vector<repo::GoalRow> before;
    std::set<long long> seen{g.id};
    auto cur = g;
    while (cur.origin_goal_id && !seen.count(*cur.origin_goal_id)) {
      auto prev = repo::get_goal(s, *cur.origin_goal_id);
      if (!prev) break;
      seen.insert(prev->id);
      before.push_back(*prev);
      cur = *prev;
    }
    std::reverse(before.begin(), before.end());
    for (const auto& h : before) d.history.push_back(summary_of(s, h));
    std::vector<repo::GoalRow> frontier{g};
    while (!frontier.empty()) {
      std::vector<repo::GoalRow> next;
      for (const auto& f : frontier)
        for (auto& c : repo::carried_from(s, f.id))
          if (seen.insert(c.id).second) {
            d.history.push_back(summary_of(s, c));
            next.push_back(std::move(c));
          }
      frontier = std::move(next);
    }
    return d;
  });
}

}  // namespace kvalis::planning::app
