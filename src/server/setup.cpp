#include "server/setup.hpp"

#include "network/app/cards.hpp"
#include "platform/store/catalogue_sync.hpp"
#include "quality/store/standard_sets_sync.hpp"

namespace kvalis::server {

store::MigrationReport migrate(store::Database& db) {
  return store::migrate(db, [](soci::session& s, store::MigrationReport& report) {
    store::sync_generic_catalogues(s, report);
    store::sync_quality_catalogues(s, report);
    // The national basic activities of the kinds of service (network cards; own columns, not generic).
    report.catalogue_rows_added += network::app::sync_basic_activities(s);
  });
}

}  // namespace kvalis::server
