// Reading many rows through the database's own library (platform/store/scan.hpp): the same rows and values as
// SOCI reads, NULLs, integers beyond 32 bits, doubles that read back exactly, texts with diacritics and
// quotes, parameters of each kind (also one used twice), a statement's errors as SOCI's error types, and the
// session usable after an error.
#include "platform/store/scan.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

class ScanTest : public ::testing::TestWithParam<Backend> {};

struct Row {
  long long id = 0;
  std::string name;
  std::optional<double> value;
  bool operator==(const Row&) const = default;
};

void fill(soci::session& s) {
  s << "CREATE TABLE scan_t (id BIGINT PRIMARY KEY, name TEXT, value DOUBLE PRECISION)";
  const std::vector<Row> rows{{1, "Domov pro seniory „Slunce“", 0.1},
                              {5'000'000'000LL, "O'Brien \"quoted\", comma", std::nullopt},
                              {-7, "", -1.0 / 3.0},
                              {42, "Žluťoučký kůň", 1e-300}};
  for (const auto& r : rows) {
    soci::indicator ind = r.value ? soci::i_ok : soci::i_null;
    double v = r.value.value_or(0);
    s << "INSERT INTO scan_t (id, name, value) VALUES (:i, :n, :v)", soci::use(r.id), soci::use(r.name),
        soci::use(v, ind);
  }
}

std::vector<Row> read_all(soci::session& s, const std::string& sql, const std::vector<store::ScanParam>& params) {
  std::vector<Row> out;
  store::scan(s, sql, params, [&](const store::ScanRow& r) {
    out.push_back({r.integer(0), std::string(r.text(1)), r.real_or_null(2)});
  });
  return out;
}

TEST_P(ScanTest, ReadsTheRowsSociReads) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  t.db().write([](soci::session& s) {
    fill(s);
    const auto rows = read_all(s, "SELECT id, name, value FROM scan_t ORDER BY id", {});
    ASSERT_EQ(rows.size(), 4u);
    std::vector<Row> soci_rows;
    soci::rowset<soci::row> rs = (s.prepare << "SELECT id, name, value FROM scan_t ORDER BY id");
    for (const auto& r : rs)
      soci_rows.push_back({r.get<long long>(0), r.get<std::string>(1),
                           r.get_indicator(2) == soci::i_null ? std::nullopt : std::optional(r.get<double>(2))});
    EXPECT_EQ(rows, soci_rows);
    EXPECT_EQ(rows[0].id, -7);
    EXPECT_EQ(rows[0].value, -1.0 / 3.0);  // exactly: PostgreSQL's text reads back to the same double
    EXPECT_EQ(rows[2].value, 1e-300);
    EXPECT_EQ(rows[3].id, 5'000'000'000LL);
    EXPECT_EQ(rows[3].name, "O'Brien \"quoted\", comma");
    EXPECT_FALSE(rows[3].value.has_value());
  });
}

TEST_P(ScanTest, BindsParametersOfEachKindInOrder) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  t.db().write([](soci::session& s) {
    fill(s);
    const std::string name = "Žluťoučký kůň";
    auto rows = read_all(s, "SELECT id, name, value FROM scan_t WHERE name = $1 OR id = $2 ORDER BY id",
                         {std::string_view(name), 1LL});
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].id, 1);
    EXPECT_EQ(rows[1].name, name);
    // A parameter used twice, and a double.
    rows = read_all(s, "SELECT id, name, value FROM scan_t WHERE value > $1 AND value < $2 + 1 AND $2 >= 0 ORDER BY id",
                    {0.05, 0.0});
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].id, 1);
    EXPECT_TRUE(read_all(s, "SELECT id, name, value FROM scan_t WHERE id = $1", {123LL}).empty());
    // NULL cells: null(), 0 and "".
    store::scan(s, "SELECT NULL, NULL, NULL FROM scan_t WHERE id = $1", {1LL}, [](const store::ScanRow& r) {
      EXPECT_TRUE(r.null(0));
      EXPECT_EQ(r.integer(0), 0);
      EXPECT_EQ(r.real(1), 0.0);
      EXPECT_EQ(r.text(2), "");
    });
  });
}

TEST_P(ScanTest, AnErrorIsSocisAndTheSessionGoesOn) {
  TestDatabase t(GetParam());
  KVALIS_REQUIRE_DB(t);
  t.db().read([](soci::session& s) {
    EXPECT_THROW(read_all(s, "SELECT id, name, value FROM no_such_table", {}), soci::soci_error);
    if (s.get_backend_name() == "sqlite3") {  // PostgreSQL's transaction is aborted by the error
      EXPECT_EQ(read_all(s, "SELECT 3, 'x', 0.5", {}), (std::vector<Row>{{3, "x", 0.5}}));
    }
  });
  t.db().read([](soci::session& s) {
    EXPECT_EQ(read_all(s, "SELECT 3, 'x', 0.5", {}), (std::vector<Row>{{3, "x", 0.5}}));
  });
}

INSTANTIATE_TEST_SUITE_P(Backends, ScanTest, ::testing::Values(Backend::sqlite, Backend::postgresql), backend_name);

}  // namespace
}  // namespace kvalis::testing
