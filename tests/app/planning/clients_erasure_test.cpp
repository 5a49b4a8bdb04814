// Erasure of a client's data on request keeps the aggregates as they were (issue 11 item 7): the outcome of a
// service goal over a period, computed with the planning core (client_outcome, distance, aggregate) over
// each client's latest rating per goal in the period, is the same before and after one client is erased, while
// the client's identity and texts are gone and the erasure is in the activity log. SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include <map>

#include "clients_world.hpp"
#include "planning/app/clients_records.hpp"
#include "planning/app/ladders_instruments.hpp"
#include "planning/app/staff_services.hpp"
#include "planning/core/gas.hpp"
#include "planning/core/ladder.hpp"
#include "planning/core/rollup.hpp"
#include "planning/store/clients_repo.hpp"
#include "planning/store/ladders_repo.hpp"
#include "platform/store/query.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = planning::app;
namespace pstore = planning::store;
using namespace planning_clients;

class ClientsErasureTest : public ::testing::TestWithParam<Backend> {};

// The outcome cell of a service goal over [from, to] from the stored ratings and assessments.
planning::OutcomeCell outcome_of(store::Database& db, long long service_goal, const std::vector<long long>& clients,
                                 const std::string& from, const std::string& to, double rho) {
  std::vector<planning::ClientOutcome> outcomes;
  db.read([&](soci::session& s) {
    const auto goals = pstore::goals_of(s, clients);
    const auto reviews = pstore::reviews_of(s, clients);
    const auto ratings = pstore::ratings_of(s, clients);
    std::map<long long, std::string> held_on;
    for (const auto& r : reviews) held_on[r.id] = r.held_on;
    for (long long client : clients) {
      std::vector<planning::GasItem> items;  // the latest rating of each goal linked to the service goal
      for (const auto& g : goals) {
        if (g.client_id != client || g.service_goal_id != service_goal) continue;
        std::optional<double> latest;
        for (const auto& r : ratings)  // by held_on
          if (r.client_goal_id == g.id && held_on[r.review_id] >= from && held_on[r.review_id] <= to) latest = r.level;
        if (latest) items.push_back({*latest, g.weight});
      }
      if (items.empty()) continue;
      std::optional<double> ladder_change;
      std::vector<pstore::AssessmentRow> in_period;
      for (auto& a : pstore::assessments_of(s, client))
        if (a.assessed_on >= from && a.assessed_on <= to) in_period.push_back(std::move(a));
      if (in_period.size() >= 2) {
        std::vector<planning::LadderValue> first, last;
        for (const auto& [area, v] : in_period.front().values) first.push_back({area, v});
        for (const auto& [area, v] : in_period.back().values) last.push_back({area, v});
        ladder_change = planning::distance(first, last).mean_change;
      }
      outcomes.push_back(planning::client_outcome(client, items, rho, ladder_change));
    }
  });
  return planning::aggregate(outcomes);
}

