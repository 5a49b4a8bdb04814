#pragma once
// The region overview (GET /api/quality/overview): the closed audits of one standard set the caller may
// read side by side by standard, the verdicts, the criteria failed most often, open and overdue actions.
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "accounts/core/caller.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"
#include "quality/app/views.hpp"
#include "quality/core/overview.hpp"

namespace kvalis::quality::app {

struct OverviewQuery {
  std::string set_code = "SQSS";  // the columns: the standards of the set's newest version
  std::string founder;            // only audits of organisations with this kind of founder; empty: all
  int page = 1;                   // the page of closed audits (rows), newest first
  int page_size = 25;
  int overdue_limit = 20;  // the most overdue actions listed (all are counted; the actions list has the rest)
};

// Each closed audit's failed-criteria counts, kept by the server process between requests: the overview of a
// region with 2,000 closed audits scores each audit once, not on every request. An entry holds only for the
// audit's revision and update time it was computed from (both read with the audit on every request; closing
// and reopening change them), so it stays right with several processes behind one database.
class TallyCache {
 public:
  explicit TallyCache(std::size_t capacity = 200000) : capacity_(capacity) {}
  struct Key {
    long long audit_id = 0;
    long long updated_at = 0;
    int revision = 0;
  };
  // The kept tallies of these audits in the same order, null where none of that revision is kept: found under
  // one lock, added up by the caller outside it (16 overviews at once each adding up 2,000 tallies under the
  // lock ran one after another, and a thread preempted while holding it stalled them all).
  std::vector<std::shared_ptr<const FailedCriteriaTally>> find(const std::vector<Key>& keys) const;
  void put(long long audit_id, long long updated_at, int revision, FailedCriteriaTally tally);

 private:
  struct Entry {
    long long updated_at = 0;
    int revision = 0;
    std::shared_ptr<const FailedCriteriaTally> tally;
  };
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<long long, Entry> entries_;
};

// The cache of the server process (the HTTP handler passes it).
TallyCache& process_tally_cache();

struct OverviewResult {
  QOverview overview;
  int audits_scored = 0;  // closed audits scored by this request (not found in the cache)
  int models_built = 0;   // scoring models loaded: one per set version (and scale, rule, weights), not per audit
};

class HeadsCache;  // quality/app/audit_views.hpp

// The caches are optional (the server passes the process's; see TallyCache and HeadsCache).
Result<OverviewResult> region_overview(store::Database& db, const accounts::Caller& caller, const OverviewQuery& query,
                                       TallyCache* cache = nullptr, HeadsCache* heads_cache = nullptr);

}  // namespace kvalis::quality::app
