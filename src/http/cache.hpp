#pragma once
// Small in-process caches that stay correct with several kvalis processes behind one database: every
// entry carries the data version (table data_versions) it was computed from, and the version is read
// from the database with the session on every request.
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
    if (entries_.size() >= capacity_) entries_.clear();  // crude but bounded; refills on demand
    entries_[key] = {version, std::move(value)};
  }

 private:
  std::size_t capacity_;
  mutable std::mutex mutex_;
  std::unordered_map<Key, std::pair<long long, Value>> entries_;
};

}  // namespace kvalis::http