TEST_P(ClientsErasureTest, KeepsTheAggregatesAndDropsTheIdentity) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = caller_of(w.users.at("manager"), "iq.manazer", w.provider, accounts::Role::manager);
  const auto worker = caller_of(w.users.at("worker1"), "iq.pracovnik1", w.provider, accounts::Role::worker);
  const long long service = w.services[0];
  ASSERT_TRUE(
      papp::put_staff(db, manager, service, {{w.users.at("worker1"), "staff"}, {w.users.at("manager"), "granted"}}));

  papp::LadderInput ladder_in;
  ladder_in.organisation_id = w.provider;
  ladder_in.name = "Cesta ke změně";
  ladder_in.stages = "1-5:Začátek;6-10:Cíl";
  ladder_in.areas = {{std::nullopt, "Bydlení", ""}, {std::nullopt, "Finance", ""}};
  const auto ladder = papp::create_ladder(db, manager, ladder_in);
  ASSERT_TRUE(ladder) << ladder.error().message_key;

  const long long goal = w.goals.at("SG-0-1");
  // Six clients: levels at the first and second review of their two goals (weights 2 and 1).
  const std::vector<std::array<double, 4>> levels{{-1, 0, -2, -1}, {-1, 1, -1, 0}, {-2, -0.5, -1, 2},
                                                  {-1, 2, -2, -3}, {0, 1, -1, -1}, {-1, -1, -1, 0}};
  std::vector<long long> clients;
  long long erased = 0;
  std::string erased_code;
  for (std::size_t i = 0; i < levels.size(); ++i) {
    papp::ClientInput c;
    c.service_id = service;
    c.name = i == 2 ? "Jana Dvořáková" : "";
    c.contract_from = "2025-01-02";
    c.key_worker_user_id = w.users.at("worker1");
    auto created = papp::create_client(db, worker, c);
    ASSERT_TRUE(created) << created.error().message_key << " " << created.error().field;
    const long long id = created->summary.client.id;
    clients.push_back(id);
    std::vector<long long> goal_ids;
    for (int k = 0; k < 2; ++k) {
      papp::ClientGoalInput g;
      g.service_goal_id = goal;
      g.wording = "Cíl " + std::to_string(k) + " klientky";
      g.steps = "Kroky";
      g.level_minus2 = "a";
      g.level_minus1 = "b";
      g.level_0 = "c";
      g.level_plus1 = "d";
      g.level_plus2 = "e";
      g.weight = k == 0 ? 2 : 1;
      g.set_on = "2025-01-10";
      auto added = papp::add_client_goal(db, worker, id, g);
      ASSERT_TRUE(added) << added.error().message_key << " " << added.error().field;
      goal_ids.push_back(added->goals.back().goal.id);
    }
    for (int r = 0; r < 2; ++r) {
      papp::ReviewInput review;
      review.held_on = r == 0 ? "2025-04-10" : "2025-07-10";
      review.what_changed = "Co se změnilo u klientky";
      review.client_view = "Pohled klientky";
      review.participants = "klientka, pracovník";
      review.ratings = {{goal_ids[0], levels[i][static_cast<std::size_t>(r)], "poznámka"},
                        {goal_ids[1], levels[i][static_cast<std::size_t>(2 + r)], ""}};
      ASSERT_TRUE(papp::add_review(db, worker, id, review));
    }
    for (int a = 0; a < 2; ++a) {
      papp::AssessmentInput as;
      as.ladder_id = ladder->ladder.id;
      as.assessed_on = a == 0 ? "2025-02-01" : "2025-08-01";
      as.note = "Poznámka k hodnocení";
      as.values = {{ladder->ladder.areas[0].id, 3 + a * static_cast<int>(i % 3)}, {ladder->ladder.areas[1].id, 4 + a}};
      ASSERT_TRUE(papp::add_assessment(db, worker, id, as));
    }
    if (i == 2) {
      erased = id;
      erased_code = created->summary.client.code;
    }
  }

  const auto before = outcome_of(db, goal, clients, "2025-01-01", "2025-12-31", planning::kDefaultRho);
  ASSERT_EQ(before.clients, 6);
  ASSERT_EQ(before.goals, 12);
  ASSERT_TRUE(before.mean_t && before.sd_t && before.mean_ladder_change);
  const auto detail_before = papp::get_client(db, worker, erased);
  ASSERT_TRUE(detail_before);

  // A worker may not erase; a wrong confirmation changes nothing.
  EXPECT_EQ(papp::erase_client(db, worker, erased, erased_code).error().code, ErrorCode::forbidden);
  EXPECT_EQ(papp::erase_client(db, manager, erased, "K-9999").error().field, "confirm_code");
  auto done = papp::erase_client(db, manager, erased, erased_code);
  ASSERT_TRUE(done) << done.error().message_key;

  const auto after = outcome_of(db, goal, clients, "2025-01-01", "2025-12-31", planning::kDefaultRho);
  EXPECT_EQ(after.clients, before.clients);
  EXPECT_EQ(after.goals, before.goals);
  EXPECT_EQ(after.attained, before.attained);
  EXPECT_EQ(after.share_attained, before.share_attained);
  EXPECT_EQ(after.mean_t, before.mean_t);
  EXPECT_EQ(after.sd_t, before.sd_t);
  EXPECT_EQ(after.mean_ladder_change, before.mean_ladder_change);
  EXPECT_EQ(after.ladder_clients, before.ladder_clients);

  // The identity and every text are gone; weights, links, dates and the T per review stay.
  const auto& c = done->summary.client;
  EXPECT_EQ(c.state, "erased");
  EXPECT_EQ(c.name, "");
  EXPECT_NE(c.code, erased_code);
  EXPECT_EQ(c.contract_from, "2025-01-02");
  ASSERT_EQ(done->goals.size(), 2u);
  for (std::size_t k = 0; k < done->goals.size(); ++k) {
    const auto& g = done->goals[k].goal;
    EXPECT_EQ(g.wording, "");
    EXPECT_EQ(g.steps, "");
    EXPECT_EQ(g.level_0, "");
    EXPECT_EQ(g.service_goal_id, goal);
    EXPECT_EQ(g.weight, detail_before->goals[k].goal.weight);
    EXPECT_EQ(g.set_on, "2025-01-10");
  }
  ASSERT_EQ(done->reviews.size(), 2u);
  for (std::size_t r = 0; r < done->reviews.size(); ++r) {
    EXPECT_EQ(done->reviews[r].review.what_changed, "");
    EXPECT_EQ(done->reviews[r].review.client_view, "");
    EXPECT_EQ(done->reviews[r].review.participants, "");
    EXPECT_EQ(done->reviews[r].t, detail_before->reviews[r].t);
    for (const auto& x : done->reviews[r].ratings) EXPECT_EQ(x.note, "");
  }
  for (const auto& a : done->ladders.at(0).assessments) EXPECT_EQ(a.note, "");

  // Erased once, changed never again; the erasure and the reads are in the activity log.
  EXPECT_EQ(papp::erase_client(db, manager, erased, c.code).error().code, ErrorCode::conflict);
  papp::ReviewInput late;
  late.held_on = "2025-10-01";
  EXPECT_EQ(papp::add_review(db, worker, erased, late).error().code, ErrorCode::conflict);
  db.read([&](soci::session& s) {
    store::Filter f;
    f.add("action = ? AND entity_id = ?", {std::string("planning.client.erase"), std::to_string(erased)});
    EXPECT_EQ(store::count_rows(s, "SELECT COUNT(*) FROM audit_log" + f.where(), f), 1);
    store::Filter r;
    r.add("action = ? AND entity_id = ?", {std::string("planning.client.read"), std::to_string(erased)});
    EXPECT_EQ(store::count_rows(s, "SELECT COUNT(*) FROM audit_log" + r.where(), r), 1);
    store::Filter code;
    code.add("code = ?", {erased_code});
    EXPECT_EQ(store::count_rows(s, "SELECT COUNT(*) FROM pl_clients" + code.where(), code), 0);
  });
}

