// The financing use cases of the network module (network/app/financing*.hpp) on SQLite and PostgreSQL: the
// outlook's base is read once per data version and a what-if change recomputes without reading it again, while
// a budget change reads it afresh; who may grant; the Excel workbook; and the demo stage
// (src/demo/network_finance_demo.cpp), which writes a model, budgets, lines and a scenario once and nothing on a
// second run.
#include <gtest/gtest.h>

#include <cmath>

#include "demo/network_plan_demo.hpp"
#include "network/app/dev_plans.hpp"
#include "network/app/financing.hpp"
#include "network/app/financing_outlook.hpp"
#include "network/app/financing_scenarios.hpp"
#include "network/export/financing_xlsx.hpp"
#include "platform/core/dates.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace fapp = network::app;
using accounts::OrganisationType;
using accounts::Role;

long long add_org(soci::session& s, const std::string& type, const std::string& name) {
  long long id = 0;
  s << "INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES (:t, :n, '86', 0, 0) "
       "RETURNING id",
      soci::use(type), soci::use(name), soci::into(id);
  return id;
}

long long add_service(soci::session& s, long long provider, const std::string& name, const std::string& kind,
                      const std::string& forms, int capacity) {
  long long id = 0;
  s << "INSERT INTO services (provider_id, name, kind_code, region_code, forms, capacity_total, capacity_unit, status, "
       "created_at, updated_at) VALUES (:p, :n, :k, '86', :f, :c, 'klient', 'active', 0, 0) RETURNING id",
      soci::use(provider), soci::use(name), soci::use(kind), soci::use(forms), soci::use(capacity), soci::into(id);
  return id;
}

long long add_user(soci::session& s, const std::string& login) {
  long long id = 0;
  s << "INSERT INTO users (login, display_name, password_hash, created_at) VALUES (:l, :l2, 'x', 0) RETURNING id",
      soci::use(login), soci::use(login), soci::into(id);
  return id;
}

accounts::Caller member(long long user, long long org, OrganisationType type, Role role) {
  accounts::Caller c;
  c.principal.user_id = user;
  c.principal.login = "u" + std::to_string(user);
  accounts::Membership m;
  m.organisation_id = org;
  m.organisation_type = type;
  m.role = role;
  m.region_code = "86";
  c.principal.memberships.push_back(m);
  return c;
}

struct World {
  long long region = 0, provider = 0, other = 0, home = 0, care = 0;
  accounts::Caller officer, manager, stranger;
};

World make_world(kvalis::store::Database& db) {
  World w;
  db.write([&](soci::session& s) {
    w.region = add_org(s, "region", "Královéhradecký kraj");
    w.provider = add_org(s, "provider", "Charita Náchod");
    w.other = add_org(s, "provider", "Jiný poskytovatel");
    w.home = add_service(s, w.provider, "Domov pro seniory Náchod", "13", ";pob;", 50);
    w.care = add_service(s, w.other, "Pečovatelská služba Hronov", "4", ";ter;", 30);
  });
  w.officer = member(1, w.region, OrganisationType::region, Role::manager);
  w.manager = member(2, w.provider, OrganisationType::provider, Role::manager);
  w.stranger = member(3, w.other, OrganisationType::provider, Role::admin);
  return w;
}

// 13/pob: 365 bed-days a bed, 2000 Kč, own 1400, share 1 → 600 × 18,250 = 10,950,000 for 50 beds;
// 4: 100 hours a client, 500 Kč, own 100 → 400 × 3,000 = 1,200,000 for 30 clients.
fapp::ModelInput model_input(long long region) {
  fapp::ModelInput in;
  in.region_org_id = region;
  in.year = 2026;
  in.name = "Model 2026";
  in.cost_growth = 0.05;
  in.rows = std::vector<fapp::ModelRowInput>{{"13", "pob", "bed_day", 365, 2000, 1400, 0, 1, ""},
                                             {"4", "", "hour", 100, 500, 100, 0, 1, ""}};
  return in;
}

class FinancingAppTest : public ::testing::TestWithParam<Backend> {};

