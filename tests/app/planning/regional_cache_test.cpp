// The national roll-up's cache of scanned rows (planning/app/regional_outcomes.hpp) on SQLite and PostgreSQL:
// every planning write that can change outcomes bumps the "planning" data version in its transaction (reviews,
// client goals, clients incl. erasure, ladder assessments and instruments, the provider's GAS ρ, goals,
// closing and deriving a plan), and the regional use case rescans exactly when the version changed, so a
// write is seen by the next read while repeated reads take the rows from the cache.
#include <gtest/gtest.h>

#include <functional>

#include "clients_world.hpp"
#include "planning/app/clients_records.hpp"
#include "planning/app/ladders_instruments.hpp"
#include "planning/app/plans.hpp"
#include "planning/app/regional_outcomes.hpp"
#include "planning/app/staff_services.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/data_versions.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = planning::app;
using namespace planning_clients;
using planning::Carry;
using planning::EvaluationResult;
using planning::GoalLevel;

class RegionalCacheTest : public ::testing::TestWithParam<Backend> {};

long long planning_version(store::Database& db) {
  return db.read([](soci::session& s) { return store::data_versions::get(s, "planning"); });
}

accounts::Caller region_staff(long long region_org) {
  accounts::Caller c;
  c.principal.user_id = 9001;
  c.principal.login = "kraj";
  c.principal.memberships.push_back(
      {region_org, accounts::OrganisationType::region, accounts::Role::manager, "", "86", ""});
  return c;
}

papp::ClientGoalInput goal_input(long long service_goal, double weight) {
  papp::ClientGoalInput g;
  g.service_goal_id = service_goal;
  g.wording = "Najít stabilní bydlení";
  g.level_minus2 = "a";
  g.level_minus1 = "b";
  g.level_0 = "c";
  g.level_plus1 = "d";
  g.level_plus2 = "e";
  g.weight = weight;
  g.set_on = "2025-01-10";
  return g;
}

