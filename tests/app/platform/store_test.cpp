// Storage: migrations, catalogues, the audit log's append-only rule and the repository queries behave
// the same on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "platform/store/activity_log.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "registry/store/registry_repo.hpp"
#include "server/setup.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

class StoreTest : public ::testing::TestWithParam<Backend> {};

long long count(store::Database& db, const std::string& table) {
  return db.read([&](soci::session& s) {
    long long n = 0;
    s << "SELECT COUNT(*) FROM " + table, soci::into(n);
    return n;
  });
}

TEST_P(StoreTest, MigrationIsRecordedAndRepeatable) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  EXPECT_GE(store::schema_version(t.db()), 1);
  const auto rows = count(t.db(), "catalogue_items");
  EXPECT_GT(rows, 250);
  auto again = server::migrate(t.db());
  EXPECT_TRUE(again.applied.empty());
  EXPECT_EQ(again.catalogue_rows_added, 0);
  EXPECT_EQ(count(t.db(), "catalogue_items"), rows);
  EXPECT_EQ(count(t.db(), "standard_sets"), 3);  // SQSS, OSPOD, KOMUNITNI
}

TEST_P(StoreTest, CataloguesInForceToday) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto items = t.db().read([](soci::session& s) { return store::catalogue_repo::load_all(s); });
  store::catalogue_repo::Catalogues c(items, "2026-11-24");
  EXPECT_EQ(c.items("service_kinds").size(), 34u);
  EXPECT_EQ(c.name("service_kinds", "13", false), "Domovy pro seniory");
  EXPECT_EQ(c.find("service_kinds", "13")->paragraph, "§49");
  EXPECT_EQ(c.items("regions").size(), 14u);
  EXPECT_FALSE(c.has("service_kinds", "2"));
}

TEST_P(StoreTest, AuditLogIsAppendOnly) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  t.db().write([](soci::session& s) {
    store::activity_log::Entry e;
    e.action = "login";
    e.user_login = "x";
    store::activity_log::append(s, e);
  });
  EXPECT_THROW(t.db().write([](soci::session& s) { s << "UPDATE audit_log SET action = 'forged'"; }), std::exception);
  EXPECT_THROW(t.db().write([](soci::session& s) { s << "DELETE FROM audit_log"; }), std::exception);
  long long total = 0;
  auto entries = t.db().read([&](soci::session& s) { return store::activity_log::list(s, {}, total); });
  ASSERT_EQ(total, 1);
  EXPECT_EQ(entries[0].action, "login");
}

TEST_P(StoreTest, FailedWriteRollsBack) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  EXPECT_THROW(t.db().write([](soci::session& s) {
    store::registry_repo::OrganisationRow o;
    o.type = "provider";
    o.name = "Rolled back";
    store::registry_repo::insert_organisation(s, o, "manual");
    throw std::runtime_error("boom");
  }),
               std::runtime_error);
  EXPECT_EQ(count(t.db(), "organisations"), 0);
}

// A write whose function returns an error Result rolls back what it did before the error; a value commits.
TEST_P(StoreTest, ErrorResultRollsBack) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  auto insert = [](soci::session& s, const std::string& name) {
    store::registry_repo::OrganisationRow o;
    o.type = "provider";
    o.name = name;
    return store::registry_repo::insert_organisation(s, o, "manual");
  };
  auto failed = t.db().write([&](soci::session& s) -> Result<long long> {
    insert(s, "First, then an error");
    return invalid("name", "field.invalid_value");
  });
  ASSERT_FALSE(failed.ok());
  EXPECT_EQ(failed.error().field, "name");
  EXPECT_EQ(count(t.db(), "organisations"), 0);

  auto refused = t.db().write([&](soci::session& s) -> Status {
    insert(s, "Refused");
    return forbidden();
  });
  EXPECT_FALSE(refused.ok());
  EXPECT_EQ(count(t.db(), "organisations"), 0);

  auto created = t.db().write([&](soci::session& s) -> Result<long long> { return insert(s, "Kept"); });
  ASSERT_TRUE(created.ok());
  EXPECT_GT(*created, 0);
  auto plain = t.db().write([&](soci::session& s) { return insert(s, "Kept too"); });
  EXPECT_GT(plain, 0);
  t.db().write([&](soci::session& s) { insert(s, "Kept as well"); });
  EXPECT_EQ(count(t.db(), "organisations"), 3);

  // The connection is usable after a rollback (nothing left open on it).
  for (int i = 0; i < 10; ++i)
    EXPECT_FALSE(t.db()
                     .write([&](soci::session& s) -> Status {
                       insert(s, "again");
                       return not_found();
                     })
                     .ok());
  EXPECT_EQ(count(t.db(), "organisations"), 3);
}

