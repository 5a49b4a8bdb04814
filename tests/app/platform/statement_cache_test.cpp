// Statements kept prepared per connection (platform/store/statement_cache.hpp): kept from the second run on,
// the same rows as a statement prepared anew, a nested run of a statement that is lent already, no read
// transaction left open on SQLite, the number kept bounded (and deallocated on PostgreSQL), and nothing kept
// for a session that is not one of store::Database's connections; the same for store::scan's statements,
// which are also kept across a rolled-back transaction and after the schema changed.
#include "platform/store/statement_cache.hpp"

#include <gtest/gtest.h>

#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>
#include <vector>

#include "platform/store/database.hpp"
#include "platform/store/query.hpp"
#include "platform/store/scan.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

class StatementCacheTest : public ::testing::TestWithParam<Backend> {};

std::vector<std::string> codes_of_kind(soci::session& s, const std::string& kind) {
  std::vector<std::string> out;
  store::Filter f;
  f.add("catalogue = ?", {kind});
  store::for_each_row(s, "SELECT code FROM catalogue_items" + f.where() + " ORDER BY code", f,
                      [&](const soci::row& r) { out.push_back(r.get<std::string>(0)); });
  return out;
}

std::vector<std::string> scanned_codes(soci::session& s, std::string_view kind) {
  std::vector<std::string> out;
  store::scan(s, "SELECT code FROM catalogue_items WHERE catalogue = $1 ORDER BY code", {kind},
              [&](const store::ScanRow& r) { out.emplace_back(r.text(0)); });
  return out;
}

long long prepared_scans(soci::session& s) {
  long long n = 0;
  s << "SELECT COUNT(*) FROM pg_prepared_statements WHERE name LIKE 'kvalis_scan_%'", soci::into(n);
  return n;
}

TEST_P(StatementCacheTest, ScansAreKeptFromTheSecondRunWithTheSameRows) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  t.db().read([](soci::session& s) {
    store::statement_cache::clear(s);
    const auto kinds = scanned_codes(s, "service_kinds");
    ASSERT_GT(kinds.size(), 30u);
    EXPECT_EQ(store::statement_cache::kept_count(s), 0u);  // seen once: not kept
    EXPECT_EQ(scanned_codes(s, "service_kinds"), kinds);
    EXPECT_EQ(store::statement_cache::kept_count(s), 1u);
    const bool postgres = s.get_backend_name() == "postgresql";
    if (postgres) {
      EXPECT_EQ(prepared_scans(s), 1);
    }
    // Reused with other values bound, and by a nested run while it is being read (that one gets its own).
    const auto forms = scanned_codes(s, "service_forms");
    EXPECT_FALSE(forms.empty());
    EXPECT_NE(forms, kinds);
    std::size_t outer = 0, inner = 0;
    store::scan(s, "SELECT code FROM catalogue_items WHERE catalogue = $1 ORDER BY code",
                {std::string_view("service_kinds")}, [&](const store::ScanRow&) {
                  if (++outer <= 2) inner += scanned_codes(s, "service_forms").size();
                });
    EXPECT_EQ(outer, kinds.size());
    EXPECT_EQ(inner, 2 * forms.size());
    EXPECT_EQ(scanned_codes(s, "no such kind"), std::vector<std::string>{});
    EXPECT_EQ(store::statement_cache::kept_count(s), 1u);
    // After the schema changed (migrate clears the cache): prepared again, the old ones deallocated.
    store::statement_cache::clear(s);
    if (postgres) {
      EXPECT_EQ(prepared_scans(s), 0);
    }
    EXPECT_EQ(scanned_codes(s, "service_kinds"), kinds);
    EXPECT_EQ(scanned_codes(s, "service_kinds"), kinds);
    if (postgres) {
      EXPECT_EQ(prepared_scans(s), 1);
    }
  });
}

TEST_P(StatementCacheTest, AScanKeptInARolledBackTransactionIsUsedAfterIt) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  store::Database one(t.db().url(), 1);  // one connection: every transaction below runs on it
  std::vector<std::string> kinds;
  EXPECT_THROW(one.write([&](soci::session& s) {
    store::statement_cache::clear(s);
    kinds = scanned_codes(s, "service_kinds");
    EXPECT_EQ(scanned_codes(s, "service_kinds"), kinds);  // kept (PostgreSQL: prepared in this transaction)
    EXPECT_EQ(store::statement_cache::kept_count(s), 1u);
    s << "SELECT no_such_column FROM catalogue_items";
  }),
               soci::soci_error);
  ASSERT_GT(kinds.size(), 30u);
  one.read([&](soci::session& s) {
    EXPECT_EQ(store::statement_cache::kept_count(s), 1u);
    EXPECT_EQ(scanned_codes(s, "service_kinds"), kinds);
    if (s.get_backend_name() == "postgresql") {
      EXPECT_EQ(prepared_scans(s), 1);
    }
  });
}

