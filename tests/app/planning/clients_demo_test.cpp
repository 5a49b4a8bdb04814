// Stage B of the planning demo (src/demo/planning_clients_demo.cpp) on a provider, services, users and 2025
// service goals this test writes itself (stage A is the plans part's): 60 clients with 1–3 personal goals,
// every GAS level described, links or reasons, reviews with allowed levels that mostly improve, the ladder
// instrument with 2–4 assessments for a third of the clients, reviews due and overdue today; a second run
// writes nothing more. SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <map>

#include "clients_world.hpp"
#include "demo/planning_demo.hpp"
#include "planning/app/clients_records.hpp"
#include "planning/core/gas.hpp"
#include "planning/store/clients_repo.hpp"
#include "platform/store/query.hpp"
#include "platform/store/row.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = planning::app;
namespace pstore = planning::store;
using namespace planning_clients;

class ClientsDemoTest : public ::testing::TestWithParam<Backend> {};

long long count(store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) { return store::count_rows(s, sql, store::Filter{}); });
}

TEST_P(ClientsDemoTest, WritesIndividualPlansThroughTheUseCases) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  demo::PlanningDemo plans;
  plans.provider_id = w.provider;
  plans.service_ids = w.services;
  plans.key_worker_user_ids = {w.users.at("worker1"), w.users.at("worker2"), w.users.at("worker3")};
  plans.manager_user_id = w.users.at("manager");
  plans.evaluator_user_id = w.users.at("evaluator");
  plans.service_goals_2025 = w.goals;

  const auto summary =
      db.write([&](soci::session& s) { return demo::write_planning_demo_clients(s, demo::DemoContext{}, plans); });
  EXPECT_EQ(summary.clients, 60);
  EXPECT_EQ(summary.goals, 120);  // 1, 2 and 3 goals in turn
  EXPECT_GT(summary.reviews, 300);
  EXPECT_GT(summary.ladder_assessments, 40);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pl_clients"), 60);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pl_client_goals"), summary.goals);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pl_reviews"), summary.reviews);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pl_goal_ratings"), summary.ratings);
  EXPECT_GE(count(db, "SELECT COUNT(*) FROM pl_clients WHERE name <> ''"), 5);
  EXPECT_EQ(count(db,
                  "SELECT COUNT(*) FROM pl_client_goals WHERE level_minus2 = '' OR level_minus1 = '' OR "
                  "level_0 = '' OR level_plus1 = '' OR level_plus2 = ''"),
            0);
  const long long unlinked = count(db, "SELECT COUNT(*) FROM pl_client_goals WHERE service_goal_id IS NULL");
  EXPECT_GT(unlinked, 0);
  EXPECT_LT(unlinked, summary.goals / 4);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pl_client_goals WHERE service_goal_id IS NULL AND unlinked_reason = ''"),
            0);
  // Each service's clients link only to that service's goals.
  EXPECT_EQ(count(db,
                  "SELECT COUNT(*) FROM pl_client_goals g JOIN pl_clients c ON c.id = g.client_id JOIN pl_goals sg "
                  "ON sg.id = g.service_goal_id WHERE sg.service_id <> c.service_id"),
            0);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pl_ladders"), 1);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pl_ladder_areas"), 8);
  EXPECT_EQ(count(db,
                  "SELECT COUNT(*) FROM (SELECT client_id FROM pl_ladder_assessments GROUP BY client_id "
                  "HAVING COUNT(*) < 2 OR COUNT(*) > 4) x"),
            0);

  // Allowed levels only; most goals end higher than they started.
  std::map<long long, std::vector<double>> by_goal;
  db.read([&](soci::session& s) {
    store::for_each_row(
        s,
        "SELECT r.client_goal_id, r.level FROM pl_goal_ratings r JOIN pl_reviews v ON v.id = r.review_id "
        "ORDER BY v.held_on, v.id",
        store::Filter{}, [&](const soci::row& r) { by_goal[store::as_ll(r, 0)].push_back(store::as_double(r, 1)); });
  });
  int improved = 0, rated = 0;
  for (const auto& [goal, levels] : by_goal) {
    for (double l : levels) EXPECT_TRUE(planning::is_gas_level(l)) << l;
    ++rated;
    if (planning::reported_level(levels.back()) > planning::reported_level(levels.front())) ++improved;
  }
  EXPECT_EQ(rated, summary.goals);
  EXPECT_GT(improved * 2, rated);

  // Reviews due soon and overdue today, as each key worker sees them.
  int due_soon = 0, overdue = 0;
  for (int i = 1; i <= 3; ++i) {
    const auto kw = caller_of(w.users.at("worker" + std::to_string(i)), "iq.pracovnik" + std::to_string(i), w.provider,
                              accounts::Role::worker);
    const auto due = papp::due_reviews(db, kw, true, std::nullopt);
    ASSERT_TRUE(due);
    EXPECT_FALSE(due->empty()) << kw.principal.login;
    for (const auto& d : *due) {
      EXPECT_EQ(d.key_worker_user_id, kw.principal.user_id);
      (d.state == planning::DueState::overdue ? overdue : due_soon)++;
    }
  }
  EXPECT_GE(overdue, 3);
  EXPECT_GT(due_soon, 0);
  // The evaluator sees no client.
  const auto evaluator = caller_of(w.users.at("evaluator"), "hodnotitel", w.provider, accounts::Role::evaluator);
  EXPECT_TRUE(papp::list_clients(db, evaluator, {})->empty());

  // Again: nothing more.
  const auto again =
      db.write([&](soci::session& s) { return demo::write_planning_demo_clients(s, demo::DemoContext{}, plans); });
  EXPECT_EQ(again.clients, 0);
  EXPECT_EQ(count(db, "SELECT COUNT(*) FROM pl_clients"), 60);
}

INSTANTIATE_TEST_SUITE_P(Backends, ClientsDemoTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
