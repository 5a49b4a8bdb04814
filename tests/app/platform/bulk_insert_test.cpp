// store::BulkInsert and store::IdSource on SQLite and PostgreSQL: every row arrives once with its exact values
// across full and partial batches (numbers read back bit for bit, NULLs, text with quotes and diacritics),
// ON CONFLICT updates in place, parents are written before their children, ids are never handed out twice.
#include "platform/store/bulk_insert.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "platform/store/row.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

class BulkInsertTest : public ::testing::TestWithParam<Backend> {};

struct Probe {
  long long id;
  std::optional<double> x;
  std::string t;
};

std::vector<Probe> probes() {
  const std::vector<double> numbers = {0.1,
                                       1.0 / 3.0,
                                       1e-300,
                                       -2.5e17,
                                       123456789.123456789,
                                       0.0,
                                       7.0,
                                       2.0 / 3.0,
                                       std::numeric_limits<double>::max(),
                                       4.9406564584124654e-300,
                                       1e21,
                                       0.3};
  std::vector<Probe> out;
  for (long long i = 1; i <= 23; ++i) {
    std::optional<double> x;
    if (i % 6 != 0) x = numbers[static_cast<std::size_t>(i) % numbers.size()] * (i % 2 ? 1 : -1);
    out.push_back({i, x, i % 4 == 0 ? "" : "Žluťoučký kůň 'úpěl' \"ódy\", řádek " + std::to_string(i)});
  }
  return out;
}

std::vector<Probe> read_back(soci::session& s, const char* table) {
  std::vector<Probe> out;
  soci::rowset<soci::row> rows = (s.prepare << std::string("SELECT id, x, t FROM ") + table + " ORDER BY id");
  for (const auto& r : rows) out.push_back({store::as_ll(r, 0), store::as_opt_double(r, 1), store::as_str(r, 2)});
  return out;
}

TEST_P(BulkInsertTest, EveryRowOnceWithItsExactValuesAcrossBatchesAndOnConflictUpdates) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  const auto want = probes();
  tdb.db().write([&](soci::session& s) {
    s << "CREATE TABLE bulk_probe (id BIGINT PRIMARY KEY, x DOUBLE PRECISION, t TEXT NOT NULL)";
    using store::ColumnType;
    // 5 rows a statement: four full batches (one prepared statement executed four times) and a partial one.
    store::BulkInsert out(s, "bulk_probe",
                          {{"id", ColumnType::integer}, {"x", ColumnType::real}, {"t", ColumnType::text}}, 5);
    for (const auto& p : want) out.add(p.id).add(p.x).add(p.t);
    out.flush();
    EXPECT_EQ(out.rows_written(), want.size());
  });
  const auto got = tdb.db().read([&](soci::session& s) { return read_back(s, "bulk_probe"); });
  ASSERT_EQ(got.size(), want.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    EXPECT_EQ(got[i].id, want[i].id);
    ASSERT_EQ(got[i].x.has_value(), want[i].x.has_value()) << "row " << want[i].id;
    if (want[i].x) {
      EXPECT_EQ(*got[i].x, *want[i].x) << "row " << want[i].id;  // exactly: no digit lost on the way
    }
    EXPECT_EQ(got[i].t, want[i].t);
  }

  // ON CONFLICT: the rows there are updated, the others inserted (one database for both checks: a new
  // PostgreSQL database costs seconds).
  tdb.db().write([&](soci::session& s) {
    s << "CREATE TABLE bulk_upsert (id BIGINT PRIMARY KEY, x DOUBLE PRECISION, t TEXT NOT NULL)";
    using store::ColumnType;
    const std::vector<store::BulkColumn> columns = {
        {"id", ColumnType::integer}, {"x", ColumnType::real}, {"t", ColumnType::text}};
    store::BulkInsert first(s, "bulk_upsert", columns, 3);
    for (long long i = 1; i <= 4; ++i) first.add(i).add(static_cast<double>(i)).add("first");
    first.flush();
    store::BulkInsert second(s, "bulk_upsert", columns, 3);
    second.on_conflict("ON CONFLICT (id) DO UPDATE SET x = excluded.x, t = excluded.t");
    for (long long i = 3; i <= 6; ++i) second.add(i).add(10.0 * static_cast<double>(i)).add("second");
    second.flush();
  });
  const auto upserted = tdb.db().read([&](soci::session& s) { return read_back(s, "bulk_upsert"); });
  ASSERT_EQ(upserted.size(), 6u);
  const std::vector<double> x = {1, 2, 30, 40, 50, 60};
  for (std::size_t i = 0; i < upserted.size(); ++i) {
    EXPECT_EQ(upserted[i].id, static_cast<long long>(i + 1));
    EXPECT_EQ(upserted[i].x.value_or(-1), x[i]);
    EXPECT_EQ(upserted[i].t, i < 2 ? "first" : "second");
  }
}

