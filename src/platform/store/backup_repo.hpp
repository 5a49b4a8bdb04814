#pragma once
// The tables of a database as plain rows, read and written through the native drivers (sqlite3, libpq)
// so that every value keeps its exact type and bits on both dialects: what a logical backup and a restore
// need (platform/app/backup.hpp).
#include <soci/soci.h>

#include <functional>
#include <string>
#include <variant>
#include <vector>

#include "platform/store/database.hpp"

namespace kvalis::store::backup_repo {

// NULL, an integer, a double or text: every column type the schema uses (BIGINT, INTEGER, DOUBLE, TEXT).
using Value = std::variant<std::monostate, long long, double, std::string>;
using Row = std::vector<Value>;

struct Table {
  std::string name;
  std::vector<std::string> columns;  // sorted bytewise: the canonical order of a backup row
  std::vector<std::string> key;      // primary-key columns in key order (rows are read in this order)
  std::vector<std::string> parents;  // tables its foreign keys reference (itself excluded)
};

// Every table of the database but schema_migrations, each after the tables it references (a restore
// inserts in this order). Throws std::runtime_error on a cycle of foreign keys between tables.
std::vector<Table> tables(Database& db, soci::session& s);

// The names of every table, schema_migrations included (empty for a new database).
std::vector<std::string> table_names(Database& db, soci::session& s);

// Starts and ends a read-only snapshot, so that every table is read as of one moment while the server
// keeps writing (SQLite WAL: a deferred read transaction; PostgreSQL: REPEATABLE READ).
void begin_snapshot(Database& db, soci::session& s);
void end_snapshot(soci::session& s);

// Calls on_row with each row of the table (values in table.columns order), in primary-key order.
void scan(Database& db, soci::session& s, const Table& table, const std::function<void(const Row&)>& on_row);

// Deletes every row of the table (the rows a migration seeded, before a restore fills it).
void clear(soci::session& s, const Table& table);

// Inserts rows given in `columns` order into one table with one prepared statement.
class Inserter {
 public:
  Inserter(Database& db, soci::session& s, const std::string& table, const std::vector<std::string>& columns);
  ~Inserter();
  Inserter(const Inserter&) = delete;
  Inserter& operator=(const Inserter&) = delete;
  void insert(const Row& row);

 private:
  struct Native;
  Database& db_;
  soci::session& s_;
  std::size_t width_;
  Native* native_;
};

// PostgreSQL: moves every identity sequence past the largest id present (rows were inserted with their
// ids). SQLite needs nothing (INTEGER PRIMARY KEY takes max(rowid) + 1).
void reset_identities(Database& db, soci::session& s);

// Quotes a name read from the database catalogue as an SQL identifier (never text from a request).
std::string quote_identifier(const std::string& name);

}  // namespace kvalis::store::backup_repo
