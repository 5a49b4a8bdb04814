#include "platform/store/database.hpp"

#include <boost/url.hpp>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <chrono>
#include <condition_variable>
#include <deque>
#include <exception>
#include <iostream>
#include <mutex>
#include <sqlite3.h>
#include <thread>

#include "platform/store/statement_cache.hpp"

namespace kvalis::store {
namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }

std::string quote_value(const std::string& v) {
  std::string out = "'";
  for (char c : v) {
    if (c == '\'' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "'";
}

// SOCI 4.0 re-parses the connection string as key=value pairs, which breaks libpq URIs, so a
// postgresql:// URI is turned into libpq's keyword form here.
std::string libpq_keywords(const std::string& uri) {
  auto parsed = boost::urls::parse_uri(uri);
  if (!parsed) throw Unavailable("invalid PostgreSQL URI (expected postgresql://user:password@host:port/database)");
  const auto& u = *parsed;
  std::string out;
  auto add = [&](const std::string& k, const std::string& v) {
    if (!v.empty()) out += (out.empty() ? "" : " ") + k + "=" + quote_value(v);
  };
  add("host", u.host());
  add("port", u.port());
  add("user", u.user());
  add("password", u.password());
  std::string db = u.path();
  if (!db.empty() && db.front() == '/') db.erase(0, 1);
  add("dbname", db);
  bool timeout_given = false;
  for (auto p : u.params()) {
    add(p.key, p.value);
    timeout_given = timeout_given || p.key == "connect_timeout";
  }
  // A reconnection attempt while the server is unreachable must not hold a request for minutes.
  if (!timeout_given) add("connect_timeout", "5");
  return out;
}

PGconn* pg_conn(soci::session& s) {
  auto* backend = static_cast<soci::postgresql_session_backend*>(s.get_backend());
  return backend ? backend->conn_ : nullptr;
}

sqlite_api::sqlite3* sqlite_conn(soci::session& s) {
  auto* backend = static_cast<soci::sqlite3_session_backend*>(s.get_backend());
  return backend ? backend->conn_ : nullptr;
}

// Runs one command on a PostgreSQL connection; true when the server answered without an error.
bool pg_command(PGconn* conn, const char* sql) {
  if (!conn || PQstatus(conn) != CONNECTION_OK) return false;
  PGresult* res = PQexec(conn, sql);
  const auto status = PQresultStatus(res);
  PQclear(res);
  return status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY;
}

}  // namespace

std::optional<std::string> unavailable_key(Dialect dialect, int sqlite_code, std::string_view sqlstate,
                                           bool connection_lost) {
  if (dialect == Dialect::sqlite) {
    switch (sqlite_code & 0xff) {  // the primary result code of an extended one
      case SQLITE_FULL:
        return "unavailable.storage_full";
      case SQLITE_IOERR:
      case SQLITE_CANTOPEN:
      case SQLITE_NOMEM:
      case SQLITE_READONLY:
      case SQLITE_BUSY:
      case SQLITE_LOCKED:
      case SQLITE_PROTOCOL:
      case SQLITE_CORRUPT:
      case SQLITE_NOTADB:
        return "unavailable";
      default:
        return std::nullopt;
    }
  }
  if (connection_lost) return "unavailable";
  const auto cls = sqlstate.substr(0, 2);
  if (sqlstate == "53100") return "unavailable.storage_full";  // disk_full
  // 08 connection exception, 53 insufficient resources, 58 system error, 57P01-57P03 shutting down or
  // starting up, 57014 statement cancelled, 55P03 lock not available. A serialisation failure or a deadlock
  // (40001, 40P01) is a lost race instead: Database::write throws it as Conflict (409).
  if (cls == "08" || cls == "53" || cls == "58" || sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03" ||
      sqlstate == "57014" || sqlstate == "55P03")
    return "unavailable";
  return std::nullopt;
}

long long now_epoch() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

namespace {

// SQLite in multi-thread mode: a connection is used by one thread at a time (the pool leases it), so the
// per-connection mutex that the default serialized mode takes around every call (each column of each row read)
// is not needed. Set once, before SQLite opens its first connection; if SQLite was already set up (by another
// part of the process), the default mode stays, which is also correct.
void sqlite_multithread_once() {
  static std::once_flag once;
  std::call_once(once, [] {
    if (sqlite_api::sqlite3_threadsafe() != 0) sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
  });
}

}  // namespace

Database::Database(const std::string& url, std::size_t pool_size)
    : url_(url),
      dialect_(starts_with(url, "postgresql://") || starts_with(url, "postgres://") ? Dialect::postgresql
                                                                                    : Dialect::sqlite) {
  const unsigned cores = std::max(2u, std::thread::hardware_concurrency());
  pool_size_ = pool_size ? pool_size : (dialect_ == Dialect::sqlite ? cores * 2 : cores * 4);
  pool_ = std::make_unique<soci::connection_pool>(pool_size_);
  broken_.assign(pool_size_, 0);
  checked_.assign(pool_size_, 0);
  if (dialect_ == Dialect::sqlite) sqlite_multithread_once();
  try {
    for (std::size_t i = 0; i < pool_size_; ++i) open(pool_->at(i));
  } catch (const soci::soci_error& e) {
    throw Unavailable(std::string("cannot open database ") + std::string(dialect_name()) + ": " + e.what());
  }
}

Database::~Database() {
  // Kept statements go before their connections close (SQLite refuses to close with statements open).
  if (pool_)
    for (std::size_t i = 0; i < pool_size_; ++i) statement_cache::drop(pool_->at(i), true);
}

void Database::open(soci::session& s) {
  if (dialect_ == Dialect::sqlite) {
    std::string path = starts_with(url_, "sqlite:") ? url_.substr(7) : url_;
    s.open(soci::sqlite3, "db=\"" + path + "\" timeout=10");
  } else {
    s.open(soci::postgresql, libpq_keywords(url_));
  }
  configure(s);
  statement_cache::keep(s);
}

void Database::make_usable(std::size_t pos) {
  auto& s = pool_->at(pos);
  if (dialect_ == Dialect::sqlite) {
    // A failure (disk full, I/O error) whose rollback failed too may leave a transaction open: end it, or
    // start afresh with a new connection.
    auto* conn = sqlite_conn(s);
    if (conn && sqlite_api::sqlite3_get_autocommit(conn) != 0) return;
    if (conn && sqlite_api::sqlite3_exec(conn, "ROLLBACK", nullptr, nullptr, nullptr) == SQLITE_OK) return;
    broken_[pos] = 1;
  } else {
    // After any lost connection, every other connection is pinged once before its next use: they all went to
    // the same server. A transaction a failure left open is rolled back.
    const auto generation = generation_.load();
    PGconn* conn = pg_conn(s);
    if (!broken_[pos] && (!conn || PQstatus(conn) != CONNECTION_OK)) broken_[pos] = 1;
    if (!broken_[pos] && PQtransactionStatus(conn) != PQTRANS_IDLE && !pg_command(conn, "ROLLBACK")) broken_[pos] = 1;
    if (!broken_[pos] && checked_[pos] != generation && !pg_command(conn, "")) broken_[pos] = 1;
    checked_[pos] = generation;
  }
  if (!broken_[pos]) return;
  statement_cache::drop(s, true);
  try {
    if (s.get_backend()) s.close();
  } catch (const std::exception&) {
    // the old connection is gone either way
  }
  try {
    open(s);
  } catch (const std::exception& e) {
    statement_cache::drop(s, true);
    if (s.get_backend()) {
      try {
        s.close();  // half configured: open again next time
      } catch (const std::exception&) {}
    }
    throw Unavailable(std::string("cannot reconnect to the ") + std::string(dialect_name()) + " database: " + e.what());
  }
  broken_[pos] = 0;
  std::cerr << "kvalis: database connection " << pos << " re-established\n";
}

void Database::configure(soci::session& s) {
  if (dialect_ == Dialect::sqlite) {
    execute_script(s,
                   "PRAGMA journal_mode=WAL; PRAGMA foreign_keys=ON; PRAGMA synchronous=NORMAL; "
                   "PRAGMA busy_timeout=10000; PRAGMA temp_store=MEMORY; PRAGMA cache_size=-32000;");
  } else {
    execute_script(s, "SET client_min_messages TO WARNING; SET TIME ZONE 'UTC';");
  }
}

void Database::execute_script(soci::session& session, std::string_view sql) {
  const std::string script(sql);
  if (dialect_ == Dialect::sqlite) {
    auto* conn = sqlite_conn(session);
    if (!conn) throw soci::soci_error("sqlite: the session is not connected");
    char* err = nullptr;
    if (const int rc = sqlite_api::sqlite3_exec(conn, script.c_str(), nullptr, nullptr, &err); rc != SQLITE_OK) {
      std::string message = err ? err : "unknown error";
      sqlite_api::sqlite3_free(err);
      throw soci::sqlite3_soci_error("sqlite: " + message, rc);
    }
  } else {
    PGconn* conn = pg_conn(session);
    if (!conn) throw soci::soci_error("postgresql: the session is not connected");
    PGresult* res = PQexec(conn, script.c_str());
    const auto status = PQresultStatus(res);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    std::string message = ok ? "" : PQresultErrorMessage(res);
    const char* state = ok ? nullptr : PQresultErrorField(res, PG_DIAG_SQLSTATE);
    const std::string sqlstate = state && std::string_view(state).size() == 5 ? state : "     ";
    PQclear(res);
    if (!ok) throw soci::postgresql_soci_error("postgresql: " + message, sqlstate.c_str());
  }
}

void Database::rethrow_as_conflict(const soci::soci_error& e) {
  if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    const std::string state = pg->sqlstate();
    if (state == "23505" || state == "23P01" || state == "40P01" || state == "40001") throw Conflict(e.what());
  } else if (const auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) {
    const std::string_view what = e.what();
    if (lite->result() == SQLITE_CONSTRAINT && what.find("UNIQUE constraint failed") != std::string_view::npos)
      throw Conflict(e.what());
  }
  throw;
}

