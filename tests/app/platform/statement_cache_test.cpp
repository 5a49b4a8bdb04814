// Statements kept prepared per connection (platform/store/statement_cache.hpp): kept from the second run on,
// the same rows as a statement prepared anew, a nested run of a statement that is lent already, no read
// transaction left open on SQLite, the number kept bounded (and deallocated on PostgreSQL), and nothing kept
// for a session that is not one of store::Database's connections.
#include "platform/store/statement_cache.hpp"

#include <gtest/gtest.h>

#include <soci/sqlite3/soci-sqlite3.h>

#include <vector>

#include "platform/store/query.hpp"
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
    auto* conn = static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_;
    int kept = 0;
    for (auto* st = sqlite_api::sqlite3_next_stmt(conn, nullptr); st; st = sqlite_api::sqlite3_next_stmt(conn, st)) {
      ++kept;
      EXPECT_EQ(sqlite_api::sqlite3_stmt_busy(st), 0) << sqlite_api::sqlite3_sql(st);
    }
    EXPECT_GE(kept, 2);
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
