// An indicator of source `benchmark` (planning/app): the value of the goal's service for the indicator code in
// the latest benchmark round of the period, read through benchmark/app as the caller sees the results — the
// same number the service's benchmark page shows — in the evaluation draft and in a recorded evaluation.
#include <gtest/gtest.h>

#include "accounts/core/caller.hpp"
#include "benchmark/app/results.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "planning/app/plans.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = planning::app;

TEST(PlansBenchmark, ABenchmarkIndicatorReadsTheServicesValueThroughBenchmarkApp) {
  TestDatabase t(Backend::sqlite);
  auto& db = t.db();
  const auto region = demo::build_demo_region();
  const auto ctx = db.write([&](soci::session& s) {
    auto c = demo::write_demo_region(s, region, kvalis::store::now_epoch());
    demo::write_benchmark_demo(s, region, c);
    return c;
  });
  const long long provider = ctx.providers.at("charita-kladske-pomezi");
  const long long service = ctx.services.at("charita-kladske-pomezi/32/nachod");
  accounts::Caller manager;
  manager.principal.user_id = ctx.users.at("poskytovatel.manazer");
  manager.principal.login = "poskytovatel.manazer";
  accounts::Membership m;
  m.organisation_id = provider;
  m.organisation_type = accounts::OrganisationType::provider;
  m.role = accounts::Role::manager;
  m.region_code = "86";
  manager.principal.memberships.push_back(m);

  // What the benchmark module shows for the service: the latest round's value of goal_met_share.
  const auto scores = benchmark::app::service_scores(db, manager, service, std::nullopt);
  ASSERT_TRUE(scores);
  std::optional<double> expected;
  int year = 0;
  for (const auto& g : scores->groups)
    for (const auto& ind : g.trends.indicators)
      if (ind.indicator.code == "goal_met_share")
        for (const auto& pt : ind.points)
          if (pt.value && pt.round.period_year >= year) {
            year = pt.round.period_year;
            expected = pt.value;
          }
  ASSERT_TRUE(expected) << "the demo has no goal_met_share for the service";

  const auto sp = papp::create_strategic_plan(db, manager, {provider, "Strategie", year, year, "", "", "", {}});
  ASSERT_TRUE(sp) << sp.error().message_key;
  const auto op = papp::create_operational_plan(db, manager, {provider, service, sp->plan.id, year, "Plán"});
  ASSERT_TRUE(op) << op.error().message_key;
  const auto goal = papp::create_goal(db, manager,
                                      {planning::GoalLevel::service,
                                       {},
                                       op->plan.id,
                                       {},
                                       {},
                                       "Cíl převzatý ze srovnávání služeb.",
                                       "T1",
                                       "Více naplněných cílů",
                                       ""});
  ASSERT_TRUE(goal) << goal.error().message_key;
  papp::IndicatorInput in;
  in.name = "Podíl naplněných cílů";
  in.unit = "%";
  in.source = "benchmark";
  in.benchmark_indicator_code = "goal_met_share";
  in.rba = "better_off";
  in.target = *expected + 1;
  const auto indicator = papp::create_indicator(db, manager, goal->goal.id, in);
  ASSERT_TRUE(indicator) << indicator.error().message_key;

  const papp::Period period{std::to_string(year) + "-01-01", std::to_string(year) + "-12-31"};
  const auto draft = papp::evaluation_draft(db, manager, goal->goal.id, period);
  ASSERT_TRUE(draft);
  ASSERT_EQ(draft->size(), 1u);
  ASSERT_TRUE((*draft)[0].value);
  EXPECT_DOUBLE_EQ(*(*draft)[0].value, *expected);
  EXPECT_FALSE((*draft)[0].clients_n.has_value());

  papp::EvaluationInput e;
  e.held_on = std::to_string(year + 1) + "-02-01";
  e.period_from = period.from;
  e.period_to = period.to;
  e.values = {{indicator->id, std::nullopt, ""}};
  const auto recorded = papp::create_evaluation(db, manager, goal->goal.id, e);
  ASSERT_TRUE(recorded) << recorded.error().message_key;
  ASSERT_EQ(recorded->values.size(), 1u);
  EXPECT_DOUBLE_EQ(*recorded->values[0].value.value, *expected);
  EXPECT_EQ(recorded->values[0].on_target, false);

  // Outside the rounds' years there is no value.
  const auto none = papp::evaluation_draft(db, manager, goal->goal.id, papp::Period{"1999-01-01", "1999-12-31"});
  ASSERT_TRUE(none);
  EXPECT_FALSE((*none)[0].value.has_value());
}

}  // namespace
}  // namespace kvalis::testing
