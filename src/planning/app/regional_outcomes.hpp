#pragma once
// Use case "client outcomes by region and kind of service" (namespace kvalis::planning::app): the national
// roll-up of planning/core/rollup_kernel.hpp over one period for the regions the caller sees (region staff
// their region, the platform administrator the whole country). Cells of fewer than kMinCell clients are
// always suppressed: nobody reading this view is staff of the clients' service.
#include <cstddef>
#include <list>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "planning/core/rollup_kernel.hpp"
#include "platform/core/result.hpp"
#include "platform/store/catalogue_repo.hpp"
#include "platform/store/database.hpp"

namespace kvalis::planning::app {

struct RegionalQuery {
  std::string from, to;     // YYYY-MM-DD, inclusive; from ≤ to
  std::string region_code;  // empty: every region the caller sees
  std::string kind_code;    // empty: every kind
};

struct RegionalRow {
  std::string region_code, region_name, kind_code, kind_name;
  OutcomeCell cell;  // suppressed below kMinCell clients
};

// The scanned rows (the kernel's input) of the most recently used scopes (period, region, kind), each with
// the data versions it was read at, shared by every request of the process. A request reads the current
// versions (one small query, so processes sharing one database stay correct) and scans again only when they
// changed: every planning write that can change outcomes bumps "planning" in its transaction, registry
// imports bump "registry". Bounded: the least recently used scope goes when a new one comes.
struct ScanVersions {
  long long planning = 0, registry = 0;  // data_versions of the scopes "planning" and "registry"
  friend bool operator==(const ScanVersions&, const ScanVersions&) = default;
};

class ScanCache {
 public:
  explicit ScanCache(std::size_t capacity = 4) : capacity_(capacity) {}
  // The rows of `key` read at exactly `versions`, or null.
  std::shared_ptr<const RollupInput> get(const std::string& key, const ScanVersions& versions);
  void put(const std::string& key, const ScanVersions& versions, std::shared_ptr<const RollupInput> rows);
  std::size_t size() const;
  long long scans() const;  // how many times rows were read instead of taken from here (for tests)
  void count_scan();

 private:
  struct Entry {
    std::string key;
    ScanVersions versions;
    std::shared_ptr<const RollupInput> rows;
  };
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::list<Entry> entries_;  // most recently used first
  long long scans_ = 0;
};

// The cache of the server process (the HTTP handler uses it).
ScanCache& process_scan_cache();

// Rows ordered by region code, then kind code; only cells with clients. Errors: forbidden for a caller who
// is neither region staff nor the platform administrator, and for another region than the caller's
// (field region_code); invalid_input naming from, to, region_code or kind_code.
Result<std::vector<RegionalRow>> regional_outcomes(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   const kvalis::store::catalogue_repo::Catalogues& catalogues,
                                                   const RegionalQuery& query, int threads = 1,
                                                   ScanCache* cache = nullptr);

}  // namespace kvalis::planning::app
