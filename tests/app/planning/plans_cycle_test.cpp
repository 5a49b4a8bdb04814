// The planning chain's use cases (planning/app/plans.hpp) on SQLite and PostgreSQL: the plan cycle carries
// client outcomes along the origin chain (a goal carried or revised keeps the ratings of its predecessor), a
// strategic goal's cell counts a client once although the goal was carried into the next year, dropping an
// objective leaves its carried service goal "not linked" with the reason, suppression follows the staff of
// the service, a closed plan refuses changes, and who may read and manage (plan_access) holds in the use
// cases.
#include <gtest/gtest.h>

#include <cmath>
#include <map>

#include "accounts/core/caller.hpp"
#include "planning/app/plans.hpp"
#include "planning/core/gas.hpp"
#include "registry/store/registry_repo.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace papp = planning::app;
using planning::Carry;
using planning::EvaluationResult;
using planning::GoalLevel;

class PlansCycleTest : public ::testing::TestWithParam<Backend> {};

struct World {
  long long provider = 0, other = 0, region = 0, service = 0;
  long long manager_id = 0, worker_id = 0;
};

long long add_org(soci::session& s, const std::string& type, const std::string& name, const std::string& region) {
  store::registry_repo::OrganisationRow o;
  o.type = type;
  o.name = name;
  o.region_code = region;
  return store::registry_repo::insert_organisation(s, o, "manual");
}

long long add_user(soci::session& s, const std::string& login) {
  long long id = 0;
  s << "INSERT INTO users (login, display_name, password_hash, created_at) VALUES (:l, :d, 'x', 0) "
       "RETURNING id",
      soci::use(login), soci::use(login), soci::into(id);
  return id;
}

World make_world(kvalis::store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.provider = add_org(s, "provider", "Romano Drom Hradec, z. s.", "86");
    w.other = add_org(s, "provider", "Jiný poskytovatel", "53");
    w.region = add_org(s, "region", "Královéhradecký kraj", "86");
    store::registry_repo::RegistryWriter writer(s, 1000, "test");
    registry::Service svc;
    svc.registry_id = "7000001";
    svc.name = "Sociálně aktivizační služby pro rodiny s dětmi";
    svc.kind_code = "28";
    svc.region_code = "86";
    svc.territories = {"5205"};
    svc.forms = {{"ter", true, {{20, "klient", ""}}}};
    w.service = writer.service(w.provider, svc);
    w.manager_id = add_user(s, "manazer");
    w.worker_id = add_user(s, "pracovnik");
  });
  return w;
}

accounts::Caller member(long long user_id, long long org, accounts::OrganisationType type, accounts::Role role,
                        const std::string& region) {
  accounts::Caller c;
  c.principal.user_id = user_id;
  c.principal.login = "u" + std::to_string(user_id);
  accounts::Membership m;
  m.organisation_id = org;
  m.organisation_type = type;
  m.role = role;
  m.region_code = region;
  c.principal.memberships.push_back(m);
  return c;
}

// `n` clients of the service, each with one personal goal linked to `goal` rated `level` on held_on.
void add_clients(kvalis::store::Database& db, const World& w, long long goal, int n, double level,
                 const std::string& held_on, long long first_id) {
  db.write([&](soci::session& s) {
    for (int i = 0; i < n; ++i) {
      const long long id = first_id + i;
      const std::string code = "K-" + std::to_string(id);
      s << "INSERT INTO pl_clients (id, organisation_id, service_id, code, contract_from, created_at, updated_at) "
           "VALUES (:id, :o, :s, :c, '2024-01-01', 0, 0)",
          soci::use(id), soci::use(w.provider), soci::use(w.service), soci::use(code);
      s << "INSERT INTO pl_client_goals (id, client_id, service_goal_id, wording, weight, set_on, created_at, "
           "updated_at) VALUES (:id, :c, :g, 'Osobní cíl', 1, '2024-12-01', 0, 0)",
          soci::use(id), soci::use(id), soci::use(goal);
      s << "INSERT INTO pl_reviews (id, client_id, held_on, created_at) VALUES (:id, :c, :h, 0)", soci::use(id),
          soci::use(id), soci::use(held_on);
      s << "INSERT INTO pl_goal_ratings (review_id, client_goal_id, level) VALUES (:r, :g, :l)", soci::use(id),
          soci::use(id), soci::use(level);
    }
  });
}