TEST_P(RegionalCacheTest, EveryOutcomeWriteBumpsThePlanningVersion) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = caller_of(w.users.at("manager"), "iq.manazer", w.provider, accounts::Role::manager);
  const auto worker = caller_of(w.users.at("worker1"), "iq.pracovnik1", w.provider, accounts::Role::worker);
  const long long service = w.services[0];
  ASSERT_TRUE(
      papp::put_staff(db, manager, service, {{w.users.at("worker1"), "staff"}, {w.users.at("manager"), "granted"}}));

  // Each write runs once and must leave the version higher than before.
  const auto bumps = [&](const std::string& what, const std::function<bool()>& write) {
    const long long before = planning_version(db);
    EXPECT_TRUE(write()) << what;
    EXPECT_GT(planning_version(db), before) << what;
  };
  long long client = 0, client_goal = 0, ladder = 0, area = 0;
  bumps("client create", [&] {
    papp::ClientInput c;
    c.service_id = service;
    c.contract_from = "2025-01-02";
    c.key_worker_user_id = w.users.at("worker1");
    auto r = papp::create_client(db, worker, c);
    if (r) client = r->summary.client.id;
    return r ? true : false;
  });
  bumps("client update (state)", [&] {
    papp::ClientInput c;
    c.service_id = service;
    c.contract_from = "2025-01-05";
    c.key_worker_user_id = w.users.at("worker1");
    c.state = "active";
    return papp::update_client(db, worker, client, c) ? true : false;
  });
  bumps("client goal create", [&] {
    auto r = papp::add_client_goal(db, worker, client, goal_input(w.goals.at("SG-0-1"), 1));
    if (r) client_goal = r->goals.back().goal.id;
    return r ? true : false;
  });
  bumps("client goal weight and link", [&] {
    return papp::update_client_goal(db, worker, client_goal, goal_input(w.goals.at("SG-0-2"), 2)) ? true : false;
  });
  bumps("review with ratings", [&] {
    papp::ReviewInput review;
    review.held_on = "2025-04-10";
    review.ratings = {{client_goal, 1, ""}};
    return papp::add_review(db, worker, client, review) ? true : false;
  });
  bumps("ladder update", [&] {
    papp::LadderInput in;
    in.organisation_id = w.provider;
    in.name = "Cesta ke změně";
    in.stages = "1-5:Začátek;6-10:Cíl";
    in.areas = {{std::nullopt, "Bydlení", ""}};
    auto created = papp::create_ladder(db, manager, in);
    if (!created) return false;
    ladder = created->ladder.id;
    area = created->ladder.areas.at(0).id;
    in.areas = {{area, "Bydlení a domov", ""}};
    return papp::update_ladder(db, manager, ladder, in) ? true : false;
  });
  bumps("ladder assessment", [&] {
    papp::AssessmentInput a;
    a.ladder_id = ladder;
    a.assessed_on = "2025-02-01";
    a.values = {{area, 4}};
    return papp::add_assessment(db, worker, client, a) ? true : false;
  });
  bumps("GAS rho", [&] { return papp::set_gas_rho(db, manager, w.provider, 0.2) ? true : false; });

  long long op_plan = 0, goal = 0;
  const auto sp = papp::create_strategic_plan(db, manager, {w.provider, "Strategie", 2025, 2027, "", "", "", {}});
  ASSERT_TRUE(sp);
  const auto op = papp::create_operational_plan(db, manager, {w.provider, service, sp->plan.id, 2025, "Plán 2025"});
  ASSERT_TRUE(op);
  op_plan = op->plan.id;
  bumps("goal create", [&] {
    auto r = papp::create_goal(db, manager, {GoalLevel::service, {}, op_plan, {}, {}, "Bez vazby.", "G", "Cíl", ""});
    if (r) goal = r->goal.id;
    return r ? true : false;
  });
  bumps("goal update", [&] {
    return papp::update_goal(db, manager, goal,
                             {GoalLevel::service, {}, {}, service, {}, "Bez vazby.", "G", "Jinak", ""})
               ? true
               : false;
  });
  bumps("goal delete", [&] {
    auto spare =
        papp::create_goal(db, manager, {GoalLevel::service, {}, op_plan, {}, {}, "Bez vazby.", "H", "Navíc", ""});
    return spare && papp::delete_goal(db, manager, spare->goal.id) ? true : false;
  });
  bumps("close", [&] {
    return papp::close_operational_plan(db, manager, op_plan, {"2026-01-15", {{goal, EvaluationResult::met, "", {}}}})
               ? true
               : false;
  });
  bumps("derive (carry)", [&] {
    return papp::derive_operational_plan(db, manager, op_plan,
                                         {2026, "Plán 2026", {{goal, Carry::carry_over, "Pokračujeme.", {}, {}}}})
               ? true
               : false;
  });
  bumps("client erase", [&] {
    const auto detail = papp::get_client(db, worker, client);
    return detail && papp::erase_client(db, manager, client, detail->summary.client.code) ? true : false;
  });

  // A read changes nothing.
  const long long before = planning_version(db);
  ASSERT_TRUE(papp::get_client(db, worker, client));
  EXPECT_EQ(planning_version(db), before);
}