TEST_P(BulkInsertTest, ParentsAreWrittenBeforeChildrenAndIdsAreNeverRepeated) {
  TestDatabase tdb(GetParam());
  KVALIS_REQUIRE_DB(tdb);
  std::set<long long> ids;
  tdb.db().write([&](soci::session& s) {
    using store::ColumnType;
    // Organisations and their services as the registry import writes them: ids taken ahead, children held
    // in batches smaller than their parents', so a child batch is full while its parents are still held.
    store::IdSource organisation_ids(s, "organisations", 4);
    store::BulkInsert orgs(s, "organisations",
                           {{"id", ColumnType::integer},
                            {"type", ColumnType::text},
                            {"name", ColumnType::text},
                            {"created_at", ColumnType::integer},
                            {"updated_at", ColumnType::integer}},
                           50);
    store::BulkInsert services(s, "services",
                               {{"provider_id", ColumnType::integer},
                                {"name", ColumnType::text},
                                {"kind_code", ColumnType::text},
                                {"created_at", ColumnType::integer},
                                {"updated_at", ColumnType::integer}},
                               3);
    services.after(orgs);
    for (int i = 0; i < 10; ++i) {
      const long long id = organisation_ids.next();
      EXPECT_TRUE(ids.insert(id).second) << "id " << id << " handed out twice";
      orgs.add(id).add("provider").add("Poskytovatel " + std::to_string(i)).add(1).add(1);
      services.add(id).add("Služba " + std::to_string(i)).add("13").add(1).add(1);
    }
    services.flush();
    orgs.flush();
  });
  tdb.db().read([&](soci::session& s) {
    long long orgs = 0, services = 0, joined = 0;
    s << "SELECT COUNT(*) FROM organisations WHERE type = 'provider'", soci::into(orgs);
    s << "SELECT COUNT(*) FROM services", soci::into(services);
    s << "SELECT COUNT(*) FROM services sv JOIN organisations o ON o.id = sv.provider_id", soci::into(joined);
    EXPECT_EQ(orgs, 10);
    EXPECT_EQ(services, 10);
    EXPECT_EQ(joined, 10);
  });
  // A later source of ids goes on after the rows written; on PostgreSQL an id taken is the sequence's, so a
  // row inserted without an id meanwhile gets another one.
  tdb.db().write([&](soci::session& s) {
    store::IdSource more(s, "organisations");
    const long long id = more.next();
    EXPECT_GT(id, *ids.rbegin());
    if (GetParam() == Backend::postgresql) {
      long long inserted = 0;
      s << store::Database::insert_returning_id(
          "INSERT INTO organisations (type, name, created_at, updated_at) VALUES ('provider', 'Další', 1, 1)"),
          soci::into(inserted);
      EXPECT_NE(inserted, id);
      EXPECT_EQ(ids.count(inserted), 0u);
    }
  });
}

TEST(BulkInsert, MisuseIsRefused) {
  TestDatabase tdb(Backend::sqlite);
  tdb.db().read([&](soci::session& s) {
    using store::ColumnType;
    store::BulkInsert out(s, "organisations", {{"id", ColumnType::integer}, {"name", ColumnType::text}});
    EXPECT_THROW(out.add("text where a number belongs"), std::logic_error);
    out.add(1LL);
    EXPECT_THROW(out.flush(), std::logic_error);  // half a row
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, BulkInsertTest, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