TEST_P(PlansCycleTest, CarriedGoalsKeepTheirClientsAndDroppedParentsLeaveAReason) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  const World w = make_world(db);
  const auto manager =
      member(w.manager_id, w.provider, accounts::OrganisationType::provider, accounts::Role::manager, "86");
  const auto sp =
      papp::create_strategic_plan(db, manager, {w.provider, "Strategie", 2023, 2027, "Problém", "", "", {}});
  ASSERT_TRUE(sp) << sp.error().message_key;
  const auto s1 =
      papp::create_goal(db, manager, {GoalLevel::strategic, sp->plan.id, {}, {}, {}, "", "S1", "Bydlení", ""});
  ASSERT_TRUE(s1) << s1.error().message_key;
  const auto op = papp::create_operational_plan(db, manager, {w.provider, {}, sp->plan.id, 2025, "Plán 2025"});
  ASSERT_TRUE(op);
  const auto o1 =
      papp::create_goal(db, manager, {GoalLevel::objective, {}, op->plan.id, {}, s1->goal.id, "", "O1", "Cíl", ""});
  ASSERT_TRUE(o1) << o1.error().message_key;
  const auto g1 = papp::create_goal(
      db, manager, {GoalLevel::service, {}, op->plan.id, w.service, o1->goal.id, "", "G1", "Cíl služby", ""});
  ASSERT_TRUE(g1) << g1.error().message_key;
  papp::IndicatorInput gas;
  gas.name = "T-skóre";
  gas.source = "gas_t";
  gas.rba = "better_off";
  gas.target = 55;
  ASSERT_TRUE(papp::create_indicator(db, manager, g1->goal.id, gas));
  add_clients(db, w, g1->goal.id, 6, 1, "2025-05-01", 5001);

  // A closed plan refuses changes; closing needs a result for every goal.
  const auto missing = papp::close_operational_plan(db, manager, op->plan.id,
                                                    {"2026-01-15", {{o1->goal.id, EvaluationResult::met, "", {}}}});
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().message_key, "planning.plans.close.missing_results");
  ASSERT_EQ(missing.error().params.size(), 1u);
  EXPECT_EQ(missing.error().params[0].second, "G1 Cíl služby");
  const auto closed = papp::close_operational_plan(
      db, manager, op->plan.id,
      {"2026-01-15", {{o1->goal.id, EvaluationResult::not_met, "", {}}, {g1->goal.id, EvaluationResult::met, "", {}}}});
  ASSERT_TRUE(closed) << closed.error().message_key;
  const auto refused = papp::update_goal(db, manager, g1->goal.id,
                                         {GoalLevel::service, {}, {}, w.service, o1->goal.id, "", "G1", "Jinak", ""});
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::conflict);

  // Derive 2026: the objective is dropped, its service goal carried over: not linked, with the reason.
  const auto derived = papp::derive_operational_plan(db, manager, op->plan.id,
                                                     {2026,
                                                      "Plán 2026",
                                                      {{o1->goal.id, Carry::drop, "Nahrazeno jiným cílem.", {}, {}},
                                                       {g1->goal.id, Carry::carry_over, "Pokračujeme.", {}, {}}}});
  ASSERT_TRUE(derived) << derived.error().message_key;
  ASSERT_EQ(derived->goals.size(), 2u);
  const auto& g1b = derived->goals[1].goal;
  EXPECT_EQ(derived->goals[0].goal.state, "dropped");
  EXPECT_EQ(derived->goals[0].goal.carry_reason, "Nahrazeno jiným cílem.");
  EXPECT_EQ(g1b.code, "G1");
  EXPECT_FALSE(g1b.parent_goal_id.has_value());
  EXPECT_EQ(g1b.unlinked_reason, "Nadřazený cíl O1 byl při odvození plánu zrušen.");
  EXPECT_EQ(g1b.origin_goal_id, g1->goal.id);

  // The carried goal keeps its predecessor's clients (through the origin chain); three more rated in 2026.
  add_clients(db, w, g1b.id, 3, -1, "2026-03-01", 6001);
  const auto both = papp::get_goal(db, manager, g1b.id, papp::Period{"2025-01-01", "2026-12-31"});
  ASSERT_TRUE(both);
  ASSERT_TRUE(both->outcome);
  EXPECT_EQ(both->outcome->clients, 9);
  EXPECT_EQ(both->outcome->attained, 6);
  ASSERT_TRUE(both->outcome->mean_t);
  const double t_plus = *planning::gas_t_score(std::vector<planning::GasItem>{{1, 1}}, 0.3);
  const double t_minus = *planning::gas_t_score(std::vector<planning::GasItem>{{-1, 1}}, 0.3);
  EXPECT_NEAR(*both->outcome->mean_t, (6 * t_plus + 3 * t_minus) / 9, 1e-9);
  EXPECT_EQ(both->personal_goals.count, 9);
  // History both ways.
  ASSERT_EQ(both->history.size(), 1u);
  EXPECT_EQ(both->history[0].goal.id, g1->goal.id);

  // The strategic goal over both years: G1 of 2025 was carried into G1 of 2026 (both under S1 only through
  // 2025's O1, and 2026's G1 is not linked), so S1 counts 2025's six clients once.
  const auto strategic = papp::get_goal(db, manager, s1->goal.id, papp::Period{"2025-01-01", "2026-12-31"});
  ASSERT_TRUE(strategic);
  ASSERT_TRUE(strategic->outcome);
  EXPECT_EQ(strategic->outcome->clients, 6);

  // The tree of the plan lists the not-linked 2026 goal.
  const auto tree = papp::plan_tree(db, manager, sp->plan.id, std::nullopt);
  ASSERT_TRUE(tree);
  ASSERT_EQ(tree->unlinked.size(), 1u);
  EXPECT_EQ(tree->unlinked[0].goal.id, g1b.id);
  EXPECT_EQ(tree->unlinked[0].personal_goals, 9);

  // A second derivation from the same plan is refused.
  const auto again = papp::derive_operational_plan(db, manager, op->plan.id, {2026, "Znovu", {}});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
}

