#include "platform/store/scan.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <charconv>
#include <libpq-fe.h>
#include <memory>

#include "platform/store/statement_cache.hpp"

namespace kvalis::store {

using sqlite_api::sqlite3;
using sqlite_api::sqlite3_stmt;

struct ScanAccess {
  static ScanRow of_sqlite(sqlite3_stmt* st) {
    ScanRow r;
    r.sqlite_ = st;
    return r;
  }
  static ScanRow of_pg(PGresult* res) {
    ScanRow r;
    r.pg_ = res;
    return r;
  }
  static void next_row(ScanRow& r) { ++r.row_; }
  static sqlite3_stmt* sqlite(const ScanRow& r) { return static_cast<sqlite3_stmt*>(r.sqlite_); }
  static const PGresult* pg(const ScanRow& r) { return static_cast<const PGresult*>(r.pg_); }
};

bool ScanRow::null(int column) const {
  if (auto* st = ScanAccess::sqlite(*this)) return sqlite_api::sqlite3_column_type(st, column) == SQLITE_NULL;
  return PQgetisnull(ScanAccess::pg(*this), row_, column) != 0;
}

long long ScanRow::integer(int column) const {
  if (auto* st = ScanAccess::sqlite(*this)) return sqlite_api::sqlite3_column_int64(st, column);
  const char* text = PQgetvalue(ScanAccess::pg(*this), row_, column);
  const int size = PQgetlength(ScanAccess::pg(*this), row_, column);
  long long v = 0;
  std::from_chars(text, text + size, v);
  return v;
}

double ScanRow::real(int column) const {
  if (auto* st = ScanAccess::sqlite(*this)) return sqlite_api::sqlite3_column_double(st, column);
  const char* text = PQgetvalue(ScanAccess::pg(*this), row_, column);
  const int size = PQgetlength(ScanAccess::pg(*this), row_, column);
  double v = 0;
  std::from_chars(text, text + size, v);  // PostgreSQL writes the shortest text that reads back exactly
  return v;
}

std::string_view ScanRow::text(int column) const {
  if (auto* st = ScanAccess::sqlite(*this)) {
    const auto* text = reinterpret_cast<const char*>(sqlite_api::sqlite3_column_text(st, column));
    return text ? std::string_view(text, static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(st, column)))
                : std::string_view();
  }
  return {PQgetvalue(ScanAccess::pg(*this), row_, column),
          static_cast<std::size_t>(PQgetlength(ScanAccess::pg(*this), row_, column))};
}

