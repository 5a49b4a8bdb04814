#pragma once
// Statements kept prepared per pooled connection (see prepare_once in platform/store/query.hpp).
//
// A request reads with a dozen statements, the same ones on every request. Prepared anew each time, PostgreSQL
// parses and plans every one of them (planning the joins of an audit list took longer than running it), SQLite
// compiles it again. A connection of store::Database therefore keeps what it prepared, keyed by the SQL text and
// the place in the code that runs it (so the into and use elements bound to one statement are always of the
// same kinds), and binds new elements to it the next time. On PostgreSQL a kept statement is a named prepared
// statement, planned with the values of its first executions and then, when that is no worse, with one generic
// plan; on SQLite a compiled statement, reset when given back (a statement left stepped would hold a read
// transaction open).
//
// Only a statement seen a second time on a connection is kept: text with values spliced in (a LIMIT, a short
// IN list) would otherwise fill the cache with statements run once. At most kCapacity are kept per connection;
// the one used longest ago goes first (a PostgreSQL statement is deallocated then). A statement in use (a
// nested read of the same statement from a row callback) is not lent twice: the second one is prepared for
// that execution only.
//
// Only sessions enabled with keep_statements are cached (store::Database's pool, each used by one thread at a
// time: the lessee). Database drops a connection's statements before it closes or reconnects the connection,
// and migrate() drops them after changing the schema.
#include <soci/soci.h>

#include <cstddef>
#include <functional>
#include <memory>
#include <string>

namespace kvalis::store {

namespace statement_cache {

constexpr std::size_t kCapacity = 192;

struct Entry;

// A statement lent by the cache (or prepared for one execution) with the elements the caller exchanged.
// Destroying it resets the statement, removes those elements and gives it back.
class Lent {
 public:
  Lent(soci::statement st, std::shared_ptr<Entry> entry, bool postgres);
  Lent(Lent&& other) noexcept;
  Lent(const Lent&) = delete;
  Lent& operator=(const Lent&) = delete;
  Lent& operator=(Lent&&) = delete;
  ~Lent();

  bool execute(bool with_data_exchange = false) { return st_.execute(with_data_exchange); }
  bool fetch() { return st_.fetch(); }
  long long get_affected_rows() { return st_.get_affected_rows(); }

 private:
  soci::statement st_;
  std::shared_ptr<Entry> entry_;  // null: not cached (destroyed with this)
  bool postgres_ = false;
};

// Enables the cache for a session (store::Database's connections, once open).
void keep(soci::session& s);
// Drops the session's statements and stops caching for it: before the connection is closed or reconnected
// (`closing`: a PostgreSQL statement is not deallocated, the server drops it with the connection).
void drop(soci::session& s, bool closing);
// Drops the statements but keeps caching (after the schema changed).
void clear(soci::session& s);

// Lends the statement for `sql` run from `site` (a place in the code), with the caller's elements added by
// `exchange` and bound; see the top of this file.
Lent lend(soci::session& s, const std::string& sql, const char* site, int line,
          const std::function<void(soci::statement&)>& exchange);

// Statements kept for the session now (tests).
std::size_t kept_count(soci::session& s);

// ---- statements of store::scan --------------------------------------------------------------------
// store::scan runs its SELECT through the database's own library, not SOCI; what it keeps is that library's
// statement: a compiled sqlite3_stmt, or the name of a PostgreSQL prepared statement (prepared with PQprepare
// on the first run that keeps it). The same rules as above: kept from the second time the text is seen, at most
// kCapacity per connection, a statement in use is not lent twice.
struct RawEntry;
class RawLent {
 public:
  RawLent() = default;
  explicit RawLent(std::shared_ptr<RawEntry> entry);
  RawLent(RawLent&& other) noexcept = default;
  RawLent(const RawLent&) = delete;
  RawLent& operator=(const RawLent&) = delete;
  RawLent& operator=(RawLent&&) = delete;
  ~RawLent();

  explicit operator bool() const { return entry_ != nullptr; }
  // SQLite: the kept statement (null: not compiled yet; give it with set_sqlite). It is reset and its
  // parameters cleared when given back.
  void* sqlite() const;
  void set_sqlite(void* stmt);
  // PostgreSQL: the statement's name, and whether it was prepared on the server (mark_prepared once it was).
  const std::string& pg_name() const;
  bool pg_prepared() const;
  void mark_prepared();

 private:
  std::shared_ptr<RawEntry> entry_;
};
// An empty RawLent: the session keeps no statements, the text was seen for the first time, or its statement is
// in use; the caller prepares the statement for this run only.
RawLent lend_raw(soci::session& s, std::string_view sql);

}  // namespace statement_cache

}  // namespace kvalis::store