TEST_P(FinancingAppTest, OutlookBaseIsReadOncePerDataVersionAndWhatIfRecomputesWithoutIt) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const World w = make_world(db);
  ASSERT_TRUE(fapp::create_model(db, w.officer, model_input(w.region), {}));
  fapp::FinBaseCache cache;
  fapp::OutlookQuery q{2026, 2, 0, 100};
  auto base = fapp::financing_outlook(db, w.officer, q, &cache);
  ASSERT_TRUE(base) << base.error().message_key;
  EXPECT_NEAR(base->result().total_optimal[0], 10950000 + 1200000, 1e-6);
  // 2027: 2100 − 1400 = 700 × 18,250; 525 − 100 = 425 × 3,000.
  EXPECT_NEAR(base->result().total_optimal[1], 12775000 + 1275000, 1e-6);
  EXPECT_EQ(cache.loads(), 1);
  ASSERT_TRUE(fapp::financing_outlook(db, w.officer, q, &cache));
  EXPECT_EQ(cache.loads(), 1) << "the same data version: the base comes from the cache";

  auto scenario = fapp::create_scenario(db, w.officer, {w.region, "Víc lůžek", 2026, 2});
  ASSERT_TRUE(scenario) << scenario.error().message_key;
  ASSERT_TRUE(fapp::add_change(db, w.officer, scenario->id, {w.home, "", "capacity", "", 2027, 60}, nullptr));
  q.scenario_id = scenario->id;
  auto whatif = fapp::financing_outlook(db, w.officer, q, &cache);
  ASSERT_TRUE(whatif);
  EXPECT_EQ(cache.loads(), 1) << "a what-if change leaves the base";
  EXPECT_NEAR(whatif->result().total_optimal[1], 700.0 * 365 * 60 + 1275000, 1e-6);
  EXPECT_NEAR(whatif->base().total_optimal[1], 12775000 + 1275000, 1e-6);

  // A budget changes the base (its revenue split): read again.
  fapp::BudgetInput budget;
  budget.revenues = {{"client_payments", 600}, {"health_insurance", 400}};
  ASSERT_TRUE(fapp::put_budget(db, w.manager, w.home, 2026, budget));
  q.scenario_id = 0;
  auto after = fapp::financing_outlook(db, w.officer, q, &cache);
  ASSERT_TRUE(after);
  EXPECT_EQ(cache.loads(), 2);
  const auto hi = static_cast<std::size_t>(network::Source::health_insurance);
  EXPECT_NEAR(after->result().by_source[hi][0], 1400.0 * 18250 * 0.4, 1e-6);

  // The provider's outlook is its own service only; another provider's budget is not found.
  auto mine = fapp::financing_outlook(db, w.manager, q, &cache);
  ASSERT_TRUE(mine);
  ASSERT_EQ(mine->listed.size(), 1u);
  EXPECT_EQ(mine->base_data->services[mine->listed[0]].id, w.home);
  EXPECT_EQ(fapp::get_budget(db, w.stranger, w.home, 2026).error().code, ErrorCode::not_found);
}

TEST_P(FinancingAppTest, OnlyTheRegionGrants) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const World w = make_world(db);
  ASSERT_TRUE(fapp::create_model(db, w.officer, model_input(w.region), {}));
  fapp::LineInput grant;
  grant.granted = 9000000;
  auto refused = fapp::put_line(db, w.manager, w.home, 2026, grant);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  EXPECT_EQ(refused.error().field, "granted");
  fapp::LineInput request;
  request.requested = 12045000;  // 110 % of 10,950,000
  auto requested = fapp::put_line(db, w.manager, w.home, 2026, request);
  ASSERT_TRUE(requested);
  EXPECT_EQ(requested->difference.requested_percent, 110);
  auto granted = fapp::put_line(db, w.officer, w.home, 2026, grant);
  ASSERT_TRUE(granted);
  EXPECT_EQ(granted->difference.text_cs, "požadavek o 10 % nad optimem; přiznáno 82 % optima (75 % požadavku)");
  auto lines = fapp::list_lines(db, w.stranger, 2026);
  ASSERT_TRUE(lines);
  ASSERT_EQ(lines->size(), 1u);
  EXPECT_EQ(lines->front().service.id, w.care);
  EXPECT_FALSE(lines->front().requested);
}

