#pragma once
// Brings a database to this build's schema and reference data: the numbered migrations
// (platform/store/migrations) and then every module's catalogues, in one locked transaction.
#include "platform/store/database.hpp"
#include "platform/store/migrations.hpp"

namespace kvalis::server {

store::MigrationReport migrate(store::Database& db);

}  // namespace kvalis::server