namespace detail {
namespace {

void scan_sqlite(soci::session& s, std::string_view sql, const std::vector<ScanParam>& params, void* context,
                 ScanCallback callback) {
  using namespace sqlite_api;
  auto* backend = static_cast<soci::sqlite3_session_backend*>(s.get_backend());
  sqlite3* conn = backend ? backend->conn_ : nullptr;
  if (!conn) throw soci::soci_error("sqlite: the session is not connected");
  // The statement kept on this connection (statement_cache), or one prepared for this run.
  auto kept = statement_cache::lend_raw(s, sql);
  sqlite3_stmt* raw = kept ? static_cast<sqlite3_stmt*>(kept.sqlite()) : nullptr;
  std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt*)> own(nullptr, sqlite3_finalize);
  if (!raw) {
    if (const int rc = sqlite3_prepare_v2(conn, sql.data(), static_cast<int>(sql.size()), &raw, nullptr);
        rc != SQLITE_OK) {
      sqlite3_finalize(raw);
      throw soci::sqlite3_soci_error(std::string("sqlite: ") + sqlite3_errmsg(conn), rc);
    }
    if (kept)
      kept.set_sqlite(raw);
    else
      own.reset(raw);
  }
  for (std::size_t i = 0; i < params.size(); ++i) {
    const std::string name = "$" + std::to_string(i + 1);
    const int index = sqlite3_bind_parameter_index(raw, name.c_str());
    if (index == 0) throw soci::soci_error("sqlite: the statement has no parameter " + name);
    int rc = SQLITE_OK;
    if (const auto* v = std::get_if<long long>(&params[i]))
      rc = sqlite3_bind_int64(raw, index, *v);
    else if (const auto* d = std::get_if<double>(&params[i]))
      rc = sqlite3_bind_double(raw, index, *d);
    else {
      const auto text = std::get<std::string_view>(params[i]);
      rc = sqlite3_bind_text(raw, index, text.data(), static_cast<int>(text.size()), SQLITE_TRANSIENT);
    }
    if (rc != SQLITE_OK) throw soci::sqlite3_soci_error(std::string("sqlite: ") + sqlite3_errmsg(conn), rc);
  }
  const ScanRow row = ScanAccess::of_sqlite(raw);
  int rc = SQLITE_ROW;
  while ((rc = sqlite3_step(raw)) == SQLITE_ROW) callback(context, row);
  if (rc != SQLITE_DONE) throw soci::sqlite3_soci_error(std::string("sqlite: ") + sqlite3_errmsg(conn), rc);
}

void scan_postgresql(soci::session& s, std::string_view sql, const std::vector<ScanParam>& params, void* context,
                     ScanCallback callback) {
  auto* backend = static_cast<soci::postgresql_session_backend*>(s.get_backend());
  PGconn* conn = backend ? backend->conn_ : nullptr;
  if (!conn) throw soci::soci_error("postgresql: the session is not connected");
  std::vector<std::string> texts;
  texts.reserve(params.size());
  for (const auto& p : params) {
    if (const auto* v = std::get_if<long long>(&p)) {
      texts.push_back(std::to_string(*v));
    } else if (const auto* d = std::get_if<double>(&p)) {
      char buf[32];
      const auto end = std::to_chars(buf, buf + sizeof buf, *d).ptr;
      texts.emplace_back(buf, end);
    } else {
      texts.emplace_back(std::get<std::string_view>(p));
    }
  }
  std::vector<const char*> values;
  for (const auto& t : texts) values.push_back(t.c_str());
  const std::string text(sql);
  const auto fail = [&](const PGresult* res) {
    const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
    const std::string sqlstate = state && std::string_view(state).size() == 5 ? state : "     ";
    throw soci::postgresql_soci_error(
        std::string("postgresql: ") + (res ? PQresultErrorMessage(res) : PQerrorMessage(conn)), sqlstate.c_str());
  };
  using Result = std::unique_ptr<PGresult, void (*)(PGresult*)>;
  // A statement kept on this connection (statement_cache) is prepared once, named, and then only executed: the
  // server parses and plans it on its first runs only.
  auto kept = statement_cache::lend_raw(s, sql);
  if (kept && !kept.pg_prepared()) {
    const Result prepared(PQprepare(conn, kept.pg_name().c_str(), text.c_str(), 0, nullptr), PQclear);
    if (PQresultStatus(prepared.get()) != PGRES_COMMAND_OK) fail(prepared.get());
    kept.mark_prepared();
  }
  const Result res(kept ? PQexecPrepared(conn, kept.pg_name().c_str(), static_cast<int>(values.size()), values.data(),
                                         nullptr, nullptr, 0)
                        : PQexecParams(conn, text.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                                       nullptr, nullptr, 0),
                   PQclear);
  if (PQresultStatus(res.get()) != PGRES_TUPLES_OK) fail(res.get());
  ScanRow row = ScanAccess::of_pg(res.get());
  for (int i = 0, n = PQntuples(res.get()); i < n; ++i, ScanAccess::next_row(row)) callback(context, row);
}

}  // namespace

void scan(soci::session& s, std::string_view sql, const std::vector<ScanParam>& params, void* context,
          ScanCallback callback) {
  if (s.get_backend_name() == "sqlite3")
    scan_sqlite(s, sql, params, context, callback);
  else
    scan_postgresql(s, sql, params, context, callback);
}

}  // namespace detail
}  // namespace kvalis::store
