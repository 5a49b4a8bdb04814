// SPRSS indicators taken from benchmarking and planning (network/app/sprss_actuals.hpp through sprss_plans.hpp):
// on the demo region with its benchmark groups, an indicator of the working group "Pečovatelská služba" gets per
// year of the plan the median of the group's values in the round of that year (locked rounds final, the open one
// preliminary), the same for a municipality reading the plan; a planning indicator gets the value of the latest
// evaluation of a period ending in each year (a closing evaluation held in January counts for the year before);
// a value typed at the action plan's evaluation is listed beside the source's; the source must be of the
// plan's region and the indicator of the group's methodology.
#include <gtest/gtest.h>

#include <algorithm>

#include "accounts/core/caller.hpp"
#include "benchmark/app/groups.hpp"
#include "benchmark/app/rounds.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "network/app/sprss_plans.hpp"
#include "planning/app/plans.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace napp = network::app;
namespace papp = planning::app;

accounts::Caller member(long long user, long long org, accounts::OrganisationType type, accounts::Role role) {
  accounts::Caller c;
  c.principal.user_id = user;
  c.principal.login = "test" + std::to_string(user);
  accounts::Membership m;
  m.organisation_id = org;
  m.organisation_type = type;
  m.role = role;
  m.region_code = "86";
  c.principal.memberships.push_back(m);
  return c;
}

