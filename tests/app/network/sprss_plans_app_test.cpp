// The medium-term plan (network/app/sprss_plans.hpp) on SQLite and PostgreSQL: the tree with computed codes
// and named links, a node used by an action plan cannot be deleted, the comment period (who may comment,
// each sees its own), answers, an action plan evaluated and carried into the next year once, and the years
// stage of the demo (network_years_demo.cpp) written twice without duplicates.
#include <gtest/gtest.h>

#include "demo/network_plan_demo.hpp"
#include "network/app/network_years.hpp"
#include "network/app/sprss_plans.hpp"
#include "network_world.hpp"
#include "platform/core/dates.hpp"
#include "platform/store/query.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace napp = network::app;
using namespace network_world;

class SprssPlansAppTest : public ::testing::TestWithParam<Backend> {};

const std::string kToday = "2025-03-01";

TEST_P(SprssPlansAppTest, TreeCommentsAndActionPlans) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const auto region = caller(w, "region");

  napp::PlanInput in{"SPRSS 2025–2027", 2025, 2027, "Vize", "Analýza", {{"coverage_map", std::nullopt, "Mapa", ""}}};
  auto plan = napp::create_plan(db, region, "", in);
  ASSERT_TRUE(plan) << plan.error().message_key;
  const long long id = plan->plan.id;
  EXPECT_EQ(napp::create_plan(db, caller(w, "manager"), "", in).error().code, ErrorCode::forbidden);

  auto node = [&](std::optional<long long> parent, const char* level, const char* title,
                  std::vector<std::string> kinds = {}) {
    napp::NodeInput n;
    n.parent_id = parent;
    n.level = level;
    n.title = title;
    n.kinds = std::move(kinds);
    auto r = napp::add_node(db, region, id, n);
    EXPECT_TRUE(r) << title << " " << (r ? "" : r.error().message_key);
    return r ? r->node.id : 0;
  };
  const auto p = node(std::nullopt, "priority", "Dostupnost");
  const auto g = node(p, "goal", "Terénní služby");
  const auto m = node(g, "measure", "Pečovatelská služba", {"4"});
  const auto a = node(m, "activity", "Středisko");
  const auto p2 = node(std::nullopt, "priority", "Kvalita");
  auto detail = napp::get_plan(db, region, id);
  ASSERT_TRUE(detail);
  std::vector<std::string> codes;
  for (const auto& n : detail->nodes) codes.push_back(n.code);
  EXPECT_EQ(codes, (std::vector<std::string>{"1", "1.1", "1.1.1", "1.1.1.1", "2"}));
  EXPECT_EQ(detail->nodes[2].kinds.at(0).name, "Pečovatelská služba");
  ASSERT_EQ(detail->links.size(), 1u);
  EXPECT_EQ(detail->links[0].label, "Mapa");

  napp::IndicatorInput ind;
  ind.name = "Klienti";
  ind.years = {{2025, 100.0, std::nullopt}, {2026, 110.0, std::nullopt}};
  auto indicator = napp::add_indicator(db, region, m, ind);
  ASSERT_TRUE(indicator);

  // an action plan on a draft plan: its node cannot be deleted; an unused one can
  auto ap = napp::create_action_plan(db, region, id, 2025);
  ASSERT_TRUE(ap);
  ASSERT_TRUE(napp::update_action_plan(db, region, ap->action_plan.id,
                                       {{std::nullopt, m, "Výběrové řízení", "OSV", "2025-06-30", 1000.0},
                                        {std::nullopt, a, "Otevřít středisko", "", "2025-12-31", std::nullopt}}));
  EXPECT_EQ(napp::update_action_plan(db, region, ap->action_plan.id, {{std::nullopt, p, "Priorita", "", "", {}}})
                .error()
                .field,
            "items[0].node_id");
  const auto used = napp::delete_node(db, region, g);
  ASSERT_FALSE(used);
  EXPECT_EQ(used.error().message_key, "network.node.in_action_plan");
  EXPECT_TRUE(napp::delete_node(db, region, p2));

  // comments: the municipality and a provider of the region; a provider of another region cannot
  ASSERT_TRUE(napp::send_plan(db, region, id, "2025-03-31", kToday));
  auto c1 =
      napp::add_plan_comment(db, caller(w, "municipality"), id, {m, "Chybí Police nad Metují", std::nullopt}, kToday);
  ASSERT_TRUE(c1) << c1.error().message_key;
  EXPECT_EQ(c1->comment.node_code, "1.1.1");
  ASSERT_TRUE(
      napp::add_plan_comment(db, caller(w, "other"), id, {std::nullopt, "Doplnit asistenci", std::nullopt}, kToday));
  EXPECT_EQ(napp::add_plan_comment(db, caller(w, "far"), id, {std::nullopt, "X", std::nullopt}, kToday).error().code,
            ErrorCode::forbidden);
  EXPECT_EQ(napp::add_plan_comment(db, caller(w, "other"), id, {std::nullopt, "Pozdě", std::nullopt}, "2025-04-01")
                .error()
                .message_key,
            "network.plan.comments_closed");
  EXPECT_EQ(napp::list_plan_comments(db, caller(w, "municipality"), id)->size(), 1u);
  EXPECT_EQ(napp::list_plan_comments(db, region, id)->size(), 2u);
  EXPECT_EQ(napp::answer_plan_comment(db, region, c1->comment.id, "rejected", "").error().field, "answer");
  auto answered = napp::answer_plan_comment(db, region, c1->comment.id, "partly", "Doplníme v roce 2026");
  ASSERT_TRUE(answered);
  EXPECT_EQ(answered->comment.status, "partly");
  EXPECT_EQ(napp::answer_plan_comment(db, caller(w, "municipality"), c1->comment.id, "accepted", "").error().code,
            ErrorCode::not_found);

  // the action plan: approved, evaluated, carried once
  ASSERT_TRUE(napp::approve_action_plan(db, region, ap->action_plan.id, "2025-01-15"));
  auto items = napp::get_action_plan(db, region, ap->action_plan.id)->items;
  napp::EvaluationInput e{"2026-01-31",
                          "Souhrn",
                          {{items[0].item.id, "done", "", "Smlouva"}, {items[1].item.id, "not", "Nestihlo se", ""}},
                          {{indicator->indicator.id, 104}}};
  ASSERT_TRUE(napp::evaluate_action_plan(db, region, ap->action_plan.id, e));
  auto next = napp::carry_from_previous(db, region, id, 2026);
  ASSERT_TRUE(next) << next.error().message_key;
  ASSERT_EQ(next->items.size(), 1u);
  EXPECT_EQ(next->items[0].item.what, "Otevřít středisko");
  EXPECT_EQ(next->items[0].item.due, "2026-12-31");
  ASSERT_TRUE(next->items[0].carried_from);
  EXPECT_EQ(next->items[0].carried_from->result, "not");
  EXPECT_EQ(napp::carry_from_previous(db, region, id, 2026)->items.size(), 1u);
  EXPECT_EQ(napp::carry_from_previous(db, region, id, 2027).error().message_key,
            "network.action_plan.previous_missing");
  auto after = napp::get_plan(db, region, id);
  const auto& years = after->nodes[2].indicators.at(0).indicator.years;
  ASSERT_EQ(years.size(), 2u);
  EXPECT_EQ(years[0].actual, 104);
}