TEST_P(FinancingAppTest, EvaluatorsSeeNoFinancing) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const World w = make_world(db);
  ASSERT_TRUE(fapp::create_model(db, w.officer, model_input(w.region), {}));
  // An evaluator of the provider (as the demo's hodnotitel) and of the region: no lines, models or budgets.
  for (const auto& evaluator : {member(4, w.provider, OrganisationType::provider, Role::evaluator),
                                member(5, w.region, OrganisationType::region, Role::evaluator)}) {
    auto lines = fapp::list_lines(db, evaluator, 2026);
    ASSERT_FALSE(lines);
    EXPECT_EQ(lines.error().code, ErrorCode::forbidden);
    EXPECT_EQ(lines.error().message_key, "network.fin.forbidden");
    auto models = fapp::list_models(db, evaluator);
    ASSERT_FALSE(models);
    EXPECT_EQ(models.error().code, ErrorCode::forbidden);
    EXPECT_FALSE(fapp::get_budget(db, evaluator, w.home, 2026));
  }
  // The same provider's reader still sees its own line.
  auto own = fapp::list_lines(db, member(6, w.provider, OrganisationType::provider, Role::readonly), 2026);
  ASSERT_TRUE(own);
  ASSERT_EQ(own->size(), 1u);
  EXPECT_EQ(own->front().service.id, w.home);
}

// The supported costs of a decided development plan enter the outlook beside the optimal subsidy: the decision
// bumps the data version "network", so the cached base is read again; a provider sees only its own plans.
TEST_P(FinancingAppTest, OutlookCarriesTheSupportedDevelopmentDemand) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const World w = make_world(db);
  ASSERT_TRUE(fapp::create_model(db, w.officer, model_input(w.region), {}));
  const int Y = std::stoi(format_date(kvalis::store::now_epoch()).substr(0, 4));
  fapp::FinBaseCache cache;
  const fapp::OutlookQuery q{Y, 3, 0, 100};
  auto before = fapp::financing_outlook(db, w.officer, q, &cache);
  ASSERT_TRUE(before) << before.error().message_key;
  ASSERT_EQ(before->development.totals.size(), 3u);
  EXPECT_DOUBLE_EQ(before->development.totals[0].total(), 0);
  EXPECT_TRUE(before->development.services.empty());
  ASSERT_EQ(before->total_demand.size(), 3u);
  EXPECT_DOUBLE_EQ(before->total_demand[0], before->result().total_optimal[0]);

  // The provider's plan: a staffing intention supported, a quality intention not (decided partly).
  fapp::CriterionInput crit{"need", "Potřebnost", "Need", "", "coverage", 1, 5, std::nullopt, true};
  auto criterion = fapp::create_dev_criterion(db, w.officer, "86", crit);
  ASSERT_TRUE(criterion) << criterion.error().message_key;
  auto plan = fapp::create_dev_plan(db, w.manager, {w.home, Y, Y + 2, "Posílení péče", ""});
  ASSERT_TRUE(plan) << plan.error().message_key;
  const long long id = plan->plan.id;
  fapp::IntentionInput staff{
      "staffing",
      "Dvě pečovatelky",
      std::nullopt,
      "",
      "",
      "",
      2.0,
      Y,
      std::nullopt,
      std::nullopt,
      std::nullopt,
      "Čekatelé",
      {{Y, "personnel", 800000}, {Y, "operating", 50000}, {Y + 1, "personnel", 840000}, {Y + 2, "investment", 120000}}};
  fapp::IntentionInput room = staff;
  room.type = "quality";
  room.description = "Úprava pokojů";
  room.fte_delta.reset();
  room.costs = {{Y, "investment", 400000}};
  fapp::DevPlanChange change;
  change.intentions = std::vector<fapp::IntentionInput>{staff, room};
  auto updated = fapp::update_dev_plan(db, w.manager, id, change);
  ASSERT_TRUE(updated) << updated.error().message_key << " " << updated.error().field;
  ASSERT_TRUE(fapp::submit_dev_plan(db, w.manager, id));
  ASSERT_TRUE(fapp::evaluate_dev_plan(db, w.officer, id, {{criterion->id, 4, "Potřebné."}}));
  const auto& intentions = updated->intentions;
  ASSERT_EQ(intentions.size(), 2u);
  auto decided = fapp::decide_dev_plan(db, w.officer, id,
                                       {"partly",
                                        "Úpravy pokojů až z dalšího programu.",
                                        {{intentions[0].id, network::IntentionDecision::support},
                                         {intentions[1].id, network::IntentionDecision::not_support}},
                                        std::to_string(Y) + "-04-01",
                                        "Rada kraje"});
  ASSERT_TRUE(decided) << decided.error().message_key << " " << decided.error().field;

  auto after = fapp::financing_outlook(db, w.officer, q, &cache);
  ASSERT_TRUE(after);
  EXPECT_EQ(cache.loads(), 2) << "the decision bumped the data version: the base is read again";
  const auto& dev = after->development;
  ASSERT_EQ(dev.totals.size(), 3u);
  EXPECT_DOUBLE_EQ(dev.totals[0].personnel, 800000);
  EXPECT_DOUBLE_EQ(dev.totals[0].operating, 50000);
  EXPECT_DOUBLE_EQ(dev.totals[0].investment, 0) << "the not supported intention stays out";
  EXPECT_DOUBLE_EQ(dev.totals[1].total(), 840000);
  EXPECT_DOUBLE_EQ(dev.totals[2].investment, 120000);
  ASSERT_EQ(dev.services.size(), 1u);
  EXPECT_EQ(dev.services[0].plan_title, "Posílení péče");
  EXPECT_EQ(dev.services[0].service_name, "Domov pro seniory Náchod");
  EXPECT_EQ(dev.services[0].provider_name, "Charita Náchod");
  for (std::size_t y = 0; y < 3; ++y)
    EXPECT_DOUBLE_EQ(after->total_demand[y], after->result().total_optimal[y] + dev.totals[y].total());
  EXPECT_DOUBLE_EQ(after->total_demand[0] - after->result().total_optimal[0], 850000);

  // A shorter span starting a year later: the plan's later years only.
  auto later = fapp::financing_outlook(db, w.officer, {Y + 1, 1, 0, 100}, &cache);
  ASSERT_TRUE(later);
  EXPECT_DOUBLE_EQ(later->development.totals[0].total(), 840000);

  // The provider sees its own plan; another provider none of it.
  auto own = fapp::financing_outlook(db, w.manager, q, &cache);
  ASSERT_TRUE(own);
  EXPECT_DOUBLE_EQ(own->development.totals[0].total(), 850000);
  auto stranger = fapp::financing_outlook(db, w.stranger, q, &cache);
  ASSERT_TRUE(stranger);
  EXPECT_DOUBLE_EQ(stranger->development.totals[0].total(), 0);
  EXPECT_TRUE(stranger->development.services.empty());

  // The workbook carries the development rows and sheet (it is written without an error).
  auto data = fapp::outlook_export(db, w.officer, q, &cache);
  ASSERT_TRUE(data);
  EXPECT_EQ(data->outlook.development.services.size(), 1u);
  const std::string bytes = network::exports::financing_workbook(
      *data, true, [](const std::string& k) { return "kind " + k; }, [](const std::string& f) { return f; });
  EXPECT_EQ(bytes.substr(0, 2), "PK");
}

