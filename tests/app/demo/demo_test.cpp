// The demo region: generated deterministically, written idempotently, consistent with the catalogues.
// Runs on a fresh SQLite file, and on a fresh PostgreSQL database when KVALIS_TEST_PG holds a URI
// (test_db.hpp; both migrated first).
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>

#include "accounts/core/credentials.hpp"
#include "demo/benchmark_demo.hpp"
#include "demo/demo_region.hpp"
#include "demo/demo_writer.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"
#include "platform/store/row.hpp"
#include "support/test_db.hpp"

namespace {

using namespace kvalis;

long long scalar(soci::session& s, const std::string& sql) {
  long long n = 0;
  s << sql, soci::into(n);
  return n;
}

constexpr const char* kDemoServices = "SELECT id FROM services WHERE source = 'demo'";

// Row counts of everything the demo writes, limited to demo rows so that a shared database does not
// disturb them.
std::map<std::string, long long> demo_counts(soci::session& s, const demo::DemoRegion& region) {
  std::map<std::string, long long> c;
  const std::string in_demo = std::string(" WHERE service_id IN (") + kDemoServices + ")";
  c["organisations"] = scalar(s, "SELECT COUNT(*) FROM organisations WHERE source = 'demo'");
  c["services"] = scalar(s, "SELECT COUNT(*) FROM services WHERE source = 'demo'");
  c["services_active"] = scalar(s, "SELECT COUNT(*) FROM services WHERE source = 'demo' AND status = 'active'");
  for (const char* table : {"service_forms", "service_target_groups", "service_age_groups", "service_territories",
                            "facilities", "service_contacts"})
    c[table] = scalar(s, std::string("SELECT COUNT(*) FROM ") + table + in_demo);
  c["service_capacities"] = scalar(s, std::string("SELECT COUNT(*) FROM service_capacities WHERE service_form_id IN "
                                                  "(SELECT id FROM service_forms") +
                                          in_demo + ")");
  long long users = 0, memberships = 0;
  for (const auto& u : region.users) {
    long long n = 0, m = 0;
    s << "SELECT COUNT(*) FROM users WHERE login = :l", soci::use(u.login), soci::into(n);
    s << "SELECT COUNT(*) FROM memberships m JOIN users u ON u.id = m.user_id WHERE u.login = :l", soci::use(u.login),
        soci::into(m);
    users += n;
    memberships += m;
  }
  c["users"] = users;
  c["memberships"] = memberships;
  return c;
}

// Codes in a demo table column that the catalogue does not know.
long long unknown_codes(soci::session& s, const std::string& catalogue, const std::string& table,
                        const std::string& column, const std::string& where) {
  return scalar(s, "SELECT COUNT(*) FROM " + table + " x WHERE " + where +
                       " AND NOT EXISTS (SELECT 1 FROM "
                       "catalogue_items c WHERE c.catalogue = '" +
                       catalogue + "' AND c.code = x." + column + ")");
}

std::string password_hash(soci::session& s, const std::string& login) {
  std::string hash;
  s << "SELECT password_hash FROM users WHERE login = :l", soci::use(login), soci::into(hash);
  return hash;
}

void check_contents(store::Database& db, const demo::DemoRegion& region, const demo::DemoContext& ctx) {
  db.read([&](soci::session& s) {
    const std::string demo_service = std::string("x.service_id IN (") + kDemoServices + ")";
    EXPECT_GE(scalar(s, "SELECT COUNT(*) FROM services WHERE source = 'demo' AND status = 'active'"), 150);
    EXPECT_GE(scalar(s, "SELECT COUNT(*) FROM services WHERE source = 'demo' AND status = 'ended'"), 1);
    EXPECT_GE(scalar(s, "SELECT COUNT(DISTINCT kind_code) FROM services WHERE source = 'demo' AND status = 'active'"),
              20);
    EXPECT_EQ(scalar(s, std::string("SELECT COUNT(DISTINCT x.territory_code) FROM service_territories x WHERE ") +
                            demo_service),
              15);
    EXPECT_GE(scalar(s,
                     "SELECT COUNT(DISTINCT legal_form_code) FROM organisations WHERE source = 'demo' AND "
                     "type = 'provider'"),
              4);
    EXPECT_GE(scalar(s, std::string("SELECT COUNT(*) FROM facilities x WHERE x.secret = 1 AND ") + demo_service), 2);

    // Every code is one of the catalogues'.
    EXPECT_EQ(unknown_codes(s, "service_kinds", "services", "kind_code", "x.source = 'demo'"), 0);
    EXPECT_EQ(unknown_codes(s, "regions", "services", "region_code", "x.source = 'demo'"), 0);
    EXPECT_EQ(unknown_codes(s, "service_forms", "service_forms", "form_code", demo_service), 0);
    EXPECT_EQ(unknown_codes(s, "target_groups", "service_target_groups", "code", demo_service), 0);
    EXPECT_EQ(unknown_codes(s, "age_groups", "service_age_groups", "code", demo_service), 0);
    EXPECT_EQ(unknown_codes(s, "territories", "service_territories", "territory_code", demo_service), 0);
    EXPECT_EQ(unknown_codes(s, "territories", "facilities", "territory_code", demo_service), 0);
    EXPECT_EQ(unknown_codes(s, "legal_forms", "organisations", "legal_form_code", "x.source = 'demo'"), 0);
    EXPECT_EQ(unknown_codes(s, "capacity_types", "service_capacities", "type_code",
                            std::string("x.service_form_id IN (SELECT id FROM service_forms WHERE service_id IN (") +
                                kDemoServices + "))"),
              0);

    // Every form is one the kind allows (attribute forms of catalogues/service_kinds.csv).
    store::catalogue_repo::Catalogues cat(store::catalogue_repo::load_all(s), format_date(store::now_epoch()));
    soci::rowset<soci::row> forms = (s.prepare << "SELECT s.kind_code, f.form_code FROM service_forms f JOIN services "
                                                  "s ON s.id = f.service_id WHERE s.source = 'demo'");
    int checked = 0;
    for (const auto& r : forms) {
      const auto kind = store::as_str(r, 0), form = store::as_str(r, 1);
      const auto* item = cat.find("service_kinds", kind);
      ASSERT_NE(item, nullptr) << kind;
      EXPECT_NE((";" + item->attribute("forms") + ";").find(";" + form + ";"), std::string::npos)
          << "kind " << kind << " form " << form;
      ++checked;
    }
    EXPECT_GT(checked, 150);

    // IČO: the region's real one, every other valid.
    soci::rowset<soci::row> orgs = (s.prepare << "SELECT ico, type FROM organisations WHERE source = 'demo'");
    for (const auto& r : orgs) {
      const auto ico = store::as_str(r, 0);
      if (!ico.empty()) {
        EXPECT_TRUE(is_valid_ico(ico)) << ico;
      }
    }
    std::string region_type, region_code;
    s << "SELECT type, region_code FROM organisations WHERE ico = '70889546'", soci::into(region_type),
        soci::into(region_code);
    EXPECT_EQ(region_type, "region");
    EXPECT_EQ(region_code, "86");
    std::string ospod_type, ospod_territory;
    s << "SELECT type, territory_code FROM organisations WHERE id = :id", soci::use(ctx.ospod_id),
        soci::into(ospod_type), soci::into(ospod_territory);
    EXPECT_EQ(ospod_type, "municipality");
    EXPECT_EQ(ospod_territory, "5209");

    // Users for every role in a provider, and the public bodies' people.
    std::set<std::string> provider_roles, held;
    for (const auto& u : region.users) {
      soci::rowset<soci::row> ms = (s.prepare << "SELECT m.role, o.type FROM memberships m JOIN users u ON u.id = "
                                                 "m.user_id JOIN organisations o ON o.id = m.organisation_id WHERE "
                                                 "u.login = :l",
                                    soci::use(u.login));
      for (const auto& r : ms) {
        held.insert(store::as_str(r, 0) + "@" + store::as_str(r, 1));
        if (store::as_str(r, 1) == "provider") provider_roles.insert(store::as_str(r, 0));
      }
    }
    EXPECT_EQ(provider_roles,
              (std::set<std::string>{"admin", "manager", "worker", "auditor", "readonly", "evaluator"}));
    for (const char* need : {"admin@region", "manager@region", "worker@municipality", "auditor@audit_body"})
      EXPECT_TRUE(held.count(need)) << need;
    long long platform_admin = 0;
    s << "SELECT platform_admin FROM users WHERE login = 'admin'", soci::into(platform_admin);
    EXPECT_EQ(platform_admin, 1);
  });
}

void run_demo_twice(store::Database& db) {
  const auto region = demo::build_demo_region();
  const long long audits_before = db.read(
      [](soci::session& s) { return scalar(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'demo.refresh'"); });
  const long long version_before =
      db.read([](soci::session& s) { return scalar(s, "SELECT version FROM data_versions WHERE scope = 'registry'"); });

  const auto first = db.write([&](soci::session& s) { return demo::write_demo_region(s, region, store::now_epoch()); });
  EXPECT_EQ(first.services.size(), region.services.size());
  EXPECT_EQ(first.providers.size(), region.providers.size());
  EXPECT_NE(first.region_id, 0);
  EXPECT_NE(first.audit_body_id, 0);
  EXPECT_NE(first.municipality_id, first.ospod_id);
  EXPECT_EQ(first.main_provider_id, first.providers.at(demo::kMainProviderKey));
  check_contents(db, region, first);
  const auto counts = db.read([&](soci::session& s) { return demo_counts(s, region); });
  EXPECT_EQ(counts.at("services"), static_cast<long long>(region.services.size()));
  EXPECT_EQ(counts.at("users"), static_cast<long long>(region.users.size()));

  // A second run with another administrator password: same rows, same ids, passwords reset.
  demo::DemoOptions other;
  other.admin_password = "jine-heslo-2026";
  const auto again = demo::build_demo_region(other);
  const auto second = db.write([&](soci::session& s) { return demo::write_demo_region(s, again, store::now_epoch()); });
  EXPECT_EQ(second.services_created, 0);
  EXPECT_EQ(second.organisations_created, 0);
  EXPECT_EQ(second.users_created, 0);
  EXPECT_EQ(second.services_ended, 0);
  EXPECT_EQ(second.services, first.services);
  EXPECT_EQ(second.users, first.users);
  EXPECT_EQ(db.read([&](soci::session& s) { return demo_counts(s, region); }), counts);
  db.read([&](soci::session& s) {
    EXPECT_TRUE(accounts::verify_password("jine-heslo-2026", password_hash(s, "admin")));
    EXPECT_TRUE(accounts::verify_password("kvalis-demo-2026", password_hash(s, "poskytovatel.manazer")));
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'demo.refresh'"), audits_before + 2);
    EXPECT_EQ(scalar(s, "SELECT version FROM data_versions WHERE scope = 'registry'"), version_before + 2);
  });
}

TEST(DemoRegion, IsDeterministicAndFitsTheCatalogueShape) {
  const auto a = demo::build_demo_region();
  const auto b = demo::build_demo_region();
  ASSERT_EQ(a.services.size(), b.services.size());
  std::set<std::string> registry_ids, icos, keys;
  for (std::size_t i = 0; i < a.services.size(); ++i) {
    const auto& x = a.services[i].service;
    const auto& y = b.services[i].service;
    EXPECT_EQ(x.registry_id, y.registry_id);
    EXPECT_EQ(x.registered_from, y.registered_from);
    EXPECT_EQ(x.territories, y.territories);
    EXPECT_EQ(registry::headline_capacity(x), registry::headline_capacity(y));
    EXPECT_TRUE(registry_ids.insert(x.registry_id).second) << x.registry_id;
    EXPECT_TRUE(keys.insert(a.services[i].key).second) << a.services[i].key;
    EXPECT_GE(x.registered_from, "2007-01-01");
    EXPECT_LE(x.registered_from, "2024-12-31");
    if (x.status == "ended") {
      EXPECT_LT(x.registered_from, x.ended_on) << x.name;
    }
    EXPECT_FALSE(x.facilities.empty()) << x.name;
    for (const auto& f : x.forms) {
      ASSERT_EQ(f.capacities.size(), 1u);
      const auto& type = f.capacities[0].type_code;
      if (f.form_code == "pob") {
        EXPECT_EQ(type, "luzka") << x.name;
      }
      if (x.kind_code == "18") {
        EXPECT_EQ(type, "hovor");
      }
      if (x.kind_code == "22" || x.kind_code == "25" || x.kind_code == "32") {
        EXPECT_EQ(type, "kontakt");
      }
      EXPECT_GT(f.capacities[0].count, 0);
    }
  }
  for (const auto& p : a.providers) EXPECT_TRUE(icos.insert(p.provider.ico).second) << p.provider.ico;
  EXPECT_EQ(demo::ico_with_check_digit("7088954"), "70889546");  // Královéhradecký kraj
  EXPECT_TRUE(is_valid_ico(a.organisations.at(0).ico));
  for (const auto& u : a.users) EXPECT_GE(u.password.size(), accounts::kMinPasswordLength) << u.login;
}

class DemoRegionDb : public ::testing::TestWithParam<kvalis::testing::Backend> {};

TEST_P(DemoRegionDb, WritesIdempotently) {
  kvalis::testing::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  run_demo_twice(tdb.db());
}

// Issue 9, item 20: the region's most common kind in benchmarking, pečovatelská služba (§ 40), has its working
// group with a methodology, two closed rounds with a computed comparison and an open round, so a regional
// officer compares home-care services on cost per client.
TEST_P(DemoRegionDb, HasAHomeCareWorkingGroupComparedOnCostPerClient) {
  kvalis::testing::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  const auto region = demo::build_demo_region();
  tdb.db().write([&](soci::session& s) {
    const auto ctx = demo::write_demo_region(s, region, store::now_epoch());
    return demo::write_benchmark_demo(s, region, ctx);
  });
  tdb.db().read([&](soci::session& s) {
    long long group = 0;
    std::string kinds;
    s << "SELECT id, kinds FROM bm_groups WHERE name = 'Pečovatelská služba'", soci::into(group), soci::into(kinds);
    ASSERT_NE(group, 0);
    EXPECT_EQ(kinds, ";4;");
    const std::string g = std::to_string(group);
    // Members: providers of home care only, at least twelve, full and data-only.
    EXPECT_GE(scalar(s, "SELECT COUNT(*) FROM bm_group_members WHERE group_id = " + g), 12);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM bm_group_members m WHERE m.group_id = " + g +
                            " AND NOT EXISTS (SELECT 1 FROM services x WHERE x.provider_id = m.provider_org_id AND "
                            "x.kind_code = '4' AND x.status = 'active')"),
              0);
    EXPECT_EQ(scalar(s, "SELECT COUNT(DISTINCT participation) FROM bm_group_members WHERE group_id = " + g), 2);
    EXPECT_GE(scalar(s, "SELECT COUNT(*) FROM bm_meetings WHERE group_id = " + g + " AND minutes <> ''"), 2);
    // Its published methodology defines the home-care indicators as formulas of its data items.
    std::string num, den, direction;
    s << "SELECT i.numerator, i.denominator, i.direction FROM bm_indicators i JOIN bm_methodologies m ON m.id = "
         "i.methodology_id WHERE m.group_id = :g AND m.status = 'published' AND i.code = 'cost_per_client'",
        soci::use(group), soci::into(num), soci::into(den), soci::into(direction);
    EXPECT_EQ(num, "costs_total");
    EXPECT_EQ(den, "clients_total");
    EXPECT_EQ(direction, "lower");
    // Every item and indicator of every demo methodology has its English name (the pages in English show it).
    EXPECT_GT(scalar(s, "SELECT COUNT(*) FROM bm_items"), 50);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM bm_items WHERE name_en = '' OR name_en IS NULL"), 0);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM bm_indicators WHERE name_en = '' OR name_en IS NULL"), 0);
    std::string cost_en;
    s << "SELECT i.name_en FROM bm_indicators i JOIN bm_methodologies m ON m.id = i.methodology_id "
         "WHERE m.group_id = :g AND i.code = 'cost_per_client'",
        soci::use(group), soci::into(cost_en);
    EXPECT_EQ(cost_en, "Cost per client");
    EXPECT_EQ(scalar(s,
                     "SELECT COUNT(*) FROM bm_indicators i JOIN bm_methodologies m ON m.id = i.methodology_id "
                     "WHERE m.group_id = " +
                         g +
                         " AND i.code IN ('cost_per_client', 'cost_per_care_hour', "
                         "'clients_per_fte_direct', 'high_need_share')"),
              4);
    // Rounds: 2023 and 2024 locked, 2025 open.
    std::map<int, std::string> rounds;
    soci::rowset<soci::row> rs =
        (s.prepare << "SELECT period_year, status FROM bm_rounds WHERE group_id = :g", soci::use(group));
    for (const auto& r : rs) rounds[store::as_int(r, 0)] = store::as_str(r, 1);
    EXPECT_EQ(rounds, (std::map<int, std::string>{{2023, "locked"}, {2024, "locked"}, {2025, "open"}}));
    // The open round's forms are due after today, whenever the demo is made (not months past its deadline).
    std::string open_deadline;
    s << "SELECT deadline FROM bm_rounds WHERE group_id = :g AND status = 'open'", soci::use(group),
        soci::into(open_deadline);
    EXPECT_GT(open_deadline, format_date(store::now_epoch()));
    // The comparison of 2024 on cost per client: every home-care service of the members has a value, the
    // peer statistics are computed and plausible (tens of thousands of CZK a year per client).
    long long round2024 = 0;
    s << "SELECT id FROM bm_rounds WHERE group_id = :g AND period_year = 2024", soci::use(group), soci::into(round2024);
    const std::string cost =
        "(SELECT i.id FROM bm_indicators i JOIN bm_rounds r ON r.methodology_id = "
        "i.methodology_id WHERE r.id = " +
        std::to_string(round2024) + " AND i.code = 'cost_per_client')";
    const long long valued = scalar(s, "SELECT COUNT(*) FROM bm_scores WHERE round_id = " + std::to_string(round2024) +
                                           " AND indicator_id = " + cost + " AND value IS NOT NULL");
    EXPECT_GE(valued, 15);
    EXPECT_EQ(
        scalar(s, "SELECT COUNT(*) FROM bm_scores sc JOIN services x ON x.id = sc.service_id WHERE sc.round_id = " +
                      std::to_string(round2024) + " AND x.kind_code <> '4'"),
        0);
    double median = 0;
    long long n = 0;
    s << "SELECT median, n FROM bm_stats WHERE round_id = :r AND indicator_id = " + cost + " ORDER BY n DESC",
        soci::use(round2024), soci::into(median), soci::into(n);
    EXPECT_GE(n, 10);
    EXPECT_GT(median, 30000.0);
    EXPECT_LT(median, 120000.0);
    // The open round: the main provider's home-care forms are one submitted, one draft, the others not started.
    long long round2025 = 0;
    s << "SELECT id FROM bm_rounds WHERE group_id = :g AND period_year = 2025", soci::use(group), soci::into(round2025);
    std::map<std::string, long long> states;
    soci::rowset<soci::row> subs = (s.prepare << "SELECT b.status, COUNT(*) FROM bm_submissions b JOIN services x ON "
                                                 "x.id = b.service_id JOIN organisations o ON o.id = x.provider_id "
                                                 "WHERE b.round_id = :r AND o.name = 'Charita Kladské pomezí' "
                                                 "GROUP BY b.status",
                                    soci::use(round2025));
    for (const auto& r : subs) states[store::as_str(r, 0)] = store::as_ll(r, 1);
    EXPECT_EQ(states, (std::map<std::string, long long>{{"draft", 1}, {"submitted", 1}}));
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, DemoRegionDb,
                         ::testing::Values(kvalis::testing::Backend::sqlite, kvalis::testing::Backend::postgresql),
                         kvalis::testing::backend_name);

}  // namespace
