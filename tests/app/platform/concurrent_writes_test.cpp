// A write transaction that loses a race with another one (of this process or of another kvalis process on the
// same database) ends as store::Conflict (HTTP 409), never as an internal error: a unique key taken meanwhile
// on both databases, a deadlock on PostgreSQL. Other database errors stay what they were.
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <latch>
#include <thread>

#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

class ConcurrentWrites : public ::testing::TestWithParam<Backend> {};

void create_table(store::Database& db) {
  db.write([](soci::session& s) {
    s << "CREATE TABLE race_rows (k TEXT PRIMARY KEY, n INTEGER NOT NULL)";
    s << "INSERT INTO race_rows (k, n) VALUES ('a', 0)";
    s << "INSERT INTO race_rows (k, n) VALUES ('b', 0)";
  });
}

TEST_P(ConcurrentWrites, UniqueKeyTakenMeanwhileIsAConflictAndWritesNothing) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  create_table(t.db());
  EXPECT_THROW(t.db().write([](soci::session& s) {
    s << "UPDATE race_rows SET n = 1 WHERE k = 'b'";
    s << "INSERT INTO race_rows (k, n) VALUES ('a', 2)";
  }),
               store::Conflict);
  const int n = t.db().read([](soci::session& s) {
    int v = -1;
    s << "SELECT n FROM race_rows WHERE k = 'b'", soci::into(v);
    return v;
  });
  EXPECT_EQ(n, 0);  // rolled back
}

TEST_P(ConcurrentWrites, OtherErrorsAreNotConflicts) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  create_table(t.db());
  auto not_null = [&] { t.db().write([](soci::session& s) { s << "INSERT INTO race_rows (k) VALUES ('c')"; }); };
  auto no_table = [&] { t.db().write([](soci::session& s) { s << "SELECT n FROM no_such_table"; }); };
  for (const auto& f : {std::function<void()>(not_null), std::function<void()>(no_table)}) {
    try {
      f();
      ADD_FAILURE() << "no error";
    } catch (const store::Conflict& e) {
      ADD_FAILURE() << "a conflict: " << e.what();
    } catch (const soci::soci_error&) {
      // as before
    }
  }
}

// Two transactions that update the same two rows in opposite order: PostgreSQL ends one of them (deadlock
// detected); it is a Conflict, the other commits.
TEST_P(ConcurrentWrites, DeadlockIsAConflictOfOneOfTheTwo) {
  if (GetParam() == Backend::sqlite) GTEST_SKIP() << "SQLite serialises writers (BEGIN IMMEDIATE)";
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  create_table(t.db());
  std::latch both_hold_one(2);
  std::atomic<int> conflicts{0}, committed{0}, other{0};
  auto worker = [&](const char* first, const char* second) {
    try {
      t.db().write([&](soci::session& s) {
        s << "UPDATE race_rows SET n = n + 1 WHERE k = :k", soci::use(std::string(first));
        both_hold_one.arrive_and_wait();
        s << "UPDATE race_rows SET n = n + 1 WHERE k = :k", soci::use(std::string(second));
      });
      ++committed;
    } catch (const store::Conflict&) {
      ++conflicts;
    } catch (...) {
      ++other;
    }
  };
  std::thread a(worker, "a", "b"), b(worker, "b", "a");
  a.join();
  b.join();
  EXPECT_EQ(conflicts.load(), 1);
  EXPECT_EQ(committed.load(), 1);
  EXPECT_EQ(other.load(), 0);
  const int total = t.db().read([](soci::session& s) {
    int v = 0;
    s << "SELECT SUM(n) FROM race_rows", soci::into(v);
    return v;
  });
  EXPECT_EQ(total, 2);  // the winner's two updates, none of the loser's
}

INSTANTIATE_TEST_SUITE_P(Backends, ConcurrentWrites, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
