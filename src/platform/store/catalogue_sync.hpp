#pragma once
// Loads the generic legal catalogues shipped in catalogues/*.csv into catalogue_items (at migration).
#include "platform/store/database.hpp"
#include "platform/store/migrations.hpp"

namespace kvalis::store {

// Catalogue rows are keyed by (catalogue, code, valid_from): a corrected file updates the row in
// place, an amendment (new valid_from) adds a row. Rows are never deleted. Throws on a bad file.
void sync_generic_catalogues(soci::session& s, MigrationReport& report);

}  // namespace kvalis::store
