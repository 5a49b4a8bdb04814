// Development plans' use cases (network/app/dev_plans.hpp) and their demo stage (src/demo/network_dev_demo.cpp)
// over a small region written through SQL (migrations 0001, 0009 and 0010 are the contract): 6 providers with 2
// homes for the elderly each (kind 13, 40 beds; the second of the last provider has no registered capacity),
// this year's network a draft with the first home of each provider at 40 beds, last year's approved.
#include "network/app/dev_plans.hpp"

#include <gtest/gtest.h>

#include <string>

#include "demo/network_plan_demo.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/messages.hpp"
#include "platform/store/row.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace napp = network::app;

long long last_id(soci::session& s, const std::string& table) {
  long long id = 0;
  s << "SELECT MAX(id) FROM " + table, soci::into(id);
  return id;
}

long long scalar(kvalis::store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

double number(kvalis::store::Database& db, const std::string& sql) {
  return db.read([&](soci::session& s) {
    double n = 0;
    s << sql, soci::into(n);
    return n;
  });
}

long long count_of(const demo::NetworkStageSummary& summary, const std::string& name) {
  for (const auto& [key, n] : summary.counts)
    if (key == name) return n;
  ADD_FAILURE() << "no count " << name;
  return -1;
}

struct World {
  long long region = 0, region_user = 0;
  std::vector<long long> providers, services;  // services: 2 per provider
  long long year_id = 0, last_year_id = 0;
  int year = 0;
  demo::DemoContext ctx;
};

World make_world(kvalis::store::Database& db) {
  World w;
  w.year = std::stoi(format_date(kvalis::store::now_epoch()).substr(0, 4));
  db.write([&](soci::session& s) {
    s << "INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES ('region', "
         "'Královéhradecký kraj', '86', 1, 1)";
    w.region = last_id(s, "organisations");
    s << "INSERT INTO users (login, display_name, password_hash, created_at) VALUES ('kraj.referent', 'Referent', "
         "'x', 1)";
    w.region_user = last_id(s, "users");
    s << "INSERT INTO nw_network_years (region_org_id, year, status, created_at, updated_at) VALUES (:r, :y, "
         "'approved', 1, 1)",
        soci::use(w.region), soci::use(w.year - 1);
    w.last_year_id = last_id(s, "nw_network_years");
    s << "INSERT INTO nw_network_years (region_org_id, year, status, created_at, updated_at) VALUES (:r, :y, 'draft', "
         "1, 1)",
        soci::use(w.region), soci::use(w.year);
    w.year_id = last_id(s, "nw_network_years");
    for (int p = 0; p < 6; ++p) {
      const std::string name = "Poskytovatel " + std::to_string(p + 1);
      s << "INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES ('provider', :n, '86', "
           "1, 1)",
          soci::use(name);
      const long long provider = last_id(s, "organisations");
      w.providers.push_back(provider);
      const std::string key = "poskytovatel-" + std::to_string(p + 1);
      w.ctx.providers[key] = provider;
      for (int k = 0; k < 2; ++k) {
        const std::string service = "Domov " + std::to_string(p + 1) + "/" + std::to_string(k + 1);
        const int capacity = p == 5 && k == 1 ? 0 : 40;
        s << "INSERT INTO services (provider_id, name, kind_code, region_code, forms, capacity_total, capacity_unit, "
             "status, created_at, updated_at) VALUES (:p, :n, '13', '86', ';pob;', :c, 'luzka', 'active', 1, 1)",
            soci::use(provider), soci::use(service), soci::use(capacity);
        const long long id = last_id(s, "services");
        w.services.push_back(id);
        s << "INSERT INTO service_territories (service_id, territory_code) VALUES (:s, '5205')", soci::use(id);
        w.ctx.services[key + "/13/" + std::to_string(k + 1)] = id;
        if (k == 0)
          s << "INSERT INTO nw_network_entries (network_year_id, service_id, capacity, capacity_unit) VALUES (:y, :s, "
               "40, 'luzka')",
              soci::use(w.year_id), soci::use(id);
      }
    }
    return 0;
  });
  w.ctx.region_id = w.region;
  w.ctx.main_provider_id = w.providers.front();
  w.ctx.users["kraj.referent"] = w.region_user;
  return w;
}

accounts::Caller member(long long org, accounts::OrganisationType type, accounts::Role role) {
  accounts::Caller c;
  c.principal.user_id = 0;
  c.principal.login = "test";
  c.principal.memberships.push_back({org, type, role, "", "86", ""});
  return c;
}

class DevPlansTest : public ::testing::TestWithParam<Backend> {};

TEST_P(DevPlansTest, SupportedCapacityIntentionsBecomeNetworkDecisionsAndDemand) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  auto w = make_world(db);
  const auto region = member(w.region, accounts::OrganisationType::region, accounts::Role::manager);
  const auto provider = member(w.providers[0], accounts::OrganisationType::provider, accounts::Role::worker);
  const int Y = w.year;

  napp::CriterionInput crit{"need", "Potřebnost", "Need", "", "coverage", 1, 4, std::nullopt, true};
  ASSERT_TRUE(napp::create_dev_criterion(db, region, "86", crit));
  // The second home of the provider is not in the network: an increase includes it, with its territories.
  auto plan = napp::create_dev_plan(db, provider, {w.services[1], Y, Y + 1, "Nová lůžka", ""});
  ASSERT_TRUE(plan) << plan.error().message_key;
  const long long id = plan->plan.id;
  napp::IntentionInput include{"capacity",
                               "Zařazení 12 lůžek",
                               12.0,
                               "luzka",
                               "",
                               "",
                               std::nullopt,
                               Y,
                               std::nullopt,
                               std::nullopt,
                               std::nullopt,
                               "Čekatelé",
                               {{Y, "personnel", 500000}}};
  napp::IntentionInput more = include;
  more.description = "Dalších 6 lůžek";
  more.capacity_delta = 6.0;
  more.costs = {{Y, "investment", 300000}, {Y + 1, "personnel", 250000}};
  napp::IntentionInput later = include;
  later.description = "Další rok";
  later.from_year = Y + 1;
  later.costs = {{Y + 1, "operating", 70000}};
  napp::DevPlanChange change;
  change.intentions = std::vector<napp::IntentionInput>{include, more, later};
  ASSERT_TRUE(napp::update_dev_plan(db, provider, id, change));
  ASSERT_TRUE(napp::submit_dev_plan(db, provider, id));
  const long long crit_id = scalar(db, "SELECT id FROM nw_dev_criteria");
  auto evaluated = napp::evaluate_dev_plan(db, region, id, {{crit_id, 3, "Potřebné."}});
  ASSERT_TRUE(evaluated) << evaluated.error().message_key;
  EXPECT_DOUBLE_EQ(*evaluated->evaluation->total_score, 75);  // 3 / 4 × 1 / 1 × 100
  auto decided = napp::decide_dev_plan(db, region, id, {"support", "", {}, std::to_string(Y) + "-04-01", "Rada kraje"});
  ASSERT_TRUE(decided) << decided.error().message_key << " " << decided.error().field;
  ASSERT_EQ(decided->effect.proposed.size(), 3u);
  const auto& p = decided->effect.proposed;
  EXPECT_EQ(p[0].kind, "include");
  EXPECT_DOUBLE_EQ(p[0].capacity_after, 12);
  EXPECT_EQ(p[1].kind, "change");
  EXPECT_DOUBLE_EQ(*p[1].capacity_before, 12);
  EXPECT_DOUBLE_EQ(p[1].capacity_after, 18);
  EXPECT_EQ(p[2].outcome, network::EffectOutcome::no_year);
  const std::string entry = "FROM nw_network_entries WHERE network_year_id = " + std::to_string(w.year_id) +
                            " AND service_id = " + std::to_string(w.services[1]);
  EXPECT_DOUBLE_EQ(number(db, "SELECT capacity " + entry), 18);
  EXPECT_EQ(db.read([&](soci::session& s) {
    std::string t;
    s << "SELECT territories " + entry, soci::into(t);
    return t;
  }),
            ";5205;");
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_network_decisions WHERE dev_intention_id IS NOT NULL"), 2);
  EXPECT_NE(decided->evaluation->effect_note.find("Síť roku " + std::to_string(Y + 1) + " zatím není založena"),
            std::string::npos);
  ASSERT_EQ(decided->demand.size(), 2u);
  EXPECT_DOUBLE_EQ(decided->demand[0].total(), 800000);
  EXPECT_DOUBLE_EQ(decided->demand[1].total(), 320000);

  // The region's development demand: the whole region, or one provider's plans.
  const auto demand = db.read([&](soci::session& s) { return napp::supported_dev_demand(s, w.region, Y, 3); });
  ASSERT_EQ(demand.totals.size(), 3u);
  EXPECT_DOUBLE_EQ(demand.totals[0].personnel, 500000);
  EXPECT_DOUBLE_EQ(demand.totals[0].investment, 300000);
  EXPECT_DOUBLE_EQ(demand.totals[1].total(), 320000);
  EXPECT_DOUBLE_EQ(demand.totals[2].total(), 0);
  ASSERT_EQ(demand.services.size(), 1u);
  EXPECT_EQ(demand.services[0].service_name, "Domov 1/2");
  const auto other =
      db.read([&](soci::session& s) { return napp::supported_dev_demand(s, w.region, Y, 3, {w.providers[1]}); });
  EXPECT_TRUE(other.services.empty());

  // Another provider's worker sees nothing of the plan.
  const auto stranger = member(w.providers[1], accounts::OrganisationType::provider, accounts::Role::manager);
  EXPECT_EQ(napp::get_dev_plan(db, stranger, id).error().code, ErrorCode::not_found);
}