// The median of the values of an indicator code in a round, computed here from the round's stored scores.
std::optional<double> median_of(store::Database& db, long long round_id, const std::string& code) {
  auto lines =
      db.read([&](soci::session& s) { return benchmark::app::round_scores(s, accounts::system_caller(), round_id); });
  if (!lines) return std::nullopt;
  std::vector<double> v;
  for (const auto& l : *lines)
    if (l.indicator.code == code && l.value) v.push_back(*l.value);
  if (v.empty()) return std::nullopt;
  std::sort(v.begin(), v.end());
  const std::size_t n = v.size();
  return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

const napp::SourceActual* actual_of(const napp::IndicatorView& v, int year, const std::string& source) {
  for (const auto& a : v.actuals)
    if (a.year == year && a.source == source) return &a;
  return nullptr;
}

class SprssSourceActualsTest : public ::testing::TestWithParam<Backend> {};

TEST_P(SprssSourceActualsTest, BenchmarkAndPlanningActualsPerYear) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto demo_region = demo::build_demo_region();
  const auto ctx = db.write([&](soci::session& s) {
    auto c = demo::write_demo_region(s, demo_region, kvalis::store::now_epoch());
    demo::write_benchmark_demo(s, demo_region, c);
    return c;
  });
  using T = accounts::OrganisationType;
  using R = accounts::Role;
  const auto region = member(ctx.users.at("kraj.referent"), ctx.region_id, T::region, R::manager);
  const auto municipality = member(ctx.users.at("ospod.vedouci"), ctx.ospod_id, T::municipality, R::manager);
  const long long provider = ctx.providers.at("charita-kladske-pomezi");
  const auto provider_manager = member(ctx.users.at("poskytovatel.manazer"), provider, T::provider, R::manager);

  // the working group and its rounds of 2023–2025 as the benchmark module has them
  long long group = 0;
  std::map<int, benchmark::app::repo::RoundRow> rounds;
  db.read([&](soci::session& s) {
    const auto groups = benchmark::app::list_groups(s, accounts::system_caller(), 200, 0);
    if (groups)
      for (const auto& g : groups->items)
        if (g.group.name == "Pečovatelská služba") group = g.group.id;
    const auto list = benchmark::app::list_rounds(s, accounts::system_caller(), group);
    if (list)
      for (const auto& r : *list) rounds[r.period_year] = r;
    return 0;
  });
  ASSERT_GT(group, 0);
  ASSERT_EQ(rounds.count(2023) + rounds.count(2024) + rounds.count(2025), 3u);

  // a planning indicator of the provider's plan, evaluated for 2023 (twice: the closing one in January 2024) and 2024
  const auto sp =
      papp::create_strategic_plan(db, provider_manager, {provider, "Strategie", 2023, 2025, "", "", "", {}});
  ASSERT_TRUE(sp) << sp.error().message_key;
  papp::GoalInput gi;
  gi.level = planning::GoalLevel::strategic;
  gi.strategic_plan_id = sp->plan.id;
  gi.code = "S1";
  gi.title = "Rodiny si udrží bydlení";
  const auto goal = papp::create_goal(db, provider_manager, gi);
  ASSERT_TRUE(goal) << goal.error().message_key;
  papp::IndicatorInput pi;
  pi.name = "Rodiny, které si udržely bydlení";
  pi.unit = "rodin";
  pi.source = "manual";
  pi.rba = "better_off";
  pi.target = 40;
  const auto pl = papp::create_indicator(db, provider_manager, goal->goal.id, pi);
  ASSERT_TRUE(pl) << pl.error().message_key;
  for (const auto& [held, from, to, value] : {std::tuple{"2023-07-01", "2023-01-01", "2023-06-30", 20.0},
                                              std::tuple{"2024-01-20", "2023-01-01", "2023-12-31", 31.0},
                                              std::tuple{"2024-12-10", "2024-01-01", "2024-12-31", 35.0}}) {
    papp::EvaluationInput e;
    e.held_on = held;
    e.period_from = from;
    e.period_to = to;
    e.values = {{pl->id, value, ""}};
    const auto r = papp::create_evaluation(db, provider_manager, goal->goal.id, e);
    ASSERT_TRUE(r) << held << " " << r.error().message_key << " " << r.error().field;
  }

  napp::PlanInput in{"SPRSS 2023–2025", 2023, 2025, "", "", {}};
  const auto plan = napp::create_plan(db, region, "", in);
  ASSERT_TRUE(plan) << plan.error().message_key;
  napp::NodeInput ni;
  ni.level = "priority";
  ni.title = "Dostupnost";
  const auto node = napp::add_node(db, region, plan->plan.id, ni);
  ASSERT_TRUE(node);

  napp::IndicatorInput bm;
  bm.source = "benchmark";
  bm.bm_group_id = group;
  bm.bm_indicator_code = "clients_per_fte_direct";
  bm.name = "Klienti na úvazek přímé péče";
  bm.years = {{2023, 10.0, std::nullopt}, {2024, 11.0, 12.5}};
  const auto bm_view = napp::add_indicator(db, region, node->node.id, bm);
  ASSERT_TRUE(bm_view) << bm_view.error().message_key << " " << bm_view.error().field;
  EXPECT_EQ(bm_view->source_name, "Pečovatelská služba");
  EXPECT_EQ(bm_view->source_indicator_name, "Klienti na úvazek přímé péče");

  napp::IndicatorInput pl_in;
  pl_in.source = "planning";
  pl_in.pl_indicator_id = pl->id;
  pl_in.name = "Rodiny, které si udržely bydlení";
  pl_in.years = {{2023, 30.0, std::nullopt}, {2024, 36.0, std::nullopt}};
  const auto pl_view = napp::add_indicator(db, region, node->node.id, pl_in);
  ASSERT_TRUE(pl_view) << pl_view.error().message_key << " " << pl_view.error().field;
  EXPECT_EQ(pl_view->source_indicator_name, "Rodiny, které si udržely bydlení");

  // errors name the field: a group of the region and an indicator of its methodology
  auto wrong = bm;
  wrong.bm_indicator_code = "no_such_indicator";
  EXPECT_EQ(napp::add_indicator(db, region, node->node.id, wrong).error().field, "bm_indicator_code");
  wrong = bm;
  wrong.bm_group_id = group + 1000;
  EXPECT_EQ(napp::add_indicator(db, region, node->node.id, wrong).error().field, "bm_group_id");

  // the region reads the plan; the municipality once it is sent for comments
  ASSERT_TRUE(napp::send_plan(db, region, plan->plan.id, "2099-12-31", "2025-01-01"));
  for (const auto& reader : {region, municipality}) {
    const auto detail = napp::get_plan(db, reader, plan->plan.id);
    ASSERT_TRUE(detail) << detail.error().message_key;
    ASSERT_EQ(detail->nodes.size(), 1u);
    ASSERT_EQ(detail->nodes[0].indicators.size(), 2u);
    const auto& b = detail->nodes[0].indicators[0];
    for (int year : {2023, 2024, 2025}) {
      const auto* a = actual_of(b, year, "benchmark");
      ASSERT_NE(a, nullptr) << year;
      const auto expected = median_of(db, rounds.at(year).id, "clients_per_fte_direct");
      ASSERT_TRUE(expected && a->value) << year;
      EXPECT_NEAR(*a->value, *expected, 1e-9) << year;
      EXPECT_FALSE(a->suppressed);
      EXPECT_GE(a->n.value_or(0), 3);
      EXPECT_EQ(a->detail, rounds.at(year).name);
      EXPECT_EQ(a->preliminary, year == 2025) << year;  // the home care round of 2025 is still open
    }
    // the value typed at the evaluation stays beside the source's
    const auto* manual = actual_of(b, 2024, "manual");
    ASSERT_NE(manual, nullptr);
    EXPECT_EQ(manual->value, 12.5);

    const auto& p = detail->nodes[0].indicators[1];
    const auto* p2023 = actual_of(p, 2023, "planning");
    const auto* p2024 = actual_of(p, 2024, "planning");
    ASSERT_NE(p2023, nullptr);
    ASSERT_NE(p2024, nullptr);
    EXPECT_EQ(p2023->value, 31.0);  // the closing evaluation of 2023, held in January 2024
    EXPECT_EQ(p2023->detail, "2024-01-20");
    EXPECT_EQ(p2024->value, 35.0);
    EXPECT_EQ(actual_of(p, 2025, "planning"), nullptr);
  }

  // editing keeps the source unless it is changed
  auto keep = bm;
  keep.name = "Klienti na úvazek (medián)";
  const auto kept = napp::update_indicator(db, region, bm_view->indicator.id, keep);
  ASSERT_TRUE(kept) << kept.error().message_key;
  EXPECT_EQ(kept->indicator.source, "benchmark");
  EXPECT_EQ(kept->indicator.bm_group_id, group);
  EXPECT_EQ(actual_of(*kept, 2023, "benchmark") != nullptr, true);
}

INSTANTIATE_TEST_SUITE_P(Backends, SprssSourceActualsTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
