// The impact report of a strategic plan over a period (planning module): the problem addressed, the outcome
// of every goal from the strategy down to the service goals, the indicators against their targets and, for
// each number, the evidence behind it (the evaluations that recorded it and how many clients stand behind
// it). Client-level numbers are suppressed per viewer.
#include <algorithm>
#include <set>

#include "planning/app/outcomes_rollup.hpp"
#include "planning/app/plans.hpp"
#include "planning/app/plans_internal.hpp"

namespace kvalis::planning::app {

using namespace detail;

namespace {

int year_of(const std::string& date) { return date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0; }

struct ImpactBuilder {
  soci::session& s;
  const accounts::Principal& p;
  OutcomeCalculator calc;
  Period period;
  int yf = 0, yt = 0;
  std::vector<repo::GoalRow> operational;
  std::vector<long long> goal_ids;

  bool own(const repo::GoalRow& g) { return owns_goal(s, p, g, calc); }

  std::optional<OutcomeCell> outcome(const repo::GoalRow& g, bool viewer_owns) {
    const bool service = g.level == "service";
    return viewer_cell(calc.cell(g, period, service ? 0 : yf, service ? 0 : yt), viewer_owns);
  }

  std::vector<ImpactIndicator> indicators(const repo::GoalRow& g, bool viewer_owns) {
    goal_ids.push_back(g.id);
    std::vector<ImpactIndicator> out;
    const auto rows = repo::indicators_of(s, {g.id});
    std::vector<long long> ids;
    for (const auto& i : rows) ids.push_back(i.id);
    const auto values = repo::values_of_indicators(s, ids);
    for (const auto& i : rows) {
      ImpactIndicator x{i, std::nullopt, std::nullopt, {}, "", std::nullopt};
      for (const auto& v : values) {
        // The evaluations of the period: those whose period ends within it (a year's closing evaluation is
        // held early in the next year).
        if (v.indicator_id != i.id || v.period_to < period.from || v.period_to > period.to) continue;
        x.evaluation_ids.push_back(v.evaluation_id);
        x.value = visible_value(i, v, viewer_owns);
        x.held_on = v.held_on;
        x.clients_n = v.clients_n;
      }
      x.on_target = indicator_on_target(i, x.value);
      out.push_back(std::move(x));
    }
    return out;
  }

  std::vector<repo::GoalRow> children(const repo::GoalRow& g, const std::string& level) {
    std::vector<repo::GoalRow> out;
    for (const auto& c : operational)
      if (c.level == level && c.parent_goal_id && *c.parent_goal_id == g.id) out.push_back(c);
    return out;
  }
};

}  // namespace

Result<ImpactReport> impact_report(kvalis::store::Database& db, const accounts::Caller& caller,
                                   long long organisation_id, std::optional<long long> strategic_plan_id,
                                   std::optional<Period> period) {
  return db.read([&](soci::session& s) -> Result<ImpactReport> {
    auto owner = owner_of(s, caller.principal, organisation_id);
    if (!owner) return missing("organisation");
    std::optional<repo::StrategicPlanRow> plan;
    if (strategic_plan_id) {
      plan = repo::get_strategic_plan(s, *strategic_plan_id);
      if (!plan || plan->organisation_id != organisation_id) return missing("strategic_plan");
    } else {
      for (auto& p : repo::list_strategic_plans(s, organisation_id))
        if (!plan || p.year_from > plan->year_from) plan = std::move(p);
      if (!plan) return missing("strategic_plan");
    }
    ImpactReport r;
    r.organisation = owner->org;
    r.plan = *plan;
    r.period =
        period ? *period : Period{std::to_string(plan->year_from) + "-01-01", std::to_string(plan->year_to) + "-12-31"};
    ImpactBuilder b{s,
                    caller.principal,
                    OutcomeCalculator(s, organisation_id),
                    r.period,
                    year_of(r.period.from),
                    year_of(r.period.to),
                    {},
                    {}};
    for (auto& g : repo::operational_goals_of_strategic_plan(s, plan->id))
      if (g.operational_year >= b.yf && g.operational_year <= b.yt && g.state != "dropped")
        b.operational.push_back(std::move(g));
    std::vector<repo::GoalRow> all_service_goals;
    for (const auto& sg : repo::goals_of_strategic_plan(s, plan->id)) {
      const bool own_s = b.own(sg);
      ImpactStrategic x{sg, b.outcome(sg, own_s), b.indicators(sg, own_s), {}};
      for (const auto& o : b.children(sg, "objective")) {
        const bool own_o = b.own(o);
        ImpactObjective y{o, b.outcome(o, own_o), b.indicators(o, own_o), {}};
        for (const auto& g : b.children(o, "service")) {
          const bool own_g = b.own(g);
          y.service_goals.push_back({g, b.outcome(g, own_g), b.indicators(g, own_g)});
          all_service_goals.push_back(g);
        }
        x.objectives.push_back(std::move(y));
      }
      r.strategic_goals.push_back(std::move(x));
    }
    // Totals: distinct clients behind the service goals (a goal carried into another counts once), goals
    // reported, evaluations covering the period.
    std::set<long long> superseded;
    for (const auto& g : all_service_goals) {
      const auto chain = b.calc.chain(g);
      superseded.insert(chain.begin() + 1, chain.end());
    }
    std::vector<repo::GoalRow> latest;
    for (const auto& g : all_service_goals)
      if (!superseded.count(g.id)) latest.push_back(g);
    r.clients = static_cast<int>(b.calc.clients(latest, r.period).size());
    r.goals = static_cast<int>(b.goal_ids.size());
    r.evaluations = repo::count_evaluations_covering(s, b.goal_ids, r.period.from, r.period.to);
    return r;
  });
}

}  // namespace kvalis::planning::app
