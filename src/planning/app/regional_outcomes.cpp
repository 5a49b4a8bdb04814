#include "planning/app/regional_outcomes.hpp"

#include <utility>

#include "planning/store/outcome_scan.hpp"
#include "platform/core/dates.hpp"

namespace kvalis::planning::app {
namespace {

Status check_query(const kvalis::store::catalogue_repo::Catalogues& catalogues, const RegionalQuery& q) {
  if (!is_valid_date(q.from)) return invalid("from", "field.invalid_date");
  if (!is_valid_date(q.to)) return invalid("to", "field.invalid_date");
  if (q.from > q.to) return invalid("to", "planning.regional.period", {{"from", q.from}, {"to", q.to}});
  if (!q.region_code.empty() && !catalogues.has("regions", q.region_code))
    return invalid("region_code", "field.unknown_code", {{"value", q.region_code}});
  if (!q.kind_code.empty() && !catalogues.has("service_kinds", q.kind_code))
    return invalid("kind_code", "field.unknown_code", {{"value", q.kind_code}});
  return ok_status();
}

// The cache key of a scan's scope: the period, the region and the kind (codes hold no '|').
std::string scope_key(const store::outcome_scan::Scope& scope) {
  return scope.from + "|" + scope.to + "|" + scope.region_code + "|" + scope.kind_code;
}

}  // namespace

std::shared_ptr<const RollupInput> ScanCache::get(const std::string& key, const ScanVersions& versions) {
  std::lock_guard lock(mutex_);
  for (auto it = entries_.begin(); it != entries_.end(); ++it) {
    if (it->key != key) continue;
    if (!(it->versions == versions)) return nullptr;
    entries_.splice(entries_.begin(), entries_, it);  // most recently used
    return entries_.front().rows;
  }
  return nullptr;
}

void ScanCache::put(const std::string& key, const ScanVersions& versions, std::shared_ptr<const RollupInput> rows) {
  std::lock_guard lock(mutex_);
  for (auto it = entries_.begin(); it != entries_.end(); ++it)
    if (it->key == key) {
      entries_.erase(it);
      break;
    }
  if (capacity_ == 0) return;
  entries_.push_front(Entry{key, versions, std::move(rows)});
  while (entries_.size() > capacity_) entries_.pop_back();
}

std::size_t ScanCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

long long ScanCache::scans() const {
  std::lock_guard lock(mutex_);
  return scans_;
}

void ScanCache::count_scan() {
  std::lock_guard lock(mutex_);
  ++scans_;
}

ScanCache& process_scan_cache() {
  static ScanCache cache(4);
  return cache;
}

Result<std::vector<RegionalRow>> regional_outcomes(kvalis::store::Database& db, const accounts::Caller& caller,
                                                   const kvalis::store::catalogue_repo::Catalogues& catalogues,
                                                   const RegionalQuery& query, int threads, ScanCache* cache) {
  const RegionalAccess access = regional_access(caller.principal);
  if (!access.all && access.regions.empty()) return forbidden("planning.regional.forbidden");
  if (auto checked = check_query(catalogues, query); !checked) return checked.error();
  if (!query.region_code.empty() && !access.sees(query.region_code)) {
    Error e = forbidden("planning.regional.other_region");
    e.field = "region_code";
    e.params = {{"value", query.region_code}};
    return e;
  }
  // One scan for the whole country or the requested region; one per region of a member of several.
  std::vector<std::string> regions;
  if (!query.region_code.empty() || access.all)
    regions.push_back(query.region_code);
  else
    regions = access.regions;

  std::vector<RegionalRow> rows;
  db.read([&](soci::session& s) {
    // The versions are read before the rows: rows stored under them are at least as new as they say.
    ScanVersions versions;
    if (cache) {
      const auto v = store::outcome_scan::versions(s);
      versions = {v.planning, v.registry};
    }
    for (const auto& region : regions) {
      const store::outcome_scan::Scope scope{query.from, query.to, region, query.kind_code};
      const std::string key = scope_key(scope);
      std::shared_ptr<const RollupInput> input = cache ? cache->get(key, versions) : nullptr;
      if (!input) {
        input = std::make_shared<const RollupInput>(store::outcome_scan::scan(s, scope));
        if (cache) {
          cache->count_scan();
          cache->put(key, versions, input);
        }
      }
      for (auto& r : rollup(*input, threads))
        rows.push_back(RegionalRow{r.key.region_code, catalogues.name("regions", r.key.region_code, false),
                                   r.key.kind_code, catalogues.name("service_kinds", r.key.kind_code, false),
                                   suppress(r.cell, false)});
    }
  });
  return rows;
}

}  // namespace kvalis::planning::app
