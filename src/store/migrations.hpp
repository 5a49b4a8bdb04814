#pragma once
#include <ostream>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace kvalis::store {

struct MigrationReport {
  std::vector<std::string> applied;  // names of migrations applied by this call
  int schema_version = 0;
  int catalogue_rows_added = 0;
  int catalogue_rows_updated = 0;
};

// Applies every embedded migration of the database's dialect that is not yet recorded, each in one
// transaction, then loads the legal catalogues (catalogues/*.csv) into the catalogue tables.
// Safe to run from several processes at once (PostgreSQL advisory lock; SQLite writer lock).
MigrationReport migrate(Database& db);

int schema_version(Database& db);

}  // namespace kvalis::store