// A service goal dropped on derive keeps its link inside the new plan: its copy's parent is the carried
// objective (the new plan's), or the dropped copy of a dropped objective, never the old plan's objective.
TEST_P(PlansCycleTest, ADroppedServiceGoalHangsUnderTheNewPlansObjective) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  const World w = make_world(db);
  const auto manager =
      member(w.manager_id, w.provider, accounts::OrganisationType::provider, accounts::Role::manager, "86");
  const auto sp =
      papp::create_strategic_plan(db, manager, {w.provider, "Strategie", 2023, 2027, "Problém", "", "", {}});
  ASSERT_TRUE(sp);
  const auto s1 =
      papp::create_goal(db, manager, {GoalLevel::strategic, sp->plan.id, {}, {}, {}, "", "S1", "Bydlení", ""});
  ASSERT_TRUE(s1);
  const auto op = papp::create_operational_plan(db, manager, {w.provider, {}, sp->plan.id, 2025, "Plán 2025"});
  ASSERT_TRUE(op);
  const auto o1 =
      papp::create_goal(db, manager, {GoalLevel::objective, {}, op->plan.id, {}, s1->goal.id, "", "O1", "Cíl", ""});
  const auto o2 =
      papp::create_goal(db, manager, {GoalLevel::objective, {}, op->plan.id, {}, s1->goal.id, "", "O2", "Jiný", ""});
  ASSERT_TRUE(o1 && o2);
  const auto g1 = papp::create_goal(
      db, manager, {GoalLevel::service, {}, op->plan.id, w.service, o1->goal.id, "", "G1", "Cíl služby", ""});
  const auto g2 = papp::create_goal(
      db, manager, {GoalLevel::service, {}, op->plan.id, w.service, o2->goal.id, "", "G2", "Druhý cíl", ""});
  ASSERT_TRUE(g1 && g2);
  const auto closed = papp::close_operational_plan(db, manager, op->plan.id,
                                                   {"2026-01-15",
                                                    {{o1->goal.id, EvaluationResult::met, "", {}},
                                                     {o2->goal.id, EvaluationResult::not_met, "", {}},
                                                     {g1->goal.id, EvaluationResult::met, "", {}},
                                                     {g2->goal.id, EvaluationResult::not_met, "", {}}}});
  ASSERT_TRUE(closed) << closed.error().message_key;
  const auto derived = papp::derive_operational_plan(db, manager, op->plan.id,
                                                     {2026,
                                                      "Plán 2026",
                                                      {{o1->goal.id, Carry::carry_over, "Pokračujeme.", {}, {}},
                                                       {o2->goal.id, Carry::drop, "Splněno jinak.", {}, {}},
                                                       {g1->goal.id, Carry::drop, "Cíl splněn.", {}, {}},
                                                       {g2->goal.id, Carry::drop, "Nahrazeno.", {}, {}}}});
  ASSERT_TRUE(derived) << derived.error().message_key;
  std::map<std::string, papp::GoalSummary> by_code;
  for (const auto& g : derived->goals) by_code[g.goal.code] = g;
  ASSERT_EQ(by_code.size(), 4u);
  const long long o1b = by_code["O1"].goal.id, o2b = by_code["O2"].goal.id;
  EXPECT_NE(o1b, o1->goal.id);
  EXPECT_EQ(by_code["O1"].goal.parent_goal_id, s1->goal.id);  // the strategic goal is shared
  EXPECT_EQ(by_code["O2"].goal.parent_goal_id, s1->goal.id);
  EXPECT_EQ(by_code["G1"].goal.state, "dropped");
  EXPECT_EQ(by_code["G1"].goal.parent_goal_id, o1b);
  EXPECT_EQ(by_code["G2"].goal.state, "dropped");
  EXPECT_EQ(by_code["G2"].goal.parent_goal_id, o2b);
}