TEST_P(DevPlansTest, AnOverlappingPlanIsAConflictThatSaysWhatToDo) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  auto w = make_world(db);
  const auto provider = member(w.providers[0], accounts::OrganisationType::provider, accounts::Role::worker);
  const int Y = w.year;
  ASSERT_TRUE(napp::create_dev_plan(db, provider, {w.services[1], Y, Y + 2, "Rozvoj", ""}));
  auto again = napp::create_dev_plan(db, provider, {w.services[1], Y + 1, Y + 2, "Znovu", ""});
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::conflict);
  EXPECT_EQ(again.error().field, "year_from");
  // the provider reads the years' labels of its form, not the field's code
  const auto cs = translate(again.error(), Lang::cs);
  EXPECT_EQ(cs.find("year_from"), std::string::npos) << cs;
  EXPECT_NE(cs.find("Od roku"), std::string::npos) << cs;
  const auto en = translate(again.error(), Lang::en);
  EXPECT_EQ(en.find("year_from"), std::string::npos) << en;
  EXPECT_NE(en.find("From year"), std::string::npos) << en;
  // the years after it are free
  EXPECT_TRUE(napp::create_dev_plan(db, provider, {w.services[1], Y + 3, Y + 5, "Další období", ""}));
}

TEST_P(DevPlansTest, DemoStageWritesCriteriaAndTwelvePlansOnce) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto w = make_world(db);
  const demo::NetworkStageSummary years{"years", {}, {}};
  const auto first = db.write([&](soci::session& s) { return demo::write_network_dev_demo(s, w.ctx, years); });
  EXPECT_EQ(count_of(first, "kritéria"), 5);
  EXPECT_EQ(count_of(first, "rozvojové plány"), 12);
  EXPECT_EQ(count_of(first, "poskytovatelé"), 6);
  EXPECT_EQ(count_of(first, "rozhodnuto"), 10);
  EXPECT_GT(count_of(first, "navržené změny sítě"), 0);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_dev_plans WHERE status = 'decided'"), 10);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_dev_plans WHERE status = 'submitted'"), 1);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_dev_plans WHERE status = 'draft'"), 1);
  for (const char* d : {"support", "partly", "not_support"})
    EXPECT_GT(scalar(db, std::string("SELECT COUNT(*) FROM nw_dev_evaluations WHERE decision = '") + d + "'"), 0) << d;
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_dev_plans WHERE provider_org_id = " + std::to_string(w.providers[0])),
            2);
  // Every evaluated plan has a score and a reason for each of the 5 criteria.
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_dev_scores WHERE reason <> ''"), 50);
  // The story reads in order: every decided plan was submitted before the region decided it.
  db.read([&](soci::session& s) {
    soci::rowset<soci::row> rows = (s.prepare << "SELECT p.submitted_at, e.decided_on FROM nw_dev_plans p JOIN "
                                                 "nw_dev_evaluations e ON e.dev_plan_id = p.id WHERE p.status = "
                                                 "'decided'");
    int checked = 0;
    for (const auto& r : rows) {
      const std::string submitted = format_date(kvalis::store::as_ll(r, 0));
      EXPECT_LT(submitted, kvalis::store::as_str(r, 1));
      ++checked;
    }
    EXPECT_EQ(checked, 10);
  });
  // Only the draft network of this year changed, through decisions that name their intention.
  EXPECT_EQ(
      scalar(db, "SELECT COUNT(*) FROM nw_network_decisions WHERE network_year_id = " + std::to_string(w.last_year_id)),
      0);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_network_decisions WHERE dev_intention_id IS NULL"), 0);

  const auto second = db.write([&](soci::session& s) { return demo::write_network_dev_demo(s, w.ctx, years); });
  EXPECT_EQ(count_of(second, "kritéria"), 0);
  EXPECT_EQ(count_of(second, "rozvojové plány"), 0);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_dev_plans"), 12);
  EXPECT_EQ(scalar(db, "SELECT COUNT(*) FROM nw_dev_criteria"), 5);
}

INSTANTIATE_TEST_SUITE_P(Backends, DevPlansTest, ::testing::Values(Backend::sqlite, Backend::postgresql), backend_name);

}  // namespace
}  // namespace kvalis::testing
