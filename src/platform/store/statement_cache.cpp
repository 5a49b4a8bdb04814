#include "platform/store/statement_cache.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <cstdint>
#include <libpq-fe.h>
#include <mutex>
#include <unordered_map>
#include <unordered_set>

namespace kvalis::store::statement_cache {

struct Entry {
  explicit Entry(soci::statement statement) : st(std::move(statement)) {}
  soci::statement st;
  bool busy = false;    // lent now
  bool broken = false;  // giving it back failed: not lent again
  std::uint64_t used = 0;
};

struct RawEntry {
  RawEntry() = default;
  RawEntry(const RawEntry&) = delete;
  RawEntry& operator=(const RawEntry&) = delete;
  ~RawEntry() {
    if (sqlite) sqlite_api::sqlite3_finalize(static_cast<sqlite_api::sqlite3_stmt*>(sqlite));
  }
  void* sqlite = nullptr;  // sqlite3_stmt*, finalised with the entry
  std::string pg_name;     // PostgreSQL: the prepared statement's name, unique on the connection
  bool prepared = false;   // PostgreSQL: prepared on the server
  bool busy = false;
  std::uint64_t used = 0;
};

namespace {

struct Cache {
  bool postgres = false;
  std::unordered_map<std::string, std::shared_ptr<Entry>> entries;
  std::unordered_set<std::string> seen;  // keys prepared once so far
  std::uint64_t clock = 0;
  std::unordered_map<std::string, std::shared_ptr<RawEntry>> raw;  // store::scan's, by SQL text
  std::unordered_set<std::string> raw_seen;
  std::uint64_t raw_names = 0;
};

// Deallocates a kept PostgreSQL statement of scan's on a live connection (an error, as in an aborted
// transaction, leaves it on the server: its name is never used again).
void deallocate(soci::session& s, const RawEntry& e) {
  if (!e.prepared || e.pg_name.empty()) return;
  auto* backend = static_cast<soci::postgresql_session_backend*>(s.get_backend());
  if (!backend || !backend->conn_) return;
  PQclear(PQexec(backend->conn_, ("DEALLOCATE " + e.pg_name).c_str()));
}

void clear_raw(soci::session& s, Cache& c, bool closing) {
  if (c.postgres && !closing)
    for (const auto& [sql, entry] : c.raw) deallocate(s, *entry);
  c.raw.clear();  // SQLite's statements are finalised with their entries
  c.raw_seen.clear();
}

constexpr std::size_t kSeenLimit = 4096;

// Whether the key was seen before (its statement is kept from this second run on); a key seen for the first time
// is remembered. The caller forgets it once the statement is kept.
bool seen_before(std::unordered_set<std::string>& seen, const std::string& key) {
  if (seen.size() >= kSeenLimit) seen.clear();
  return !seen.insert(key).second;
}

// The kept statement used longest ago that is not lent now, or end() when every one is.
template <class Entries>
typename Entries::iterator oldest_idle(Entries& entries) {
  auto oldest = entries.end();
  for (auto it = entries.begin(); it != entries.end(); ++it)
    if (!it->second->busy && (oldest == entries.end() || it->second->used < oldest->second->used)) oldest = it;
  return oldest;
}

std::mutex registry_mutex;

std::unordered_map<const soci::session*, std::shared_ptr<Cache>>& registry() {
  static std::unordered_map<const soci::session*, std::shared_ptr<Cache>> map;
  return map;
}

std::shared_ptr<Cache> cache_of(const soci::session& s) {
  std::lock_guard lock(registry_mutex);
  const auto it = registry().find(&s);
  return it == registry().end() ? nullptr : it->second;
}

// So that destroying a PostgreSQL statement sends no DEALLOCATE: the connection is closing (or gone).
void forget_name(Entry& e, bool postgres) {
  if (!postgres) return;
  if (auto* backend = static_cast<soci::postgresql_statement_backend*>(e.st.get_backend()))
    backend->statementName_.clear();
}

// Drops the entry used longest ago that is not lent; a PostgreSQL statement is deallocated by SOCI as it goes
// (on a healthy connection: this runs right after a statement was prepared on it).
void evict_one(Cache& c) {
  if (const auto oldest = oldest_idle(c.entries); oldest != c.entries.end()) c.entries.erase(oldest);
}

soci::statement prepare(soci::session& s, const std::string& sql, soci::details::statement_type type,
                        const std::function<void(soci::statement&)>& exchange) {
  soci::statement st(s);
  st.alloc();
  exchange(st);
  st.prepare(sql, type);
  st.define_and_bind();
  return st;
}

}  // namespace

Lent::Lent(soci::statement st, std::shared_ptr<Entry> entry, bool postgres)
    : st_(std::move(st)), entry_(std::move(entry)), postgres_(postgres) {}

Lent::Lent(Lent&& other) noexcept : st_(other.st_), entry_(std::move(other.entry_)), postgres_(other.postgres_) {}

Lent::~Lent() {
  if (!entry_) return;
  try {
    auto* backend = st_.get_backend();
    if (postgres_) {
      auto* pg = static_cast<soci::postgresql_statement_backend*>(backend);
      pg->result_.reset();  // the rows read (they may be many) are not kept with the statement
      pg->justDescribed_ = false;
    } else {
      auto* lite = static_cast<soci::sqlite3_statement_backend*>(backend);
      // A statement stepped and not reset holds its read transaction (and WAL snapshot) open.
      if (lite->stmt_) sqlite_api::sqlite3_reset(lite->stmt_);
      lite->databaseReady_ = true;
      lite->dataCache_.clear();
    }
    st_.bind_clean_up();  // the caller's elements: they refer to its variables
  } catch (...) {
    entry_->broken = true;
  }
  entry_->busy = false;
}

void keep(soci::session& s) {
  auto cache = std::make_shared<Cache>();
  cache->postgres = s.get_backend_name() == "postgresql";
  std::lock_guard lock(registry_mutex);
  registry()[&s] = std::move(cache);
}

void drop(soci::session& s, bool closing) {
  std::shared_ptr<Cache> cache;
  {
    std::lock_guard lock(registry_mutex);
    const auto it = registry().find(&s);
    if (it == registry().end()) return;
    cache = std::move(it->second);
    registry().erase(it);
  }
  if (closing)
    for (auto& [key, entry] : cache->entries) forget_name(*entry, cache->postgres);
  cache->entries.clear();
  clear_raw(s, *cache, closing);
}

void clear(soci::session& s) {
  if (auto cache = cache_of(s)) {
    cache->entries.clear();
    cache->seen.clear();
    clear_raw(s, *cache, false);
  }
}

std::size_t kept_count(soci::session& s) {
  const auto cache = cache_of(s);
  return cache ? cache->entries.size() + cache->raw.size() : 0;
}

Lent lend(soci::session& s, const std::string& sql, const char* site, int line,
          const std::function<void(soci::statement&)>& exchange) {
  const auto cache = cache_of(s);
  if (!cache) return Lent(prepare(s, sql, soci::details::st_one_time_query, exchange), nullptr, false);
  std::string key;
  key.reserve(sql.size() + 64);
  key.append(site).append(":").append(std::to_string(line)).append("\n").append(sql);
  const auto found = cache->entries.find(key);
  if (found != cache->entries.end()) {
    auto entry = found->second;
    if (entry->broken) {
      cache->entries.erase(found);
    } else if (!entry->busy) {
      entry->busy = true;
      entry->used = ++cache->clock;
      try {
        exchange(entry->st);
        entry->st.define_and_bind();
      } catch (...) {
        entry->busy = false;
        entry->broken = true;
        throw;
      }
      soci::statement st = entry->st;
      return Lent(std::move(st), std::move(entry), cache->postgres);
    } else {
      // Lent already (a nested read of the same statement): prepared for this execution only.
      return Lent(prepare(s, sql, soci::details::st_one_time_query, exchange), nullptr, cache->postgres);
    }
  }
  if (!seen_before(cache->seen, key))
    return Lent(prepare(s, sql, soci::details::st_one_time_query, exchange), nullptr, cache->postgres);
  auto entry = std::make_shared<Entry>(prepare(s, sql, soci::details::st_repeatable_query, exchange));
  cache->seen.erase(key);
  entry->busy = true;
  entry->used = ++cache->clock;
  while (cache->entries.size() >= kCapacity) {
    const auto before = cache->entries.size();
    evict_one(*cache);
    if (cache->entries.size() == before) break;  // all lent
  }
  cache->entries.emplace(std::move(key), entry);
  soci::statement st = entry->st;
  return Lent(std::move(st), std::move(entry), cache->postgres);
}

RawLent::RawLent(std::shared_ptr<RawEntry> entry) : entry_(std::move(entry)) {}

RawLent::~RawLent() {
  if (!entry_) return;
  if (entry_->sqlite) {
    // A statement stepped and not reset holds its read transaction (and WAL snapshot) open.
    auto* st = static_cast<sqlite_api::sqlite3_stmt*>(entry_->sqlite);
    sqlite_api::sqlite3_reset(st);
    sqlite_api::sqlite3_clear_bindings(st);
  }
  entry_->busy = false;
}

void* RawLent::sqlite() const { return entry_->sqlite; }
void RawLent::set_sqlite(void* stmt) { entry_->sqlite = stmt; }
const std::string& RawLent::pg_name() const { return entry_->pg_name; }
bool RawLent::pg_prepared() const { return entry_->prepared; }
void RawLent::mark_prepared() { entry_->prepared = true; }

RawLent lend_raw(soci::session& s, std::string_view sql) {
  const auto cache = cache_of(s);
  if (!cache) return {};
  std::string key(sql);
  if (const auto found = cache->raw.find(key); found != cache->raw.end()) {
    auto entry = found->second;
    // In use (a nested read of the same text), or a PostgreSQL statement whose preparation failed: not lent.
    if (entry->busy) return {};
    if (cache->postgres && !entry->prepared) {
      cache->raw.erase(found);
    } else {
      entry->busy = true;
      entry->used = ++cache->clock;
      return RawLent(std::move(entry));
    }
  }
  if (!seen_before(cache->raw_seen, key)) return {};
  cache->raw_seen.erase(key);
  while (cache->raw.size() >= kCapacity) {
    const auto oldest = oldest_idle(cache->raw);
    if (oldest == cache->raw.end()) return {};  // all lent
    if (cache->postgres) deallocate(s, *oldest->second);
    cache->raw.erase(oldest);
  }
  auto entry = std::make_shared<RawEntry>();
  if (cache->postgres) entry->pg_name = "kvalis_scan_" + std::to_string(++cache->raw_names);
  entry->busy = true;
  entry->used = ++cache->clock;
  cache->raw.emplace(std::move(key), entry);
  return RawLent(std::move(entry));
}

}  // namespace kvalis::store::statement_cache
