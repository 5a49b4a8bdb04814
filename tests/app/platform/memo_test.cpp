// Rows that never change once committed are kept per Database (store::remembered, platform/store/memo.hpp): what
// read() loads is kept and not loaded again, by any connection; what a write's transaction loads is used but not
// kept (it may roll back); an empty result is never kept; two databases keep their own; off a Database's
// connections the loader always runs.
#include "platform/store/memo.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

using Rows = std::vector<std::string>;

class MemoTest : public ::testing::TestWithParam<Backend> {
 protected:
  void SetUp() override {
    t_ = std::make_unique<TestDatabase>(GetParam());
    if (!t_->available()) GTEST_SKIP() << "KVALIS_TEST_PG is not set: PostgreSQL tests skipped";
    t_->db().write(
        [](soci::session& s) { s << "CREATE TABLE memo_rows (set_id BIGINT NOT NULL, name TEXT NOT NULL)"; });
  }
  store::Database& db() { return t_->db(); }

  // The names of a set, through remembered(); counts the loads.
  Rows names(soci::session& s, long long set_id) {
    return *store::remembered<Rows>(s, "test.names:" + std::to_string(set_id), [&](soci::session& s) {
      ++loads_;
      Rows out;
      soci::rowset<std::string> rs =
          (s.prepare << "SELECT name FROM memo_rows WHERE set_id = :s ORDER BY name", soci::use(set_id));
      for (const auto& n : rs) out.push_back(n);
      return out;
    });
  }
  void add(long long set_id, const std::string& name) {
    db().write([&](soci::session& s) {
      s << "INSERT INTO memo_rows (set_id, name) VALUES (:s, :n)", soci::use(set_id), soci::use(name);
    });
  }

  std::unique_ptr<TestDatabase> t_;
  int loads_ = 0;
};

TEST_P(MemoTest, WhatAReadLoadsIsKeptForEveryConnection) {
  add(1, "a");
  add(1, "b");
  EXPECT_EQ(db().read([&](soci::session& s) { return names(s, 1); }), (Rows{"a", "b"}));
  EXPECT_EQ(loads_, 1);
  // Several leases at once: each connection gets the kept rows.
  db().read([&](soci::session& outer) {
    EXPECT_EQ(names(outer, 1), (Rows{"a", "b"}));
    db().read([&](soci::session& inner) { EXPECT_EQ(names(inner, 1), (Rows{"a", "b"})); });
  });
  db().write([&](soci::session& s) { EXPECT_EQ(names(s, 1), (Rows{"a", "b"})); });
  EXPECT_EQ(loads_, 1);
}

TEST_P(MemoTest, WhatAWriteLoadsIsUsedButNotKept) {
  add(2, "x");
  db().write([&](soci::session& s) {
    s << "INSERT INTO memo_rows (set_id, name) VALUES (2, 'y')";
    EXPECT_EQ(names(s, 2), (Rows{"x", "y"}));  // its own uncommitted row
    EXPECT_EQ(names(s, 2), (Rows{"x", "y"}));
  });
  EXPECT_EQ(loads_, 2);
  EXPECT_EQ(db().read([&](soci::session& s) { return names(s, 2); }), (Rows{"x", "y"}));
  EXPECT_EQ(loads_, 3);
}

TEST_P(MemoTest, AnEmptyResultIsNotKept) {
  EXPECT_TRUE(db().read([&](soci::session& s) { return names(s, 3); }).empty());
  add(3, "later");  // a set created after someone asked for it
  EXPECT_EQ(db().read([&](soci::session& s) { return names(s, 3); }), (Rows{"later"}));
  EXPECT_EQ(loads_, 2);
}

TEST_P(MemoTest, OffTheDatabasesConnectionsTheLoaderAlwaysRuns) {
  add(4, "p");
  db().read([&](soci::session& s) { names(s, 4); });
  EXPECT_EQ(loads_, 1);
  // A session of another database (or a tool's own session) while this thread holds a lease: not this memo.
  TestDatabase other(GetParam());
  other.db().write([](soci::session& s) {
    s << "CREATE TABLE memo_rows (set_id BIGINT NOT NULL, name TEXT NOT NULL)";
    s << "INSERT INTO memo_rows (set_id, name) VALUES (4, 'q')";
  });
  EXPECT_EQ(other.db().read([&](soci::session& s) { return names(s, 4); }), (Rows{"q"}));
  db().read([&](soci::session&) { other.db().read([&](soci::session& s) { EXPECT_EQ(names(s, 4), (Rows{"q"})); }); });
  EXPECT_EQ(loads_, 2);  // the other database kept its own "q"
}

INSTANTIATE_TEST_SUITE_P(Backends, MemoTest, ::testing::Values(Backend::sqlite, Backend::postgresql), backend_name);

}  // namespace
}  // namespace kvalis::testing
