#pragma once
// Connection pool over SOCI for SQLite (default, one writer, WAL) and PostgreSQL (several kvalis
// processes behind one database). All database work runs on the database thread pool, never on the
// network threads (see http/server.cpp).
#include <soci/soci.h>

#include <atomic>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::store {

// Whether a write transaction keeps what its function did: an error Result (or Status) rolls back, so a
// request that fails halfway changes nothing; any other value commits.
template <class T>
struct IsResult : std::false_type {};
template <class T>
struct IsResult<Result<T>> : std::true_type {};

template <class R>
bool commits(const R& result) {
  if constexpr (IsResult<std::remove_cvref_t<R>>::value)
    return result.ok();
  else
    return true;
}

enum class Dialect { sqlite, postgresql };

// Thrown when the database cannot be reached or fails for reasons outside the request (HTTP 503): the
// connection lost or refused, the server shutting down, the disk full, an I/O error, a lock not granted in
// time. key() names the message of the platform catalogue the client gets (what() is for the log only).
struct Unavailable : std::runtime_error {
  explicit Unavailable(const std::string& what, std::string key = "unavailable")
      : std::runtime_error(what), key_(std::move(key)) {}
  const std::string& key() const { return key_; }

 private:
  std::string key_;
};

// The message key of Unavailable when a database failure means the request cannot be served now (connection
// lost, server gone, disk full, I/O error, lock timeout), or nothing when the error is the request's own (a
// constraint, a bad statement) or a lost race (a deadlock or a serialisation failure: Conflict, 409). The SQLite result
// code or the PostgreSQL SQLSTATE decides; connection_lost says the PostgreSQL connection is no longer usable. Public
// for the unit test.
std::optional<std::string> unavailable_key(Dialect dialect, int sqlite_code, std::string_view sqlstate,
                                           bool connection_lost);

// Thrown by Database::write when the transaction lost a race with another one (of this process or of another
// kvalis process on the same database): a unique key taken meanwhile, a deadlock, a serialisation failure.
// Nothing was written; the request may be repeated (HTTP 409).
struct Conflict : std::runtime_error {
  using std::runtime_error::runtime_error;
};

class Database {
 public:
  // url: a SQLite file path (or sqlite:PATH) or a postgresql:// URI.
  explicit Database(const std::string& url, std::size_t pool_size = 0);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Dialect dialect() const { return dialect_; }
  std::string_view dialect_name() const { return dialect_ == Dialect::sqlite ? "sqlite" : "postgresql"; }
  const std::string& url() const { return url_; }
  std::size_t pool_size() const { return pool_size_; }
  // Connections lent out now (GET /api/metrics).
  std::size_t in_use() const { return in_use_.load(); }

  // Runs f(session) on a pooled connection without a transaction.
  // A database failure that is not the request's own (see unavailable_key) is thrown as Unavailable.
  template <class F>
  decltype(auto) read(F&& f) {
    Lease lease(*this, Lease::kReading);
    try {
      return f(lease.session());
    } catch (const std::exception& e) {
      lease.failed(e);
      throw;
    }
  }

  // Runs f(session) in one transaction; commits when f returns, rolls back when it throws or returns an
  // error Result (see commits above). Something to keep although the request fails (a failed login, say)
  // goes in a transaction of its own that returns no error.
  // SQLite has one writer at a time (serialised here, BEGIN IMMEDIATE), PostgreSQL many.
  template <class F>
  decltype(auto) write(F&& f) {
    try {
      return write_once(std::forward<F>(f));
    } catch (const soci::soci_error& e) {
      rethrow_as_conflict(e);  // a Conflict when the error was a lost race, else the same error
    }
  }

  // A write that ends with a step common to every write of its group (a benchmarking round recomputed after a
  // form of the round is saved: the group is the round). Writes of one group that wait for the database at the
  // same time run in one transaction: each work(session) in a savepoint of its own, rolled back alone when it
  // throws or returns an error Result, then finish(session) once for those kept, then one commit. Each caller
  // gets its own result (or exception) once that commit is done, so what it answers is committed with the
  // finishing step's rows, as with write(). A failure of the finishing step or of the commit fails every write
  // of the batch (Conflict for a lost race, as write()). One write alone runs as with write().
  template <class F>
  decltype(auto) write_grouped(const std::string& group, F&& work, const std::function<void(soci::session&)>& finish) {
    using R = std::remove_cvref_t<decltype(work(std::declval<soci::session&>()))>;
    std::unique_ptr<R> result;  // (an optional here made g++ 12 warn of a maybe-uninitialized Result)
    run_grouped(
        group,
        [&](soci::session& s) {
          result = std::make_unique<R>(work(s));
          return commits(*result);
        },
        finish);
    return R(std::move(*result));
  }

  // The connection this thread holds now, if any (the innermost lease): its database and session, and whether
  // it reads without a transaction (read()), so that what it reads is committed. Used by store/memo.hpp.
  struct Lessee {
    Database* db = nullptr;
    soci::session* session = nullptr;
    bool reading = false;
  };
  static const Lessee& lessee();

