#pragma once
// Rows that never change once committed, read once per Database instead of on every request.
//
// A standard set's standards and criteria are written with the set and never changed (a change is a new version,
// a new set): an audit page read them on every request, some 60 rows of long texts; a published benchmarking
// methodology's items, indicators and rules likewise (only a draft is edited). remembered() keeps what a loader
// returned under a key for as long as the Database lives, shared by its connections and threads.
//
// What may be kept: only rows that no transaction changes once they are committed, and only a non-empty result
// (an empty one may be a set not created yet). A result is kept only when it was read by read(), which runs
// without a transaction and so sees committed rows alone; read inside a write (whose transaction may still roll
// back, and SQLite reuse the ids) it is used but not kept. Off a Database's connection (tools, tests on a bare
// session) the loader simply runs. Several kvalis processes keep their own copies of the same committed rows.
#include <soci/soci.h>

#include <memory>
#include <string>
#include <utility>

#include "platform/store/database.hpp"

namespace kvalis::store {

// Entries kept per Database at most; all are dropped when more would be kept (a region has a few dozen sets).
constexpr std::size_t kMemoCapacity = 4096;

// load(s) → T, or the T kept under `key` (each key always of the same T). Empty means "nothing to keep":
// T must have empty().
template <class T, class Load>
std::shared_ptr<const T> remembered(soci::session& s, const std::string& key, Load&& load) {
  const Database::Lessee& l = Database::lessee();
  if (l.db == nullptr || l.session != &s) return std::make_shared<const T>(load(s));
  Database::MemoStore& memo = l.db->memo_store();
  {
    std::lock_guard lock(memo.mutex);
    if (auto it = memo.entries.find(key); it != memo.entries.end())
      return std::static_pointer_cast<const T>(it->second);
  }
  auto value = std::make_shared<const T>(load(s));
  if (l.reading && !value->empty()) {
    std::lock_guard lock(memo.mutex);
    if (memo.entries.size() >= kMemoCapacity) memo.entries.clear();
    memo.entries.emplace(key, value);
  }
  return value;
}

}  // namespace kvalis::store