TEST_P(StatementCacheTest, KeptFromTheSecondRunWithTheSameRows) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  t.db().read([](soci::session& s) {
    store::statement_cache::clear(s);
    const auto first = codes_of_kind(s, "service_kinds");
    ASSERT_GT(first.size(), 30u);
    EXPECT_EQ(store::statement_cache::kept_count(s), 0u);  // seen once: not kept
    EXPECT_EQ(codes_of_kind(s, "service_kinds"), first);
    EXPECT_EQ(store::statement_cache::kept_count(s), 1u);
    // Reused with other values bound.
    const auto forms = codes_of_kind(s, "service_forms");
    EXPECT_FALSE(forms.empty());
    EXPECT_NE(forms, first);
    EXPECT_EQ(codes_of_kind(s, "service_kinds"), first);
    EXPECT_EQ(codes_of_kind(s, "no such kind"), std::vector<std::string>{});
    EXPECT_EQ(store::statement_cache::kept_count(s), 1u);
  });
}

TEST_P(StatementCacheTest, ANestedRunOfAStatementLentAlreadyGetsItsOwn) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  t.db().read([](soci::session& s) {
    const auto kinds = codes_of_kind(s, "service_kinds");
    codes_of_kind(s, "service_kinds");  // kept now
    std::size_t outer = 0, inner = 0;
    store::Filter f;
    f.add("catalogue = ?", {std::string("service_kinds")});
    store::for_each_row(s, "SELECT code FROM catalogue_items" + f.where() + " ORDER BY code", f, [&](const soci::row&) {
      ++outer;
      if (outer <= 2) inner += codes_of_kind(s, "service_kinds").size();
    });
    EXPECT_EQ(outer, kinds.size());
    EXPECT_EQ(inner, 2 * kinds.size());
    // Given back: lent again.
    EXPECT_EQ(codes_of_kind(s, "service_kinds"), kinds);
  });
}

TEST_P(StatementCacheTest, TheNumberKeptIsBoundedAndPostgresqlDeallocates) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  const std::size_t distinct = store::statement_cache::kCapacity + 40;
  t.db().read([&](soci::session& s) {
    store::statement_cache::clear(s);
    for (int round = 0; round < 2; ++round)
      for (std::size_t i = 0; i < distinct; ++i) {
        store::Filter f;
        f.add("catalogue = ?", {std::string("service_kinds")});
        const auto n =
            store::count_rows(s, "SELECT COUNT(*) + " + std::to_string(i) + " FROM catalogue_items" + f.where(), f);
        EXPECT_GT(n, static_cast<long long>(i) + 30);
      }
    EXPECT_EQ(store::statement_cache::kept_count(s), store::statement_cache::kCapacity);
    if (s.get_backend_name() == "postgresql") {
      long long prepared = 0;
      s << "SELECT COUNT(*) FROM pg_prepared_statements", soci::into(prepared);
      EXPECT_EQ(prepared, static_cast<long long>(store::statement_cache::kCapacity));
    }
  });
}

TEST(StatementCache, SqliteLeavesNoStatementSteppedAfterItIsGivenBack) {
  TestDatabase t(Backend::sqlite);
  t.db().read([](soci::session& s) {
    store::Filter f;
    f.add("catalogue = ?", {std::string("service_kinds")});
    for (int i = 0; i < 3; ++i)  // count_rows reads one row of its result and stops
      EXPECT_GT(store::count_rows(s, "SELECT COUNT(*) FROM catalogue_items" + f.where(), f), 30);
    codes_of_kind(s, "service_kinds");
    codes_of_kind(s, "service_kinds");
    scanned_codes(s, "service_kinds");
    scanned_codes(s, "service_kinds");
    std::size_t rows = 0;
    EXPECT_THROW(store::scan(s, "SELECT code FROM catalogue_items WHERE catalogue = $1 ORDER BY code",
                             {std::string_view("service_kinds")},
                             [&](const store::ScanRow&) {
                               if (++rows == 1) throw std::runtime_error("stopped after the first row");
                             }),
                 std::runtime_error);
    EXPECT_EQ(rows, 1u);
    auto* conn = static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_;
    int kept = 0;
    for (auto* st = sqlite_api::sqlite3_next_stmt(conn, nullptr); st; st = sqlite_api::sqlite3_next_stmt(conn, st)) {
      ++kept;
      EXPECT_EQ(sqlite_api::sqlite3_stmt_busy(st), 0) << sqlite_api::sqlite3_sql(st);
    }
    EXPECT_GE(kept, 3);
    EXPECT_NE(sqlite_api::sqlite3_get_autocommit(conn), 0);  // no transaction left open
  });
}

TEST(StatementCache, ASessionOfItsOwnKeepsNothing) {
  TestDatabase t(Backend::sqlite);
  soci::session own(soci::sqlite3, t.db().url());
  store::Filter f;
  f.add("catalogue = ?", {std::string("service_kinds")});
  for (int i = 0; i < 3; ++i)
    EXPECT_GT(store::count_rows(own, "SELECT COUNT(*) FROM catalogue_items" + f.where(), f), 30);
  EXPECT_EQ(store::statement_cache::kept_count(own), 0u);
}

INSTANTIATE_TEST_SUITE_P(Backends, StatementCacheTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
