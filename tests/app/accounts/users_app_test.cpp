// The accounts use cases (src/accounts/app/users.hpp) on a fresh SQLite file, and on PostgreSQL when
// KVALIS_TEST_PG holds a URI: what the command line, the demo and the user routes share.
#include <gtest/gtest.h>

#include <string>

#include "accounts/app/users.hpp"
#include "accounts/core/credentials.hpp"
#include "accounts/store/accounts_repo.hpp"
#include "registry/store/registry_repo.hpp"
#include "support/test_db.hpp"

namespace {

using namespace kvalis;
using kvalis::testing::Backend;
namespace kt = kvalis::testing;
namespace app = accounts::app;

class AccountsAppTest : public ::testing::TestWithParam<Backend> {};

long long scalar(soci::session& s, const std::string& sql) {
  long long n = 0;
  s << sql, soci::into(n);
  return n;
}

long long add_provider(store::Database& db, const std::string& name) {
  return db.write([&](soci::session& s) {
    store::registry_repo::OrganisationRow o;
    o.type = "provider";
    o.name = name;
    o.region_code = "86";
    return store::registry_repo::insert_organisation(s, o, "test");
  });
}

accounts::NewUser new_user(const std::string& login, std::vector<accounts::RoleGrant> roles) {
  accounts::NewUser in;
  in.login = login;
  in.display_name = "Uživatel " + login;
  in.password = "dlouhe-heslo-" + login;
  in.memberships = std::move(roles);
  return in;
}

// The administrator of an organisation as the session would load them.
accounts::Caller admin_of(const app::User& u, long long organisation_id) {
  accounts::Caller c;
  c.principal.user_id = u.id;
  c.principal.login = u.login;
  accounts::Membership m;
  m.organisation_id = organisation_id;
  m.role = accounts::Role::admin;
  c.principal.memberships.push_back(m);
  c.ip = "192.0.2.1";
  return c;
}

TEST_P(AccountsAppTest, AnOrganisationAdministratorManagesOnlyTheirOwn) {
  kt::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const long long a = add_provider(db, "Poskytovatel A"), b = add_provider(db, "Poskytovatel B");
  const auto cli = accounts::system_caller(0, "cli");
  auto root = app::create_user(db, cli, [] {
    auto in = new_user("root", {});
    in.platform_admin = true;
    return in;
  }());
  ASSERT_TRUE(root);
  auto admin = app::create_user(db, cli, new_user("admin.a", {{a, "admin"}}));
  ASSERT_TRUE(admin);
  auto other = app::create_user(db, cli, new_user("worker.b", {{b, "worker"}}));
  ASSERT_TRUE(other);
  const auto caller = admin_of(*admin, a);

  auto worker = app::create_user(db, caller, new_user("worker.a", {{a, "worker"}}));
  ASSERT_TRUE(worker);
  EXPECT_EQ(worker->memberships.size(), 1u);
  EXPECT_EQ(worker->memberships.at(0).organisation_name, "Poskytovatel A");
  auto foreign = app::create_user(db, caller, new_user("worker.x", {{b, "worker"}}));
  ASSERT_FALSE(foreign);
  EXPECT_EQ(foreign.error().code, ErrorCode::forbidden);
  EXPECT_EQ(foreign.error().field, "memberships[0].organisation_id");
  auto again = app::create_user(db, caller, new_user("worker.a", {{a, "worker"}}));
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().code, ErrorCode::conflict);

  // Users of other organisations and the platform administrator are not found.
  for (long long id : {other->id, root->id}) {
    auto r = app::update_user(db, caller, id, {std::string("Jiné jméno"), {}, {}, {}});
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::not_found);
  }
  auto self = app::update_user(db, caller, admin->id, {{}, {}, {}, false});
  ASSERT_FALSE(self);
  EXPECT_EQ(self.error().message_key, "user.deactivate_self");

  // Replacing roles keeps the one in B, which the administrator of A does not manage.
  ASSERT_TRUE(app::set_memberships(db, cli, worker->id, {{a, "worker"}, {b, "readonly"}}));
  auto replaced = app::set_memberships(db, caller, worker->id, {{a, "manager"}});
  ASSERT_TRUE(replaced);
  ASSERT_EQ(replaced->memberships.size(), 2u);

  auto listed = app::list_users(db, caller, {"", 50, 0});
  ASSERT_TRUE(listed);
  EXPECT_EQ(listed->total, 2);  // admin.a and worker.a
  db.read([&](soci::session& s) {
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'user.create' AND user_login = 'cli'"), 3);
    long long org = 0;
    s << "SELECT organisation_id FROM audit_log WHERE action = 'user.create' AND user_login = 'admin.a'",
        soci::into(org);
    EXPECT_EQ(org, a);
    std::string detail;
    s << "SELECT detail FROM audit_log WHERE action = 'user.memberships' AND user_login = 'admin.a'",
        soci::into(detail);
    EXPECT_EQ(detail, std::to_string(a) + ":manager, " + std::to_string(b) + ":readonly");
  });
}

