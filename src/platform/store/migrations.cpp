#include "platform/store/migrations.hpp"

#include <algorithm>
#include <stdexcept>

#include "platform/core/resources.hpp"
#include "platform/store/statement_cache.hpp"

namespace kvalis::store {
namespace {

struct Migration {
  int version;
  std::string name;
  std::string_view sql;
};

std::vector<Migration> embedded_migrations(Dialect d) {
  const std::string prefix =
      std::string("src/platform/store/migrations/") + (d == Dialect::sqlite ? "sqlite/" : "postgresql/");
  std::vector<Migration> out;
  for (const auto& r : embedded_resources()) {
    if (r.path.substr(0, prefix.size()) != prefix) continue;
    const std::string file(r.path.substr(prefix.size()));
    const auto underscore = file.find('_');
    if (underscore == std::string::npos) continue;
    out.push_back({std::stoi(file.substr(0, underscore)), file.substr(0, file.size() - 4), r.content});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.version < b.version; });
  return out;
}

constexpr const char* kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
    "applied_at BIGINT NOT NULL)";

}  // namespace

int schema_version(Database& db) {
  return db.read([](soci::session& s) {
    s << kCreateMigrationsTable;
    int v = 0;
    soci::indicator ind;
    s << "SELECT MAX(version) FROM schema_migrations", soci::into(v, ind);
    return ind == soci::i_ok ? v : 0;
  });
}

int newest_schema_version(Dialect dialect) {
  const auto all = embedded_migrations(dialect);
  return all.empty() ? 0 : all.back().version;
}

std::vector<std::string> apply_migrations_in(Database& db, soci::session& s, int up_to) {
  std::vector<std::string> applied;
  s << kCreateMigrationsTable;
  for (const auto& m : embedded_migrations(db.dialect())) {
    if (m.version > up_to) break;
    int count = 0;
    s << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::use(m.version), soci::into(count);
    if (count > 0) continue;
    db.execute_script(s, m.sql);
    const long long now = now_epoch();
    s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)", soci::use(m.version),
        soci::use(m.name), soci::use(now);
    applied.push_back(m.name);
  }
  return applied;
}

MigrationReport migrate(Database& db, const ReferenceSync& sync_reference_data) {
  MigrationReport report;
  db.write([&](soci::session& s) {
    if (db.dialect() == Dialect::postgresql) s << "SELECT pg_advisory_xact_lock(7274210001)";
    s << kCreateMigrationsTable;
  });
  for (const auto& m : embedded_migrations(db.dialect())) {
    db.write([&](soci::session& s) {
      if (db.dialect() == Dialect::postgresql) s << "SELECT pg_advisory_xact_lock(7274210001)";
      int count = 0;
      s << "SELECT COUNT(*) FROM schema_migrations WHERE version = :v", soci::use(m.version), soci::into(count);
      if (count > 0) return;
      db.execute_script(s, m.sql);
      statement_cache::clear(s);  // statements kept on this connection were prepared for the old schema
      const long long now = now_epoch();
      s << "INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, :n, :t)", soci::use(m.version),
          soci::use(m.name), soci::use(now);
      report.applied.push_back(m.name);
    });
  }
  db.write([&](soci::session& s) {
    if (db.dialect() == Dialect::postgresql) s << "SELECT pg_advisory_xact_lock(7274210001)";
    if (sync_reference_data) sync_reference_data(s, report);
  });
  report.schema_version = schema_version(db);
  return report;
}

}  // namespace kvalis::store
