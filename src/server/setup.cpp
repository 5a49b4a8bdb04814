#include "server/setup.hpp"

#include "platform/store/catalogue_sync.hpp"
#include "quality/store/standard_sets_sync.hpp"

namespace kvalis::server {

store::MigrationReport migrate(store::Database& db) {
  return store::migrate(db, [](soci::session& s, store::MigrationReport& report) {
    store::sync_generic_catalogues(s, report);
    store::sync_quality_catalogues(s, report);
  });
}

}  // namespace kvalis::server
