// Migration of a populated database from every earlier schema version to the newest, on SQLite and
// PostgreSQL. The fixtures tests/data/platform/migrations/schema_NNNN.kvb are backups of databases built by
// the migration files 0001..N with a few rows in every table of that version (make_fixtures.py). Each is
// restored at its own version, migrated to the newest, and every row must still be there with the values
// of every column it had (a table or column that a later migration drops is listed in
// tests/data/platform/migration_drops.csv).
#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "platform/app/backup.hpp"
#include "platform/store/backup_repo.hpp"
#include "platform/store/migrations.hpp"
#include "server/setup.hpp"
#include "support/data_table.hpp"
#include "support/test_db.hpp"

namespace kvalis::testing {
namespace {

namespace json = boost::json;
using store::backup_repo::Row;
using store::backup_repo::Value;

struct FixtureTable {
  std::vector<std::string> columns;
  std::vector<std::string> lines;  // each row's canonical text, as the backup wrote it
};

std::map<std::string, FixtureTable> read_fixture(const std::string& path) {
  std::ifstream in(path);
  std::map<std::string, FixtureTable> out;
  std::string line, current;
  while (std::getline(in, line)) {
    if (line.rfind("{\"table\":", 0) == 0) {
      const auto o = json::parse(line).as_object();
      current = std::string(o.at("table").as_string());
      for (const auto& c : o.at("columns").as_array()) out[current].columns.emplace_back(c.as_string());
    } else if (line.rfind("[", 0) == 0) {
      out[current].lines.push_back(line);
    }
  }
  return out;
}

// The same canonical text the backup writes (platform/app/backup.cpp), for rows read back.
std::string line_of(const Row& row) {
  json::array a;
  for (const auto& v : row) {
    if (std::holds_alternative<long long>(v))
      a.emplace_back(static_cast<std::int64_t>(std::get<long long>(v)));
    else if (std::holds_alternative<double>(v))
      a.emplace_back(std::get<double>(v));
    else if (std::holds_alternative<std::string>(v))
      a.emplace_back(std::get<std::string>(v));
    else
      a.emplace_back(nullptr);
  }
  return json::serialize(a);
}

class MigrationFixtures : public ::testing::TestWithParam<Backend> {};

TEST_P(MigrationFixtures, EveryEarlierVersionMigratesToTheNewestKeepingItsRows) {
  const auto drops = load_data_table("platform/migration_drops.csv");
  std::set<std::pair<std::string, std::string>> dropped;  // (table, column or "")
  for (const auto& r : drops.rows) dropped.insert({drops.get(r, "table"), drops.get(r, "column")});

  const int newest = store::newest_schema_version(store::Dialect::sqlite);
  ASSERT_EQ(newest, store::newest_schema_version(store::Dialect::postgresql));
  ASSERT_GE(newest, 10);
  long long checked_rows = 0;
  for (int version = 1; version <= newest; ++version) {
    char name[32];
    std::snprintf(name, sizeof name, "schema_%04d.kvb", version);
    const std::string path = std::string(KVALIS_TEST_DATA) + "/platform/migrations/" + name;
    SCOPED_TRACE(name);
    ASSERT_TRUE(std::filesystem::exists(path)) << "no fixture for schema " << version << ": run make_fixtures.py";
    TestDatabase t(GetParam(), /*migrate=*/false);
    KVALIS_REQUIRE_DB(t);

    std::ifstream in(path, std::ios::binary);
    std::ostringstream progress;
    auto restored = platform::app::restore_backup(t.db(), in, progress);
    ASSERT_TRUE(restored.ok()) << restored.error().message_key;
    EXPECT_EQ(restored->schema_version, version);
    EXPECT_EQ(store::schema_version(t.db()), version);

    const auto report = server::migrate(t.db());
    EXPECT_EQ(static_cast<int>(report.applied.size()), newest - version);
    EXPECT_EQ(store::schema_version(t.db()), newest);

    const auto fixture = read_fixture(path);
    std::size_t tables_with_rows = 0;
    t.db().read([&](soci::session& s) {
      std::map<std::string, store::backup_repo::Table> now;
      for (auto& table : store::backup_repo::tables(t.db(), s)) now[table.name] = table;
      for (const auto& [table, rows] : fixture) {
        auto it = now.find(table);
        if (it == now.end()) {
          EXPECT_TRUE(dropped.count({table, ""})) << table << " is gone after the migration";
          continue;
        }
        store::backup_repo::Table read{table, {}, {}, {}};
        for (const auto& c : rows.columns) {
          const auto& cols = it->second.columns;
          if (std::find(cols.begin(), cols.end(), c) != cols.end())
            read.columns.push_back(c);
          else
            EXPECT_TRUE(dropped.count({table, c})) << table << "." << c << " is gone after the migration";
        }
        if (read.columns.size() != rows.columns.size()) continue;
        std::multiset<std::string> present;
        store::backup_repo::scan(t.db(), s, read, [&](const Row& r) { present.insert(line_of(r)); });
        for (const auto& line : rows.lines) {
          EXPECT_TRUE(present.count(line)) << table << ": the row " << line << " did not survive";
          ++checked_rows;
        }
        if (!rows.lines.empty()) ++tables_with_rows;
      }
    });
    // The fixture is not trivial: most tables of its version hold rows.
    EXPECT_GT(tables_with_rows * 4, fixture.size() * 3) << tables_with_rows << " of " << fixture.size();
  }
  EXPECT_GT(checked_rows, 1500);
}

INSTANTIATE_TEST_SUITE_P(Databases, MigrationFixtures, ::testing::Values(Backend::sqlite, Backend::postgresql),
                         backend_name);

}  // namespace
}  // namespace kvalis::testing
