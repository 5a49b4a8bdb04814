#pragma once
// Loads the built-in standard sets (SQSS, OSPOD, KOMUNITNI) from catalogues/standards.csv and criteria.csv
// at migration; a changed set becomes a new version.
#include "platform/store/database.hpp"
#include "platform/store/migrations.hpp"

namespace kvalis::store {

void sync_quality_catalogues(soci::session& s, MigrationReport& report);

}  // namespace kvalis::store
