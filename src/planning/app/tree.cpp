// The tree of a strategic plan (planning module): strategic goals → objectives → service goals of the
// operational plans of the period, each with its state, indicators (latest value against the target) and
// outcome cell as the viewer may see it, and the objectives and service goals marked "not linked".
#include <set>

#include "planning/app/outcomes_rollup.hpp"
#include "planning/app/plans.hpp"
#include "planning/app/plans_internal.hpp"

namespace kvalis::planning::app {

using namespace detail;

namespace {

int year_of(const std::string& date) { return date.size() >= 4 ? std::atoi(date.substr(0, 4).c_str()) : 0; }

struct TreeBuilder {
  soci::session& s;
  const accounts::Principal& p;
  OutcomeCalculator calc;
  Period period;
  int yf = 0, yt = 0;
  std::vector<repo::GoalRow> operational;  // objectives and service goals of the period

  TreeNode node(const repo::GoalRow& g, int depth) {
    TreeNode n;
    n.goal = g;
    const bool own = owns_goal(s, p, g, calc);
    const bool service = g.level == "service";
    n.outcome = viewer_cell(calc.cell(g, period, service ? 0 : yf, service ? 0 : yt), own);
    const auto indicators = repo::indicators_of(s, {g.id});
    std::vector<long long> ids;
    for (const auto& i : indicators) ids.push_back(i.id);
    const auto values = repo::values_of_indicators(s, ids);
    for (const auto& i : indicators) {
      TreeIndicator t{i.id, i.name, i.unit, i.target, std::nullopt, std::nullopt};
      for (const auto& v : values)
        if (v.indicator_id == i.id) t.latest_value = visible_value(i, v, own);
      t.on_target = indicator_on_target(i, t.latest_value);
      n.indicators.push_back(std::move(t));
    }
    std::vector<long long> linked;
    for (const auto& sg : calc.service_goals_under(g, service ? 0 : yf, service ? 0 : yt))
      for (long long x : calc.chain(sg)) linked.push_back(x);
    n.personal_goals = repo::personal_goals_of(s, linked).count;
    if (depth < 3)
      for (const auto& c : operational)
        if (c.parent_goal_id && *c.parent_goal_id == g.id) n.children.push_back(node(c, depth + 1));
    return n;
  }
};

}  // namespace

Result<PlanTree> plan_tree(kvalis::store::Database& db, const accounts::Caller& caller, long long strategic_plan_id,
                           std::optional<Period> period) {
  return db.read([&](soci::session& s) -> Result<PlanTree> {
    auto plan = repo::get_strategic_plan(s, strategic_plan_id);
    if (!plan) return missing("strategic_plan");
    if (!plan_rights(caller.principal, {plan->organisation_id, plan->region_code}).read)
      return missing("strategic_plan");
    PlanTree tree;
    tree.plan = *plan;
    tree.period =
        period ? *period : Period{std::to_string(plan->year_from) + "-01-01", std::to_string(plan->year_to) + "-12-31"};
    TreeBuilder b{s,           caller.principal,          OutcomeCalculator(s, plan->organisation_id),
                  tree.period, year_of(tree.period.from), year_of(tree.period.to),
                  {}};
    for (auto& g : repo::operational_goals_of_strategic_plan(s, plan->id))
      if (g.operational_year >= b.yf && g.operational_year <= b.yt && g.state != "dropped")  // dropped: history only
        b.operational.push_back(std::move(g));
    for (const auto& g : repo::goals_of_strategic_plan(s, plan->id)) tree.nodes.push_back(b.node(g, 0));
    // Not linked: objectives without a parent, and service goals without one (their children come along).
    for (const auto& g : b.operational)
      if (!g.parent_goal_id) tree.unlinked.push_back(b.node(g, 1));
    return tree;
  });
}

}  // namespace kvalis::planning::app