// A requested or granted amount goes back to "not given"; only the region clears the granted one.
TEST_P(FinancingAppTest, AmountsOfALineAreCleared) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const World w = make_world(db);
  ASSERT_TRUE(fapp::create_model(db, w.officer, model_input(w.region), {}));
  fapp::LineInput set;
  set.requested = 11000000;
  set.granted = 10000000;
  ASSERT_TRUE(fapp::put_line(db, w.officer, w.home, 2026, set));
  fapp::LineInput keep;  // nothing given: nothing changes
  auto kept = fapp::put_line(db, w.manager, w.home, 2026, keep);
  ASSERT_TRUE(kept);
  EXPECT_EQ(kept->requested, 11000000);
  EXPECT_EQ(kept->granted, 10000000);
  fapp::LineInput clear_granted;
  clear_granted.clear_granted = true;
  auto refused = fapp::put_line(db, w.manager, w.home, 2026, clear_granted);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().code, ErrorCode::forbidden);
  EXPECT_EQ(refused.error().field, "clear_granted");
  fapp::LineInput both;
  both.requested = 5;
  both.clear_requested = true;
  auto conflict = fapp::put_line(db, w.manager, w.home, 2026, both);
  ASSERT_FALSE(conflict);
  EXPECT_EQ(conflict.error().code, ErrorCode::invalid_input);
  EXPECT_EQ(conflict.error().field, "clear_requested");
  fapp::LineInput clear_requested;
  clear_requested.clear_requested = true;
  auto cleared = fapp::put_line(db, w.manager, w.home, 2026, clear_requested);
  ASSERT_TRUE(cleared);
  EXPECT_FALSE(cleared->requested);
  EXPECT_EQ(cleared->granted, 10000000);
  auto region_cleared = fapp::put_line(db, w.officer, w.home, 2026, clear_granted);
  ASSERT_TRUE(region_cleared);
  EXPECT_FALSE(region_cleared->granted);
  auto lines = fapp::list_lines(db, w.officer, 2026);
  ASSERT_TRUE(lines);
  for (const auto& l : *lines)
    if (l.service.id == w.home) {
      EXPECT_FALSE(l.requested);
      EXPECT_FALSE(l.granted);
    }
}