TEST_P(ClientsErasureTest, OnlyTheServiceStaffReadARecord) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto manager = caller_of(w.users.at("manager"), "iq.manazer", w.provider, accounts::Role::manager);
  const auto worker1 = caller_of(w.users.at("worker1"), "iq.pracovnik1", w.provider, accounts::Role::worker);
  const auto worker2 = caller_of(w.users.at("worker2"), "iq.pracovnik2", w.provider, accounts::Role::worker);
  const auto evaluator = caller_of(w.users.at("evaluator"), "hodnotitel", w.provider, accounts::Role::evaluator);
  const auto other = caller_of(w.users.at("other"), "cizi.pracovnik", w.other_provider, accounts::Role::worker);
  auto region = caller_of(w.users.at("manager"), "kraj", w.region, accounts::Role::manager);
  region.principal.memberships[0].organisation_type = accounts::OrganisationType::region;
  const auto admin = accounts::system_caller(0, "admin");
  ASSERT_TRUE(papp::put_staff(db, manager, w.services[0], {{w.users.at("worker1"), "staff"}}));
  ASSERT_TRUE(papp::put_staff(db, manager, w.services[1], {{w.users.at("worker2"), "staff"}}));
  papp::ClientInput c;
  c.service_id = w.services[0];
  c.contract_from = "2025-03-01";
  c.key_worker_user_id = w.users.at("worker1");
  const auto created = papp::create_client(db, worker1, c);
  ASSERT_TRUE(created);
  const long long id = created->summary.client.id;
  EXPECT_EQ(created->summary.client.code, "K-0001");

  EXPECT_TRUE(papp::get_client(db, worker1, id));
  const std::vector<const accounts::Caller*> outsiders{&worker2, &manager, &evaluator, &other, &region, &admin};
  for (const auto* who : outsiders) {
    const auto r = papp::get_client(db, *who, id);
    ASSERT_FALSE(r) << who->principal.login;
    EXPECT_EQ(r.error().code, ErrorCode::not_found) << who->principal.login;
    const auto list = papp::list_clients(db, *who, {});
    ASSERT_TRUE(list);
    EXPECT_TRUE(list->empty()) << who->principal.login;
  }
  // Granting the manager access opens the record to them.
  ASSERT_TRUE(papp::put_staff(db, manager, w.services[0],
                              {{w.users.at("worker1"), "staff"}, {w.users.at("manager"), "granted"}}));
  const auto granted = papp::get_client(db, manager, id);
  ASSERT_TRUE(granted);
  EXPECT_TRUE(granted->can_erase);
  // The key worker cannot leave the staff while they are key worker of a client there.
  EXPECT_EQ(papp::put_staff(db, manager, w.services[0], {{w.users.at("manager"), "granted"}}).error().code,
            ErrorCode::conflict);
  // Another provider's worker cannot be on the staff.
  EXPECT_EQ(papp::put_staff(db, manager, w.services[0], {{w.users.at("other"), "staff"}}).error().field,
            "staff[0].user_id");
}

INSTANTIATE_TEST_SUITE_P(Backends, ClientsErasureTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