namespace {
thread_local Database::Lessee current_lessee;
}  // namespace

const Database::Lessee& Database::lessee() { return current_lessee; }

Database::Lease::Lease(Database& db, Kind kind) : db_(db) {
  // A bounded wait: a saturated pool answers "unavailable" instead of hanging a request for ever.
  if (!db_.pool_->try_lease(pos_, 15000)) throw Unavailable("database connection pool exhausted");
  try {
    db_.make_usable(pos_);
  } catch (...) {
    db_.pool_->give_back(pos_);
    throw;
  }
  ++db_.in_use_;
  outer_ = current_lessee;
  current_lessee = {&db_, &session(), kind == kReading};
}

void Database::Lease::failed(const std::exception& e) {
  soci::session& s = session();
  int sqlite_code = 0;
  std::string sqlstate;
  bool lost = false;
  if (db_.dialect_ == Dialect::sqlite) {
    if (const auto* se = dynamic_cast<const soci::sqlite3_soci_error*>(&e)) sqlite_code = se->result();
  } else {
    if (const auto* pe = dynamic_cast<const soci::postgresql_soci_error*>(&e)) sqlstate = pe->sqlstate();
    PGconn* conn = pg_conn(s);
    lost = !conn || PQstatus(conn) != CONNECTION_OK;
  }
  const auto key = unavailable_key(db_.dialect_, sqlite_code, sqlstate, lost);
  if (!key) return;
  if (lost) {
    db_.broken_[pos_] = 1;
    ++db_.generation_;
  }
  throw Unavailable(std::string(db_.dialect_name()) + ": " + e.what(), *key);
}