TEST_P(SprssPlansAppTest, DemoStageWritesOnce) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  demo::DemoContext ctx;
  ctx.region_id = w.region;
  ctx.ospod_id = w.municipality;
  ctx.main_provider_id = w.provider;
  ctx.users["kraj.referent"] = w.users.at("region");
  ctx.users["ospod.vedouci"] = w.users.at("municipality");
  ctx.users["poskytovatel.manazer"] = w.users.at("manager");
  db.write([&](soci::session& s) {
    store::registry_repo::RegistryWriter writer(s, 1000, "test");
    for (int i = 0; i < 8; ++i)
      add_service(writer, i % 2 ? w.provider : w.other_provider, "92000" + std::to_string(10 + i),
                  "Služba " + std::to_string(10 + i), i % 2 ? "4" : "28", "86", "ter", 20 + i, "klient", {"5205"});
  });
  const auto first = db.write([&](soci::session& s) { return demo::write_network_years_demo(s, ctx); });
  ASSERT_EQ(first.ids.at("network_years").size(), 3u);
  ASSERT_EQ(first.ids.at("plan").size(), 1u);
  ASSERT_EQ(first.ids.at("action_plans").size(), 2u);
  const int year = std::stoi(format_date(static_cast<long long>(std::time(nullptr))).substr(0, 4));
  const auto region = caller(w, "region");
  auto years = napp::list_years(db, region, "");
  ASSERT_TRUE(years);
  ASSERT_EQ(years->size(), 3u);
  EXPECT_EQ((*years)[0].year.year, year);
  EXPECT_EQ((*years)[0].year.status, "draft");
  EXPECT_EQ((*years)[2].year.status, "approved");
  // 11 services with a capacity: 8 in the first year, one more each later year, one removed this year
  EXPECT_EQ((*years)[2].services, 8);
  EXPECT_EQ((*years)[1].services, 9);
  EXPECT_EQ((*years)[0].services, 9);
  auto plan = napp::get_plan(db, region, first.ids.at("plan")[0]);
  ASSERT_TRUE(plan);
  EXPECT_EQ(plan->plan.status, "approved");
  auto first_action = napp::get_action_plan(db, region, first.ids.at("action_plans")[0]);
  ASSERT_TRUE(first_action);
  // the plan was approved before its first action plan was (not on the day the demo is made)
  EXPECT_LT(plan->plan.approved_on, first_action->action_plan.approved_on);
  int priorities = 0;
  for (const auto& n : plan->nodes) priorities += n.node.level == "priority";
  EXPECT_EQ(priorities, 3);
  EXPECT_EQ(plan->comments.total, 2);
  EXPECT_EQ(plan->comments.open, 0);
  // a municipality and a provider count what they see: their own organisation's comment, not the region's two
  for (const char* who : {"municipality", "manager"}) {
    auto theirs = napp::get_plan(db, caller(w, who), first.ids.at("plan")[0]);
    ASSERT_TRUE(theirs) << who;
    EXPECT_EQ(theirs->comments.total, 1) << who;
    auto listed = napp::list_plan_comments(db, caller(w, who), first.ids.at("plan")[0]);
    ASSERT_TRUE(listed) << who;
    EXPECT_EQ(listed->size(), 1u) << who;
    auto plans = napp::list_plans(db, caller(w, who), "");
    ASSERT_TRUE(plans) << who;
    ASSERT_EQ(plans->size(), 1u) << who;
    EXPECT_EQ(plans->front().comments.total, 1) << who;
  }
  auto evaluated = napp::get_action_plan(db, region, first.ids.at("action_plans")[0]);
  EXPECT_EQ(evaluated->action_plan.status, "evaluated");
  auto carried = napp::get_action_plan(db, region, first.ids.at("action_plans")[1]);
  ASSERT_EQ(carried->items.size(), 3u);
  EXPECT_TRUE(carried->items[0].carried_from);
  EXPECT_TRUE(carried->items[1].carried_from);
  EXPECT_FALSE(carried->items[2].carried_from);

  const auto count = [&](const char* table) {
    return db.read([&](soci::session& s) {
      return store::count_rows(s, std::string("SELECT COUNT(*) FROM ") + table, store::Filter{});
    });
  };
  const auto decisions = count("nw_network_decisions"), acts = count("nw_entrustments"), nodes = count("nw_plan_nodes");
  EXPECT_EQ(acts, 10);
  // the act's scope names the capacity in words ("20 klientů"), never by the unit's code ("20 (klient)")
  const auto scopes = db.read([&](soci::session& s) {
    std::vector<std::string> out(50);
    s << "SELECT scope FROM nw_entrustments ORDER BY id", soci::into(out);
    return out;
  });
  ASSERT_EQ(scopes.size(), 10u);
  int in_clients = 0;
  for (const auto& scope : scopes) {
    EXPECT_EQ(scope.find("(klient)"), std::string::npos) << scope;
    EXPECT_EQ(scope.find("(luzka)"), std::string::npos) << scope;
    in_clients += scope.find(" klientů") != std::string::npos;
  }
  EXPECT_GE(in_clients, 1);
  const auto second = db.write([&](soci::session& s) { return demo::write_network_years_demo(s, ctx); });
  EXPECT_EQ(second.ids.at("network_years").size(), 3u);
  EXPECT_EQ(count("nw_network_decisions"), decisions);
  EXPECT_EQ(count("nw_entrustments"), acts);
  EXPECT_EQ(count("nw_plan_nodes"), nodes);
  EXPECT_EQ(count("nw_plans"), 1);
}

INSTANTIATE_TEST_SUITE_P(Backends, SprssPlansAppTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