TEST_P(RegionalCacheTest, RescansOnlyWhenTheVersionChanged) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = caller_of(w.users.at("manager"), "iq.manazer", w.provider, accounts::Role::manager);
  const auto worker = caller_of(w.users.at("worker1"), "iq.pracovnik1", w.provider, accounts::Role::worker);
  const long long service = w.services[0];
  ASSERT_TRUE(papp::put_staff(db, manager, service, {{w.users.at("worker1"), "staff"}}));
  const store::catalogue_repo::Catalogues catalogues(
      db.read([](soci::session& s) { return store::catalogue_repo::load_all(s); }), "2026-11-24");

  // Five clients, each with one goal rated -1 (the first one with a second goal rated +1): one cell (region 86,
  // kind 30) of five clients, one of six goals attained.
  std::vector<std::pair<long long, long long>> clients;  // client, its goal
  for (int i = 0; i < 5; ++i) {
    papp::ClientInput c;
    c.service_id = service;
    c.contract_from = "2025-01-02";
    c.key_worker_user_id = w.users.at("worker1");
    auto created = papp::create_client(db, worker, c);
    ASSERT_TRUE(created);
    auto g = papp::add_client_goal(db, worker, created->summary.client.id, goal_input(w.goals.at("SG-0-1"), 1));
    ASSERT_TRUE(g);
    clients.emplace_back(created->summary.client.id, g->goals.back().goal.id);
    papp::ReviewInput review;
    review.held_on = "2025-04-10";
    review.ratings = {{clients.back().second, -1, ""}};
    if (i == 0) {  // the first client has a second goal, attained: its T depends on ρ
      auto second = papp::add_client_goal(db, worker, created->summary.client.id, goal_input(w.goals.at("SG-0-2"), 1));
      ASSERT_TRUE(second);
      review.ratings.push_back({second->goals.back().goal.id, 1, ""});
    }
    ASSERT_TRUE(papp::add_review(db, worker, clients.back().first, review));
  }

  papp::ScanCache cache(2);
  const auto region = region_staff(w.region);
  const papp::RegionalQuery year{"2025-01-01", "2025-12-31", "", ""};
  const auto read = [&](const papp::RegionalQuery& q) {
    auto rows = papp::regional_outcomes(db, region, catalogues, q, 1, &cache);
    EXPECT_TRUE(rows);
    return rows ? *rows : std::vector<papp::RegionalRow>{};
  };
  const auto first = read(year);
  ASSERT_EQ(first.size(), 1u);
  EXPECT_EQ(first[0].kind_code, "30");
  EXPECT_EQ(first[0].cell.clients, 5);
  EXPECT_EQ(first[0].cell.goals, 6);
  EXPECT_EQ(first[0].cell.attained, 1);
  EXPECT_EQ(cache.scans(), 1);
  const auto second = read(year);
  EXPECT_EQ(cache.scans(), 1);  // from the cache
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].cell.clients, 5);
  EXPECT_EQ(second[0].cell.mean_t, first[0].cell.mean_t);

  // A later review attains two more goals: the next read scans again and counts them.
  for (int i = 0; i < 2; ++i) {
    papp::ReviewInput review;
    review.held_on = "2025-09-10";
    review.ratings = {{clients[static_cast<std::size_t>(i)].second, 1, ""}};
    ASSERT_TRUE(papp::add_review(db, worker, clients[static_cast<std::size_t>(i)].first, review));
  }
  const auto third = read(year);
  EXPECT_EQ(cache.scans(), 2);
  ASSERT_EQ(third.size(), 1u);
  EXPECT_EQ(third[0].cell.attained, 3);
  ASSERT_TRUE(third[0].cell.share_attained);
  EXPECT_DOUBLE_EQ(*third[0].cell.share_attained, 0.5);

  // A provider's ρ changes T without touching a rating.
  ASSERT_TRUE(papp::set_gas_rho(db, manager, w.provider, 0.0));
  const auto fourth = read(year);
  EXPECT_EQ(cache.scans(), 3);
  ASSERT_EQ(fourth.size(), 1u);
  EXPECT_NE(fourth[0].cell.mean_t, third[0].cell.mean_t);

  // Bounded, least recently used out: two other periods push the year out.
  read({"2025-01-01", "2025-06-30", "", ""});
  read({"2025-07-01", "2025-12-31", "", ""});
  EXPECT_EQ(cache.scans(), 5);
  EXPECT_EQ(cache.size(), 2u);
  read(year);
  EXPECT_EQ(cache.scans(), 6);
  read({"2025-07-01", "2025-12-31", "", ""});
  EXPECT_EQ(cache.scans(), 6);
}

INSTANTIATE_TEST_SUITE_P(Databases, RegionalCacheTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
