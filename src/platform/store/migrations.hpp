#pragma once
#include <functional>
#include <ostream>
#include <string>
#include <vector>

#include "platform/store/database.hpp"

namespace kvalis::store {

struct MigrationReport {
  std::vector<std::string> applied;  // names of migrations applied by this call
  int schema_version = 0;
  int catalogue_rows_added = 0;
  int catalogue_rows_updated = 0;
};

// Loads reference data shipped with the program (the legal catalogues) inside the migration lock.
using ReferenceSync = std::function<void(soci::session&, MigrationReport&)>;

// Applies every embedded migration of the database's dialect that is not yet recorded, each in one
// transaction, then runs sync_reference_data in one more (the modules' catalogues: see server/setup.hpp).
// Safe to run from several processes at once (PostgreSQL advisory lock; SQLite writer lock).
MigrationReport migrate(Database& db, const ReferenceSync& sync_reference_data);

int schema_version(Database& db);

// The newest schema version this program knows for the dialect (the highest migration number).
int newest_schema_version(Dialect dialect);

// Creates the schema of a new database up to and including migration `up_to` inside the caller's
// transaction (schema_migrations included), without the reference data: a restore fills the tables itself
// and stays all or nothing. Returns the names of the migrations applied.
std::vector<std::string> apply_migrations_in(Database& db, soci::session& s, int up_to);

}  // namespace kvalis::store
