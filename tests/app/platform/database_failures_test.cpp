// Database failures outside the request (platform/store/database.*): which errors are "unavailable" (the
// shared table tests/data/platform/database_failures.csv), a full SQLite database answered as
// Unavailable("unavailable.storage_full") with reads going on and writes succeeding again once there is
// room, and a PostgreSQL connection the server ended replaced by the pool without a restart.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <set>
#include <string>

#include "platform/store/database.hpp"
#include "support/data_table.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

TEST(DatabaseFailures, WhichErrorsAreUnavailable) {
  const auto table = load_data_table("platform/database_failures.csv");
  ASSERT_GE(table.rows.size(), 20u);
  for (const auto& row : table.rows) {
    const auto dialect = table.get(row, "dialect") == "sqlite" ? store::Dialect::sqlite : store::Dialect::postgresql;
    const auto key = store::unavailable_key(dialect, std::stoi(table.get(row, "sqlite_code")),
                                            table.get(row, "sqlstate"), table.get(row, "connection_lost") == "1");
    EXPECT_EQ(key.value_or(""), table.get(row, "key"))
        << table.get(row, "dialect") << " " << table.get(row, "sqlite_code") << " " << table.get(row, "sqlstate");
  }
}

long long count_rows(store::Database& db) {
  return db.read([](soci::session& s) {
    long long n = 0;
    s << "SELECT COUNT(*) FROM filler", soci::into(n);
    return n;
  });
}

TEST(DatabaseFailures, SqliteFullIsUnavailableAndWritesWorkAgainWithRoom) {
  std::random_device rd;
  const auto path = std::filesystem::temp_directory_path() / ("kvalis_full_" + std::to_string(rd()) + ".db");
  {
    store::Database db(path.string(), 1);  // one connection: the page limit below is the connection's
    db.write([](soci::session& s) { s << "CREATE TABLE filler (id INTEGER PRIMARY KEY, data TEXT NOT NULL)"; });
    db.read([](soci::session& s) {
      long long pages = 0;
      s << "PRAGMA page_count", soci::into(pages);
      s << "PRAGMA max_page_count = " + std::to_string(pages + 4);
    });
    const std::string blob(3000, 'x');
    long long stored = 0;
    bool full = false;
    for (int i = 0; i < 200 && !full; ++i) {
      try {
        db.write([&](soci::session& s) {
          for (int j = 0; j < 4; ++j) s << "INSERT INTO filler (data) VALUES (:d)", soci::use(blob);
        });
        stored += 4;
      } catch (const store::Unavailable& e) {
        EXPECT_EQ(e.key(), "unavailable.storage_full") << e.what();
        full = true;
      }
    }
    ASSERT_TRUE(full) << "the page limit was never reached";
    // The failed transaction left nothing behind, and reads go on.
    EXPECT_EQ(count_rows(db), stored);
    // Room again: the same pool writes.
    db.read([](soci::session& s) { s << "PRAGMA max_page_count = 1000000"; });
    db.write([&](soci::session& s) { s << "INSERT INTO filler (data) VALUES (:d)", soci::use(blob); });
    EXPECT_EQ(count_rows(db), stored + 1);
    const std::string integrity = db.read([](soci::session& s) {
      std::string r;
      s << "PRAGMA integrity_check", soci::into(r);
      return r;
    });
    EXPECT_EQ(integrity, "ok");
  }
  for (const char* ext : {"", "-wal", "-shm"}) std::filesystem::remove(path.string() + ext);
}

long long backend_pid(soci::session& s) {
  long long pid = 0;
  s << "SELECT pg_backend_pid()", soci::into(pid);
  return pid;
}

TEST(DatabaseFailures, PostgresqlConnectionsEndedByTheServerAreReplaced) {
  TestDatabase t(Backend::postgresql, false);
  KVALIS_REQUIRE_DB(t);
  auto& db = t.db();  // a pool of 4
  std::set<long long> pids;
  // Two connections in use at once: the pool's first two.
  db.read([&](soci::session& outer) {
    pids.insert(backend_pid(outer));
    db.read([&](soci::session& inner) { pids.insert(backend_pid(inner)); });
  });
  ASSERT_EQ(pids.size(), 2u);
  // The server ends both (as a restart of PostgreSQL would), seen from another connection; the call waits
  // until they are gone (PostgreSQL 14 or newer).
  {
    const char* uri = std::getenv("KVALIS_TEST_PG");
    store::Database admin(uri, 1);
    for (long long pid : pids)
      admin.read([&](soci::session& s) {
        int done = 0;
        s << "SELECT CASE WHEN pg_terminate_backend(:p, 10000) THEN 1 ELSE 0 END", soci::use(pid), soci::into(done);
        EXPECT_EQ(done, 1);
      });
  }
  // The request that meets the dead connection gets Unavailable, not an SQL error ...
  EXPECT_THROW(db.read([](soci::session& s) { backend_pid(s); }), store::Unavailable);
  // ... and the next ones are served: the broken connection is reconnected, and the other one, never used
  // since, is checked before it is lent and replaced too.
  std::set<long long> fresh;
  db.read([&](soci::session& outer) {
    fresh.insert(backend_pid(outer));
    db.read([&](soci::session& inner) { fresh.insert(backend_pid(inner)); });
  });
  EXPECT_EQ(fresh.size(), 2u);
  for (long long pid : fresh) EXPECT_EQ(pids.count(pid), 0u) << "connection " << pid << " is a new one";
  // Writes work again too.
  const long long n = db.write([](soci::session& s) {
    long long one = 0;
    s << "SELECT 1", soci::into(one);
    return one;
  });
  EXPECT_EQ(n, 1);
}

}  // namespace
}  // namespace kvalis::testing