TEST_P(FinancingAppTest, TheWorkbookHasItsSheets) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const World w = make_world(db);
  ASSERT_TRUE(fapp::create_model(db, w.officer, model_input(w.region), {}));
  auto data = fapp::outlook_export(db, w.officer, {2026, 3, 0, 100});
  ASSERT_TRUE(data);
  EXPECT_EQ(data->outlook.listed.size(), 2u);
  ASSERT_EQ(data->models.size(), 1u);
  EXPECT_EQ(data->models[0].rows.size(), 2u);
  const std::string bytes = network::exports::financing_workbook(
      *data, false, [](const std::string& k) { return "druh " + k; }, [](const std::string& f) { return f; });
  ASSERT_GT(bytes.size(), 1000u);
  EXPECT_EQ(bytes.substr(0, 2), "PK");
}

TEST_P(FinancingAppTest, DemoStageWritesOnce) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const World w = make_world(db);
  const int year = std::stoi(format_date(kvalis::store::now_epoch()).substr(0, 4));
  demo::DemoContext ctx;
  ctx.region_id = w.region;
  ctx.main_provider_id = w.provider;
  ctx.services = {{"charita/13/nachod", w.home}, {"jiny/4/hronov", w.care}};
  ctx.service_kinds = {{"charita/13/nachod", "13"}, {"jiny/4/hronov", "4"}};
  db.write([&](soci::session& s) {
    ctx.users["kraj.referent"] = add_user(s, "kraj.referent");
    ctx.users["poskytovatel.manazer"] = add_user(s, "poskytovatel.manazer");
  });
  const auto first = db.write([&](soci::session& s) { return demo::write_network_finance_demo(s, ctx, {}, {}); });
  auto count = [&](const std::string& name) {
    for (const auto& [k, v] : first.counts)
      if (k == name) return v;
    return -1LL;
  };
  EXPECT_EQ(count("model (řádků)"), 3);  // 13 per client and per bed-day, 4 per client
  EXPECT_EQ(count("služeb s optimální dotací"), 2);
  EXPECT_EQ(count("rozpočty zapsané nyní"), 2);
  EXPECT_EQ(count("požadavky zapsané nyní"), 2);
  auto lines = fapp::list_lines(db, accounts::system_caller(), year);
  ASSERT_TRUE(lines);
  ASSERT_EQ(lines->size(), 2u);
  int granted = 0, requested = 0;
  for (const auto& l : *lines) {
    requested += l.requested ? 1 : 0;
    granted += l.granted ? 1 : 0;
  }
  EXPECT_EQ(requested, 2);
  EXPECT_EQ(granted, 1) << "the second line waits for the region's decision";
  auto scenarios = fapp::list_scenarios(db, accounts::system_caller());
  ASSERT_TRUE(scenarios);
  ASSERT_EQ(scenarios->size(), 1u);
  EXPECT_EQ(scenarios->front().changes, 2);

  const auto again = db.write([&](soci::session& s) { return demo::write_network_finance_demo(s, ctx, {}, {}); });
  for (const auto& [k, v] : again.counts)
    if (k == "rozpočty zapsané nyní" || k == "požadavky zapsané nyní") {
      EXPECT_EQ(v, 0) << k;
    }
  EXPECT_EQ(fapp::list_scenarios(db, accounts::system_caller())->size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(Backends, FinancingAppTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