TEST_P(StoreTest, ServiceScopeFollowsTenantRules) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  long long p1 = 0, p2 = 0;
  t.db().write([&](soci::session& s) {
    store::registry_repo::RegistryWriter w(s, 1000, "test");
    registry::Provider a{"", "Poskytovatel A", "706", "", "86", "", ""};
    registry::Provider b{"", "Poskytovatel B", "706", "", "94", "", ""};
    p1 = w.provider(a);
    p2 = w.provider(b);
    registry::Service s1;
    s1.registry_id = "1000001";
    s1.name = "Domov Lípa";
    s1.kind_code = "13";
    s1.region_code = "86";
    s1.territories = {"5209"};
    s1.forms = {{"pob", true, {{40, "luzka", ""}}}};
    s1.target_groups = {"24"};
    w.service(p1, s1);
    registry::Service s2 = s1;
    s2.registry_id = "1000002";
    s2.name = "Čtyřlístek";
    s2.region_code = "94";
    s2.territories = {"5309"};
    s2.forms = {{"amb", false, {{10, "klient", ""}}}};
    w.service(p2, s2);
  });
  auto list = [&](const accounts::VisibilityScope& scope, std::string q = "") {
    store::registry_repo::ServiceQuery query;
    query.scope = scope;
    query.q = q;
    long long total = 0;
    auto rows = t.db().read([&](soci::session& s) { return store::registry_repo::list_services(s, query, total); });
    EXPECT_EQ(total, static_cast<long long>(rows.size()));
    return rows;
  };
  accounts::VisibilityScope all;
  all.all = true;
  EXPECT_EQ(list(all).size(), 2u);
  accounts::VisibilityScope region;
  region.region_codes = {"86"};
  ASSERT_EQ(list(region).size(), 1u);
  EXPECT_EQ(list(region)[0].name, "Domov Lípa");
  EXPECT_EQ(list(region)[0].territory_codes, std::vector<std::string>{"5209"});
  accounts::VisibilityScope orp;
  orp.territory_codes = {"5309"};
  ASSERT_EQ(list(orp).size(), 1u);
  accounts::VisibilityScope own;
  own.organisation_ids = {p2};
  ASSERT_EQ(list(own).size(), 1u);
  EXPECT_EQ(list(own)[0].provider_id, p2);
  EXPECT_TRUE(list(accounts::VisibilityScope{}).empty());
  // Search ignores case and diacritics on both databases.
  EXPECT_EQ(list(all, "CTYRLISTEK").size(), 1u);
  EXPECT_EQ(list(all, "čtyř").size(), 1u);
}

TEST_P(StoreTest, SessionsExpireAndBelongToActiveUsers) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  namespace repo = store::accounts_repo;
  t.db().write([](soci::session& s) {
    repo::UserRow u;
    u.login = "jana";
    u.display_name = "Jana";
    u.password_hash = "x";
    u.created_at = 1;
    const auto id = repo::insert_user(s, u);
    repo::create_session(s, "digest", id, "csrf", 100, 200, "127.0.0.1", "test");
  });
  t.db().read([](soci::session& s) {
    EXPECT_TRUE(repo::find_session(s, "digest", 150));
    EXPECT_FALSE(repo::find_session(s, "digest", 250));
    EXPECT_FALSE(repo::find_session(s, "other", 150));
  });
  t.db().write([](soci::session& s) { s << "UPDATE users SET active = 0"; });
  t.db().read([](soci::session& s) { EXPECT_FALSE(repo::find_session(s, "digest", 150)); });
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreTest, ::testing::Values(Backend::sqlite, Backend::postgresql), backend_name);

}  // namespace
}  // namespace kvalis::testing