Database::Lease::~Lease() {
  current_lessee = outer_;
  --db_.in_use_;
  db_.pool_->give_back(pos_);
}

// ---- write_grouped ---------------------------------------------------------------------------------

struct Database::GroupedWrite {
  enum class State { waiting, lead, done };
  explicit GroupedWrite(const std::function<bool(soci::session&)>& w) : work(w) {}
  const std::function<bool(soci::session&)>& work;  // the caller's, alive while it waits
  State state = State::waiting;
  bool ran = false;   // work returned
  bool kept = false;  // and its result is to be committed
  std::exception_ptr error;
};

struct Database::WriteGroup {
  std::deque<std::shared_ptr<GroupedWrite>> waiting;
  bool leading = false;  // one of the callers runs the group's batches (guarded by groups_mutex_)
  std::condition_variable changed;
};

std::size_t Database::grouped_waiting(const std::string& group) {
  std::lock_guard lock(groups_mutex_);
  const auto it = groups_.find(group);
  return it == groups_.end() ? 0 : it->second->waiting.size();
}

void Database::run_grouped(const std::string& group, const std::function<bool(soci::session&)>& work,
                           const std::function<void(soci::session&)>& finish) {
  auto me = std::make_shared<GroupedWrite>(work);
  std::shared_ptr<WriteGroup> g;
  {
    std::unique_lock lock(groups_mutex_);
    auto& slot = groups_[group];
    if (!slot) slot = std::make_shared<WriteGroup>();
    g = slot;
    g->waiting.push_back(me);
    if (!g->leading) {
      g->leading = true;
      me->state = GroupedWrite::State::lead;
    } else {
      g->changed.wait(lock, [&] { return me->state != GroupedWrite::State::waiting; });
    }
  }
  if (me->state == GroupedWrite::State::lead) {
    // This caller runs one batch (its own write and those waiting when the database is free), then hands the
    // group to the first write that came meanwhile.
    const auto batch = run_batch(*g, finish);
    {
      std::lock_guard lock(groups_mutex_);
      for (const auto& w : batch) w->state = GroupedWrite::State::done;
      if (!g->waiting.empty()) {
        g->waiting.front()->state = GroupedWrite::State::lead;
      } else {
        g->leading = false;
        groups_.erase(group);
      }
    }
    g->changed.notify_all();
  }
  if (me->error) std::rethrow_exception(me->error);
}

