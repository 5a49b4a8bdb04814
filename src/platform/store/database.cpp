#include "platform/store/database.hpp"

#include <boost/url.hpp>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <chrono>
#include <sqlite3.h>
#include <thread>

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
  for (auto p : u.params()) add(p.key, p.value);
  return out;
}

}  // namespace

long long now_epoch() {
  return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
}

Database::Database(const std::string& url, std::size_t pool_size)
    : url_(url),
      dialect_(starts_with(url, "postgresql://") || starts_with(url, "postgres://") ? Dialect::postgresql
                                                                                    : Dialect::sqlite) {
  const unsigned cores = std::max(2u, std::thread::hardware_concurrency());
  pool_size_ = pool_size ? pool_size : (dialect_ == Dialect::sqlite ? cores * 2 : cores * 4);
  pool_ = std::make_unique<soci::connection_pool>(pool_size_);
  try {
    for (std::size_t i = 0; i < pool_size_; ++i) {
      auto& s = pool_->at(i);
      if (dialect_ == Dialect::sqlite) {
        std::string path = starts_with(url_, "sqlite:") ? url_.substr(7) : url_;
        s.open(soci::sqlite3, "db=\"" + path + "\" timeout=10");
      } else {
        s.open(soci::postgresql, libpq_keywords(url_));
      }
      configure(s);
    }
  } catch (const soci::soci_error& e) {
    throw Unavailable(std::string("cannot open database ") + std::string(dialect_name()) + ": " + e.what());
  }
}

Database::~Database() = default;

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
    auto* backend = static_cast<soci::sqlite3_session_backend*>(session.get_backend());
    char* err = nullptr;
    if (sqlite_api::sqlite3_exec(backend->conn_, script.c_str(), nullptr, nullptr, &err) != SQLITE_OK) {
      std::string message = err ? err : "unknown error";
      sqlite_api::sqlite3_free(err);
      throw soci::soci_error("sqlite: " + message);
    }
  } else {
    auto* backend = static_cast<soci::postgresql_session_backend*>(session.get_backend());
    PGresult* res = PQexec(backend->conn_, script.c_str());
    const auto status = PQresultStatus(res);
    const bool ok = status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK;
    std::string message = ok ? "" : PQresultErrorMessage(res);
    PQclear(res);
    if (!ok) throw soci::soci_error("postgresql: " + message);
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

Database::Lease::Lease(Database& db) : db_(db) {
  // A bounded wait: a saturated pool answers "unavailable" instead of hanging a request for ever.
  if (!db_.pool_->try_lease(pos_, 15000)) throw Unavailable("database connection pool exhausted");
  ++db_.in_use_;
}

Database::Lease::~Lease() {
  --db_.in_use_;
  db_.pool_->give_back(pos_);
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
