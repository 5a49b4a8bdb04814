#pragma once
// Small in-process caches that stay correct with several kvalis processes behind one database.
//
// VersionedCache: every entry carries the data version (table data_versions) it was computed from; a
// lookup with another version misses.
//
// TtlCache: entries copied from the database, valid for a short time after the read that produced
// them *started*, and only while the process's write epoch is unchanged. The App bumps the epoch after
// every state-changing request it handles that wrote sessions, users or data versions (counted by the store,
// data_versions::session_data_changes), so a change made through this process (logout, password change,
// deactivation, new roles) is seen by the very next request; a change made by another process
// is seen within the TTL (or sooner, through the data versions). Of two reads of the same key, the one
// that started later wins, so a slow read that began before a write cannot overwrite a newer entry.
#include <atomic>
#include <chrono>
#include <cstdint>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>

namespace kvalis::http {

template <class Key, class Value>
class VersionedCache {
 public:
  explicit VersionedCache(std::size_t capacity) : capacity_(capacity) {}

  std::optional<Value> get(const Key& key, long long version) const {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end() || it->second.first != version) return std::nullopt;
    return it->second.second;
  }

  void put(const Key& key, long long version, Value value) {
    std::lock_guard lock(mutex_);
    if (entries_.size() >= capacity_ && !entries_.contains(key)) entries_.clear();  // crude but bounded
    entries_[key] = {version, std::move(value)};
  }

 private:
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<Key, std::pair<long long, Value>> entries_;
};

using CacheClock = std::chrono::steady_clock;

// Counts the state-changing requests this process has handled; TtlCache entries read under an older
// epoch are void.
class WriteEpoch {
 public:
  std::uint64_t current() const { return n_.load(std::memory_order_acquire); }
  void bump() { n_.fetch_add(1, std::memory_order_acq_rel); }

 private:
  std::atomic<std::uint64_t> n_{0};
};

// When and under which epoch a database read started: taken before the read, passed to put() after.
struct ReadStamp {
  std::uint64_t epoch = 0;
  CacheClock::time_point started{};
  static ReadStamp now(const WriteEpoch& e) { return {e.current(), CacheClock::now()}; }
};

template <class Key, class Value>
class TtlCache {
 public:
  // ttl zero: the cache keeps nothing (every lookup goes to the database).
  TtlCache(std::size_t capacity, CacheClock::duration ttl) : capacity_(capacity), ttl_(ttl) {}

  void set_ttl(CacheClock::duration ttl) {
    std::lock_guard lock(mutex_);
    ttl_ = ttl;
  }

  std::optional<Value> get(const Key& key, std::uint64_t epoch, CacheClock::time_point now) const {
    std::lock_guard lock(mutex_);
    auto it = entries_.find(key);
    if (it == entries_.end()) return std::nullopt;
    const Entry& e = it->second;
    if (e.stamp.epoch != epoch || now < e.stamp.started || now - e.stamp.started >= ttl_) return std::nullopt;
    return e.value;
  }

  void put(const Key& key, Value value, const ReadStamp& stamp) {
    std::lock_guard lock(mutex_);
    if (ttl_ <= CacheClock::duration::zero()) return;
    auto it = entries_.find(key);
    if (it != entries_.end()) {
      if (stamp.started < it->second.stamp.started) return;  // a newer read already stored this key
      it->second = Entry{stamp, std::move(value)};
      return;
    }
    if (entries_.size() >= capacity_) entries_.clear();  // crude but bounded; refills on demand
    entries_.emplace(key, Entry{stamp, std::move(value)});
  }

  void erase(const Key& key) {
    std::lock_guard lock(mutex_);
    entries_.erase(key);
  }

  std::size_t size() const {
    std::lock_guard lock(mutex_);
    return entries_.size();
  }

 private:
  struct Entry {
    ReadStamp stamp;
    Value value;
  };
  std::size_t capacity_;
  CacheClock::duration ttl_;
  mutable std::mutex mutex_;
  std::unordered_map<Key, Entry> entries_;
};

}  // namespace kvalis::http