std::vector<std::shared_ptr<Database::GroupedWrite>> Database::run_batch(
    WriteGroup& g, const std::function<void(soci::session&)>& finish) {
  std::vector<std::shared_ptr<GroupedWrite>> batch;
  const auto take_waiting = [&] {
    std::lock_guard lock(groups_mutex_);
    batch.assign(g.waiting.begin(), g.waiting.end());
    g.waiting.clear();
  };
  try {
    write([&](soci::session& s) {
      take_waiting();  // once the database is this transaction's: every write of the group that waited for it
      bool any = false;
      for (const auto& w : batch) {
        s << "SAVEPOINT kvalis_grouped";
        try {
          w->kept = w->work(s);
        } catch (const soci::soci_error& e) {
          try {
            rethrow_as_conflict(e);  // as write() would have thrown it
          } catch (...) {
            w->error = std::current_exception();
          }
        } catch (...) {
          w->error = std::current_exception();
        }
        w->ran = true;
        if (!w->kept) s << "ROLLBACK TO SAVEPOINT kvalis_grouped";
        s << "RELEASE SAVEPOINT kvalis_grouped";
        any = any || w->kept;
      }
      if (any) finish(s);
    });
  } catch (...) {
    // The transaction failed (before the batch was taken, in a savepoint, in finish or in the commit): every
    // write of it fails with that error, but those that returned an error Result: theirs stands.
    if (batch.empty()) take_waiting();
    for (const auto& w : batch)
      if (!w->ran || w->kept || w->error) w->error = std::current_exception();
  }
  return batch;
}

Database::Tx::Tx(soci::session& s, Dialect d) : s_(s) { s_ << (d == Dialect::sqlite ? "BEGIN IMMEDIATE" : "BEGIN"); }

Database::Tx::~Tx() {
  if (!done_) {
    try {
      s_ << "ROLLBACK";
    } catch (...) {
      // The connection may be broken; nothing more to undo.
    }
  }
}

void Database::Tx::commit() {
  s_ << "COMMIT";
  done_ = true;
}

void Database::Tx::rollback() {
  done_ = true;
  s_ << "ROLLBACK";
}

}  // namespace kvalis::store