  // Rows that never change once committed, kept while this Database lives (store/memo.hpp).
  struct MemoStore {
    std::mutex mutex;
    std::unordered_map<std::string, std::shared_ptr<const void>> entries;
  };
  MemoStore& memo_store() { return memo_; }

  // Writes of the group waiting to be taken into a batch (tests).
  std::size_t grouped_waiting(const std::string& group);

  // Executes a script of several statements on the session's native connection.
  void execute_script(soci::session& session, std::string_view sql);

  // Text-or-NULL helpers shared by repositories.
  static std::string insert_returning_id(std::string_view insert_sql) {
    return std::string(insert_sql) + " RETURNING id";
  }

 private:
  template <class F>
  decltype(auto) write_once(F&& f) {
    std::unique_lock<FifoMutex> writer;
    if (dialect_ == Dialect::sqlite) writer = std::unique_lock<FifoMutex>(writer_mutex_);
    Lease lease(*this);
    try {
      Tx tx(lease.session(), dialect_);
      if constexpr (std::is_void_v<decltype(f(lease.session()))>) {
        f(lease.session());
        tx.commit();
      } else {
        decltype(auto) result = f(lease.session());
        if (commits(result))
          tx.commit();
        else
          tx.rollback();
        return result;
      }
    } catch (const std::exception& e) {
      lease.failed(e);
      throw;
    }
  }
  // Called in a catch block: throws Conflict for a unique violation, a deadlock or a serialisation failure
  // (PostgreSQL SQLSTATE 23505, 23P01, 40P01, 40001; SQLite "UNIQUE constraint failed"), else rethrows.
  [[noreturn]] static void rethrow_as_conflict(const soci::soci_error& e);

  // A pooled connection lent to one caller. SOCI's connection_pool hands out its sessions as they are and
  // never looks at them, so a connection the server dropped (PostgreSQL restarted) would fail every request
  // it serves. The lease therefore checks the connection first (see Database::make_usable): a broken one is
  // reconnected, and after any lost connection the others are pinged once before their next use.
  class Lease {
   public:
    enum Kind { kWriting, kReading };
    explicit Lease(Database& db, Kind kind = kWriting);
    ~Lease();
    soci::session& session() { return db_.pool_->at(pos_); }
    // Called with an exception of the work on this connection: throws Unavailable when the database (not
    // the request) failed, and marks the connection for reconnection when it was lost; else returns. Any
    // exception counts, not only a soci_error: SOCI's PostgreSQL backend throws std::out_of_range when the
    // connection dies under a multi-row INSERT (seen when the server was killed), and a lost connection is
    // the database being unavailable whatever was thrown.
    void failed(const std::exception& e);

   private:
    Database& db_;
    std::size_t pos_;
    Lessee outer_;  // the thread's lessee before this one, restored when this one ends
  };
  class Tx {
   public:
    Tx(soci::session& s, Dialect d);
    ~Tx();
    void commit();
    void rollback();

   private:
    soci::session& s_;
    bool done_ = false;
  };

  // write_grouped's core: blocks until `work` has run in a committed (or failed) batch of its group.
  struct GroupedWrite;
  struct WriteGroup;
  void run_grouped(const std::string& group, const std::function<bool(soci::session&)>& work,
                   const std::function<void(soci::session&)>& finish);
  std::vector<std::shared_ptr<GroupedWrite>> run_batch(WriteGroup& group,
                                                       const std::function<void(soci::session&)>& finish);

  void configure(soci::session& s);
  void open(soci::session& s);
  // Makes the connection at pos usable before it is lent: ends a transaction a failure left open,
  // reconnects a broken connection (throws Unavailable when the server still refuses).
  void make_usable(std::size_t pos);

  std::string url_;
  Dialect dialect_;
  std::size_t pool_size_;
  std::unique_ptr<soci::connection_pool> pool_;
  // SQLite's one writer at a time, in order of arrival (std::mutex lets a thread that just unlocked take it
  // again before those waiting, and a few writes waited far longer than the others).
  class FifoMutex {
   public:
    void lock() {
      std::unique_lock l(m_);
      const auto ticket = next_++;
      turn_.wait(l, [&] { return serving_ == ticket; });
    }
    void unlock() {
      {
        std::lock_guard l(m_);
        ++serving_;
      }
      turn_.notify_all();
    }

   private:
    std::mutex m_;
    std::condition_variable turn_;
    unsigned long long next_ = 0, serving_ = 0;
  };
  FifoMutex writer_mutex_;
  std::mutex groups_mutex_;
  std::map<std::string, std::shared_ptr<WriteGroup>> groups_;  // write_grouped's groups with a write waiting
  std::atomic<std::size_t> in_use_{0};
  MemoStore memo_;
  // Per connection (touched only by its lessee): must reconnect, and the failure generation it was last
  // checked at. generation_ grows whenever a connection is found lost.
  std::vector<char> broken_;
  std::vector<unsigned long long> checked_;
  std::atomic<unsigned long long> generation_{0};
};

// Current time as epoch seconds; all timestamps are stored this way in both dialects.
long long now_epoch();

}  // namespace kvalis::store
