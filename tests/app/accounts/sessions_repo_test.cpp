// The sessions a user lists and ends (OWASP ASVS 3.3.4) in the store, on SQLite and PostgreSQL: migration 0011
// gives the sessions already there an id and a time of last use; a user's list, ending one by id (only their
// own), ending the others, renewing a token.
#include <gtest/gtest.h>

#include <algorithm>
#include <utility>

#include "accounts/store/accounts_repo.hpp"
#include "platform/store/migrations.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace repo = store::accounts_repo;

class SessionsRepo : public ::testing::TestWithParam<Backend> {};

long long add_user(soci::session& s, const std::string& login) {
  repo::UserRow u;
  u.login = login;
  u.display_name = login;
  u.password_hash = "x";
  u.created_at = 1;
  return repo::insert_user(s, u);
}

TEST_P(SessionsRepo, Migration0011GivesExistingSessionsAnIdAndTheirLoginAsLastUse) {
  TestDatabase t(GetParam(), /*migrate=*/false);
  KVALIS_REQUIRE_DB(t);
  long long user = 0;
  t.db().write([&](soci::session& s) {
    store::apply_migrations_in(t.db(), s, 10);
    user = add_user(s, "jana");
    for (const auto& [digest, created] : {std::pair{"d-one", 100LL}, std::pair{"d-two", 300LL}})
      s << "INSERT INTO sessions (token_digest, user_id, csrf_token, created_at, expires_at, ip, user_agent) "
           "VALUES (:d, :u, 'c', :t, 5000, '10.0.0.1', 'curl/8.5.0')",
          soci::use(std::string(digest)), soci::use(user), soci::use(created);
  });
  t.db().write([&](soci::session& s) { store::apply_migrations_in(t.db(), s, 11); });
  EXPECT_EQ(store::schema_version(t.db()), 11);
  t.db().read([&](soci::session& s) {
    const auto rows = repo::sessions_of(s, user, 1000);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].token_digest, "d-two");  // the most recently used first
    EXPECT_EQ(rows[0].last_used_at, 300);
    EXPECT_EQ(rows[1].last_used_at, 100);
    EXPECT_NE(rows[0].id, rows[1].id);
    EXPECT_GT(rows[1].id, 0);
    EXPECT_EQ(rows[1].ip, "10.0.0.1");
    const auto found = repo::find_session(s, "d-one", 1000);
    ASSERT_TRUE(found);
    EXPECT_EQ(found->id, rows[1].id);
  });
  // New sessions get ids after the migrated ones (PostgreSQL's identity and SQLite's rowid alike).
  t.db().write([&](soci::session& s) { repo::create_session(s, "d-three", user, "c3", 400, 5000, "", ""); });
  t.db().read([&](soci::session& s) {
    const auto rows = repo::sessions_of(s, user, 1000);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].token_digest, "d-three");
    EXPECT_GT(rows[0].id, std::max(rows[1].id, rows[2].id));
  });
}

TEST_P(SessionsRepo, AUserEndsOnlyTheirOwnSessions) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  long long jana = 0, petr = 0;
  t.db().write([&](soci::session& s) {
    jana = add_user(s, "jana");
    petr = add_user(s, "petr");
    repo::create_session(s, "j1", jana, "c", 100, 5000, "", "");
    repo::create_session(s, "j2", jana, "c", 110, 5000, "", "");
    repo::create_session(s, "j3", jana, "c", 120, 5000, "", "");
    repo::create_session(s, "p1", petr, "c", 130, 5000, "", "");
    repo::create_session(s, "old", jana, "c", 10, 50, "", "");  // expired: not listed
  });
  long long j2 = 0, p1 = 0;
  t.db().read([&](soci::session& s) {
    const auto rows = repo::sessions_of(s, jana, 1000);
    ASSERT_EQ(rows.size(), 3u);
    j2 = rows[1].id;
    p1 = repo::sessions_of(s, petr, 1000).at(0).id;
  });
  t.db().write([&](soci::session& s) {
    EXPECT_FALSE(repo::delete_user_session(s, jana, p1)) << "another user's session";
    EXPECT_TRUE(repo::delete_user_session(s, jana, j2));
    EXPECT_FALSE(repo::delete_user_session(s, jana, j2)) << "already ended";
  });
  t.db().read([&](soci::session& s) {
    EXPECT_EQ(repo::sessions_of(s, jana, 1000).size(), 2u);
    EXPECT_TRUE(repo::find_session(s, "p1", 1000));
  });
  t.db().write([&](soci::session& s) {
    repo::rotate_session(s, "j3", "j3-new", "c-new");
    EXPECT_EQ(repo::delete_other_sessions(s, jana, "j3-new"), 2);  // j1 and the expired one
    repo::touch_session(s, "j3-new", 6000, 700);
  });
  t.db().read([&](soci::session& s) {
    EXPECT_FALSE(repo::find_session(s, "j3", 1000));
    const auto renewed = repo::find_session(s, "j3-new", 1000);
    ASSERT_TRUE(renewed);
    EXPECT_EQ(renewed->csrf_token, "c-new");
    EXPECT_EQ(renewed->created_at, 120);
    EXPECT_EQ(renewed->last_used_at, 700);
    EXPECT_EQ(renewed->expires_at, 6000);
  });
  t.db().write([&](soci::session& s) { EXPECT_EQ(repo::delete_user_sessions(s, jana), 1); });
  t.db().read([&](soci::session& s) { EXPECT_TRUE(repo::sessions_of(s, jana, 1000).empty()); });
}

INSTANTIATE_TEST_SUITE_P(Backends, SessionsRepo, ::testing::Values(Backend::sqlite, Backend::postgresql), backend_name);

}  // namespace
}  // namespace kvalis::testing