TEST_P(PlansCycleTest, SuppressionFollowsTheStaffOfTheService) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();
  const World w = make_world(db);
  const auto manager =
      member(w.manager_id, w.provider, accounts::OrganisationType::provider, accounts::Role::manager, "86");
  const auto worker =
      member(w.worker_id, w.provider, accounts::OrganisationType::provider, accounts::Role::worker, "86");
  const auto evaluator =
      member(w.worker_id + 100, w.provider, accounts::OrganisationType::provider, accounts::Role::evaluator, "86");
  const auto region =
      member(w.worker_id + 200, w.region, accounts::OrganisationType::region, accounts::Role::manager, "86");
  const auto stranger =
      member(w.worker_id + 300, w.other, accounts::OrganisationType::provider, accounts::Role::admin, "53");
  const auto sp = papp::create_strategic_plan(db, manager, {w.provider, "Strategie", 2025, 2026, "", "", "", {}});
  ASSERT_TRUE(sp);
  const auto op = papp::create_operational_plan(db, manager, {w.provider, w.service, sp->plan.id, 2025, "Plán služby"});
  ASSERT_TRUE(op);
  const auto g = papp::create_goal(db, manager,
                                   {GoalLevel::service, {}, op->plan.id, {}, {}, "Cíl služby na rok.", "G", "Cíl", ""});
  ASSERT_TRUE(g) << g.error().message_key;
  EXPECT_EQ(g->goal.service_id, w.service);  // the plan's service
  add_clients(db, w, g->goal.id, 3, 2, "2025-04-01", 7001);
  db.write([&](soci::session& s) {
    s << "INSERT INTO pl_service_staff (service_id, user_id, kind, created_at) VALUES (:s, :u, 'staff', 0)",
        soci::use(w.service), soci::use(w.worker_id);
  });
  const auto seen_by = [&](const accounts::Caller& c) { return papp::get_goal(db, c, g->goal.id, std::nullopt); };
  for (const auto* c : {&manager, &evaluator, &region}) {
    const auto r = seen_by(*c);
    ASSERT_TRUE(r);
    ASSERT_TRUE(r->outcome);
    EXPECT_TRUE(r->outcome->suppressed);
    EXPECT_FALSE(r->outcome->mean_t.has_value());
  }
  const auto own = seen_by(worker);
  ASSERT_TRUE(own);
  EXPECT_FALSE(own->outcome->suppressed);
  EXPECT_EQ(own->outcome->clients, 3);
  EXPECT_EQ(own->outcome->attained, 3);
  const auto other = seen_by(stranger);
  ASSERT_FALSE(other);
  EXPECT_EQ(other.error().code, ErrorCode::not_found);

  // Readers read, only the organisation's managers write.
  EXPECT_FALSE(papp::create_goal(db, evaluator, {GoalLevel::service, {}, op->plan.id, {}, {}, "x", "H", "Cíl", ""}));
  const auto by_region =
      papp::create_goal(db, region, {GoalLevel::service, {}, op->plan.id, {}, {}, "x", "H", "Cíl", ""});
  ASSERT_FALSE(by_region);
  EXPECT_EQ(by_region.error().code, ErrorCode::forbidden);
  EXPECT_TRUE(papp::get_operational_plan(db, region, op->plan.id));
  EXPECT_FALSE(papp::get_operational_plan(db, stranger, op->plan.id));
  EXPECT_EQ(papp::list_organisations(db, region).size(), 1u);
  EXPECT_TRUE(papp::list_organisations(db, stranger).size() == 1u &&
              papp::list_organisations(db, stranger)[0].org.id == w.other);
}

INSTANTIATE_TEST_SUITE_P(Databases, PlansCycleTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
