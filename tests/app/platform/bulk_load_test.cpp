// A load with the foreign keys checked at its end (platform/store/bulk_load.hpp), on both databases: the keys are
// back afterwards with the same definitions; a row that refers to nothing still fails the load, which rolls back
// and leaves the keys; a load that throws keeps them; and on PostgreSQL, when another session holds one of the
// tables, the load runs with the keys in place instead of waiting.
#include "platform/store/bulk_load.hpp"

#include <gtest/gtest.h>

#include <map>
#include <stdexcept>
#include <string>

#include "platform/store/scan.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

class BulkLoadTest : public ::testing::TestWithParam<Backend> {};

void create_tables(store::Database& db) {
  db.write([](soci::session& s) {
    s << "CREATE TABLE bl_parent (id BIGINT PRIMARY KEY, name TEXT NOT NULL)";
    s << "CREATE TABLE bl_child (id BIGINT PRIMARY KEY, parent_id BIGINT NOT NULL REFERENCES bl_parent(id) "
         "ON DELETE CASCADE, note TEXT)";
    s << "CREATE TABLE bl_grandchild (child_id BIGINT NOT NULL REFERENCES bl_child(id), "
         "parent_id BIGINT REFERENCES bl_parent(id), code TEXT)";
  });
}

// The foreign keys of the test tables as PostgreSQL writes them back ({} on SQLite, which keeps them in the table's
// own text).
std::map<std::string, std::string> keys(store::Database& db) {
  std::map<std::string, std::string> out;
  db.read([&](soci::session& s) {
    if (s.get_backend_name() != "postgresql") return;
    store::scan(s,
                "SELECT conname, conrelid::regclass::text || ': ' || pg_get_constraintdef(oid) FROM pg_constraint "
                "WHERE contype = 'f' AND conrelid::regclass::text LIKE 'bl\\_%'",
                {}, [&](const store::ScanRow& r) { out[std::string(r.text(0))] = std::string(r.text(1)); });
  });
  return out;
}

long long count(store::Database& db, const std::string& table) {
  long long n = 0;
  db.read([&](soci::session& s) { s << "SELECT COUNT(*) FROM " + table, soci::into(n); });
  return n;
}

void load_rows(soci::session& s, long long parent_of_last_child) {
  for (long long p = 1; p <= 3; ++p) s << "INSERT INTO bl_parent (id, name) VALUES (:i, 'p')", soci::use(p);
  // children before the check: on PostgreSQL nothing is checked until the keys are added back
  for (long long c = 1; c <= 5; ++c) {
    const long long parent = c == 5 ? parent_of_last_child : 1 + c % 3;
    s << "INSERT INTO bl_child (id, parent_id, note) VALUES (:c, :p, 'n')", soci::use(c), soci::use(parent);
    s << "INSERT INTO bl_grandchild (child_id, parent_id, code) VALUES (:c, :p, 'x')", soci::use(c), soci::use(parent);
  }
}

TEST_P(BulkLoadTest, LoadsAndPutsTheSameKeysBack) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  create_tables(t.db());
  const auto before = keys(t.db());
  int dropped = -1;
  t.db().write([&](soci::session& s) {
    dropped = store::with_foreign_keys_checked_at_end(s, {"bl_parent", "bl_child", "bl_grandchild"},
                                                      [&] { load_rows(s, 3); });
  });
  EXPECT_EQ(dropped, GetParam() == Backend::postgresql ? 3 : 0);
  EXPECT_EQ(keys(t.db()), before);
  if (GetParam() == Backend::postgresql) {
    EXPECT_EQ(before.size(), 3u);
    EXPECT_EQ(before.at("bl_child_parent_id_fkey"),
              "bl_child: FOREIGN KEY (parent_id) REFERENCES bl_parent(id) ON DELETE CASCADE");
  }
  EXPECT_EQ(count(t.db(), "bl_child"), 5);
  // the keys work again: a child of no parent is refused, a parent's delete cascades
  EXPECT_THROW(t.db().write([](soci::session& s) { s << "INSERT INTO bl_child (id, parent_id) VALUES (9, 99)"; }),
               soci::soci_error);
  t.db().write([](soci::session& s) {
    s << "DELETE FROM bl_grandchild";
    s << "DELETE FROM bl_parent WHERE id = 3";
  });
  EXPECT_EQ(count(t.db(), "bl_child"), 3);
}

TEST_P(BulkLoadTest, ARowThatRefersToNothingFailsTheLoadAndChangesNothing) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  create_tables(t.db());
  const auto before = keys(t.db());
  EXPECT_THROW(t.db().write([&](soci::session& s) {
    store::with_foreign_keys_checked_at_end(s, {"bl_child", "bl_grandchild"}, [&] { load_rows(s, 77); });
  }),
               soci::soci_error);
  EXPECT_EQ(count(t.db(), "bl_parent"), 0);
  EXPECT_EQ(count(t.db(), "bl_child"), 0);
  EXPECT_EQ(keys(t.db()), before);
}

TEST_P(BulkLoadTest, ALoadThatThrowsKeepsTheKeys) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  create_tables(t.db());
  const auto before = keys(t.db());
  EXPECT_THROW(t.db().write([&](soci::session& s) {
    store::with_foreign_keys_checked_at_end(s, {"bl_child"}, [&] {
      load_rows(s, 1);
      throw std::runtime_error("the file ended early");
    });
  }),
               std::runtime_error);
  EXPECT_EQ(keys(t.db()), before);
  EXPECT_EQ(count(t.db(), "bl_child"), 0);
}

TEST_P(BulkLoadTest, RefusesWhatIsNotATableName) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  if (GetParam() == Backend::sqlite) GTEST_SKIP() << "SQLite drops no key and reads no name";
  EXPECT_THROW(t.db().write([&](soci::session& s) {
    store::with_foreign_keys_checked_at_end(s, {"bl_child; DROP TABLE bl_parent"}, [] {});
  }),
               std::invalid_argument);
}

TEST(BulkLoadPostgreSQL, ATableInUseElsewhereKeepsItsKeysAndTheLoadGoesOn) {
  TestDatabase t(Backend::postgresql);
  KVALIS_REQUIRE_DB(t);
  create_tables(t.db());
  const auto before = keys(t.db());
  int dropped = -1;
  t.db().read([&](soci::session& other) {
    other << "BEGIN";
    other << "LOCK TABLE bl_parent IN ACCESS SHARE MODE";  // what any reader of the table holds
    t.db().write([&](soci::session& s) {
      dropped = store::with_foreign_keys_checked_at_end(s, {"bl_child"}, [&] { load_rows(s, 2); });
    });
    other << "ROLLBACK";
  });
  EXPECT_EQ(dropped, 0);
  EXPECT_EQ(count(t.db(), "bl_child"), 5);
  EXPECT_EQ(keys(t.db()), before);
}

INSTANTIATE_TEST_SUITE_P(Backends, BulkLoadTest, ::testing::Values(Backend::sqlite, Backend::postgresql), backend_name);

}  // namespace
}  // namespace kvalis::testing
