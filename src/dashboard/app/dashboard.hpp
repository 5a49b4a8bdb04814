#pragma once
// The caller's dashboard (dashboard/core/dashboard.hpp), read in one transaction through the benchmarking
// and quality app layers (benchmark/app/dashboard_queries.hpp, quality/app/dashboard_queries.hpp) and the
// dashboard's own queries over sets of ids (dashboard/store/dashboard_repo.hpp): a few queries whatever the
// number of items. Everything is filtered by the same rules as the module routes.
#include <string>

#include "accounts/core/caller.hpp"
#include "dashboard/core/dashboard.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::quality::app {
class HeadsCache;  // quality/app/audit_views.hpp
}

namespace kvalis::dashboard::app {

// today: YYYY-MM-DD, for deadlines and due dates. list_limit: items of each list (notifications ask for all).
// The cache of quality's light rows is optional (the server passes the process's:
// quality::app::process_heads_cache()).
Result<Dashboard> dashboard(store::Database& db, const accounts::Caller& caller, const std::string& today,
                            std::size_t list_limit = kListLimit, quality::app::HeadsCache* cache = nullptr);

}  // namespace kvalis::dashboard::app
