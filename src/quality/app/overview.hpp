#pragma once
// The region overview (GET /api/quality/overview): the closed audits of one standard set the caller may
// read side by side by standard, the verdicts, the criteria failed most often, open and overdue actions.
#include <string>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/app/views.hpp"

namespace kvalis::quality::app {

struct OverviewQuery {
  std::string set_code = "SQSS";  // the columns: the standards of the set's newest version
  std::string founder;            // only audits of organisations with this kind of founder; empty: all
};

struct OverviewResult {
  QOverview overview;
  int models_built = 0;  // scoring models loaded: one per set version (and scale, rule, weights), not per audit
};

Result<OverviewResult> region_overview(store::Database& db, const accounts::Caller& caller, const OverviewQuery& query);

}  // namespace kvalis::quality::app