TEST_P(AccountsAppTest, TheCommandLineIsToldWhenAnOrganisationDoesNotExist) {
  kt::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto r = app::create_user(tdb.db(), accounts::system_caller(0, "cli"), new_user("novak", {{424242, "worker"}}));
  ASSERT_FALSE(r);
  EXPECT_EQ(r.error().field, "memberships[0].organisation_id");
  EXPECT_EQ(r.error().message_key, "organisation.not_found");
  EXPECT_EQ(tdb.db().read([](soci::session& s) { return scalar(s, "SELECT COUNT(*) FROM users"); }), 0);
}

TEST_P(AccountsAppTest, PutUserCreatesOnceAndRefreshes) {
  kt::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const long long a = add_provider(db, "Poskytovatel A"), b = add_provider(db, "Poskytovatel B");
  const auto demo = accounts::system_caller(0, "demo");
  auto in = new_user("demo.user", {{a, "worker"}});
  const auto first =
      db.write([&](soci::session& s) { return app::put_user(s, demo, in, accounts::hash_password(in.password)); });
  ASSERT_TRUE(first);
  EXPECT_TRUE(first->created);
  ASSERT_TRUE(app::update_user(db, demo, first->user.id, {{}, {}, std::string("en"), false}));

  in.display_name = "Nové jméno";
  in.password = "jine-dlouhe-heslo";
  in.memberships = {{b, "manager"}};
  const auto second =
      db.write([&](soci::session& s) { return app::put_user(s, demo, in, accounts::hash_password(in.password)); });
  ASSERT_TRUE(second);
  EXPECT_FALSE(second->created);
  EXPECT_EQ(second->user.id, first->user.id);
  EXPECT_EQ(second->user.display_name, "Nové jméno");
  EXPECT_TRUE(second->user.active);
  EXPECT_EQ(second->user.language, "cs");
  ASSERT_EQ(second->user.memberships.size(), 1u);
  EXPECT_EQ(second->user.memberships[0].organisation_id, b);
  db.read([&](soci::session& s) {
    auto u = store::accounts_repo::find_user(s, first->user.id);
    ASSERT_TRUE(u);
    EXPECT_TRUE(accounts::verify_password("jine-dlouhe-heslo", u->password_hash));
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM users"), 1);
  });

  // The demo's data passes the same checks: a short password is refused and nothing is written.
  in.password = "kratke";
  const auto bad = db.write([&](soci::session& s) { return app::put_user(s, demo, in, "x"); });
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().message_key, "password.too_short");
}

TEST_P(AccountsAppTest, ResetPasswordEndsTheSessions) {
  kt::TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  auto& db = tdb.db();
  const auto cli = accounts::system_caller(0, "cli");
  auto u = app::create_user(db, cli, new_user("novak", {}));
  ASSERT_TRUE(u);
  db.write([&](soci::session& s) {
    const long long now = store::now_epoch();
    store::accounts_repo::create_session(s, "d1", u->id, "c1", now, now + 3600, "", "");
    store::accounts_repo::create_session(s, "d2", u->id, "c2", now, now + 3600, "", "");
  });
  ASSERT_TRUE(app::reset_password(db, cli, "novak", "uplne-nove-heslo"));
  db.read([&](soci::session& s) {
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM sessions"), 0);
    EXPECT_EQ(scalar(s, "SELECT COUNT(*) FROM audit_log WHERE action = 'password.reset'"), 1);
    EXPECT_TRUE(
        accounts::verify_password("uplne-nove-heslo", store::accounts_repo::find_user(s, u->id)->password_hash));
  });
  auto missing = app::reset_password(db, cli, "nikdo", "uplne-nove-heslo");
  ASSERT_FALSE(missing);
  EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

INSTANTIATE_TEST_SUITE_P(Backends, AccountsAppTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         kt::backend_name);

}  // namespace
