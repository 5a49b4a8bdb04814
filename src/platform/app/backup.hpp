#pragma once
// Logical backup and restore of a whole Kvalis database, portable between SQLite and PostgreSQL
// (`kvalis backup`, `kvalis restore`, `kvalis checksums`). The file format and the checksum are described
// in docs/BACKUP.md.
#include <istream>
#include <map>
#include <ostream>
#include <string>
#include <vector>

#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::platform::app {

inline constexpr int kBackupFormatVersion = 1;

// What one table holds: its row count and the order-independent SHA-256 of its rows (docs/BACKUP.md).
struct TableSum {
  long long rows = 0;
  std::string sha256;
  bool operator==(const TableSum&) const = default;
};

struct BackupReport {
  int schema_version = 0;
  std::size_t tables = 0;
  long long rows = 0;
};

struct RestoreReport {
  int schema_version = 0;               // of the backup; a later `kvalis migrate` (or serve) brings it to the newest
  std::vector<std::string> migrations;  // applied to create the schema
  std::size_t tables = 0;
  long long rows = 0;
};

// Writes every table of the database, read in one snapshot while the server keeps running, to out.
// progress gets a line per table and one per 50,000 rows.
BackupReport write_backup(store::Database& db, std::ostream& out, std::ostream& progress, std::string_view version);

// Restores a backup into an empty database in one transaction: creates the schema of the backup's version,
// inserts every row, moves the id sequences on and compares each table's checksum with the backup's
// before it commits. Any error leaves the database as it was.
Result<RestoreReport> restore_backup(store::Database& db, std::istream& in, std::ostream& progress);

// The row count and checksum of every table (but schema_migrations), by table name.
std::map<std::string, TableSum> table_checksums(store::Database& db);

}  // namespace kvalis::platform::app
