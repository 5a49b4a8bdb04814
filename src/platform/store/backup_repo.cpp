#include "platform/store/backup_repo.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <algorithm>
#include <charconv>
#include <map>
#include <set>
#include <sqlite3.h>
#include <stdexcept>

namespace kvalis::store::backup_repo {
namespace {

sqlite_api::sqlite3* sqlite_of(soci::session& s) {
  return static_cast<soci::sqlite3_session_backend*>(s.get_backend())->conn_;
}
PGconn* pg_of(soci::session& s) { return static_cast<soci::postgresql_session_backend*>(s.get_backend())->conn_; }

// Runs one SELECT and hands every row to on_row with typed values.
void native_query(Database& db, soci::session& s, const std::string& sql,
                  const std::function<void(const Row&)>& on_row) {
  if (db.dialect() == Dialect::sqlite) {
    sqlite_api::sqlite3_stmt* st = nullptr;
    auto* conn = sqlite_of(s);
    if (sqlite_api::sqlite3_prepare_v2(conn, sql.c_str(), -1, &st, nullptr) != SQLITE_OK)
      throw std::runtime_error(std::string("sqlite: ") + sqlite_api::sqlite3_errmsg(conn));
    const int width = sqlite_api::sqlite3_column_count(st);
    Row row(static_cast<std::size_t>(width));
    int rc;
    while ((rc = sqlite_api::sqlite3_step(st)) == SQLITE_ROW) {
      for (int i = 0; i < width; ++i) {
        auto& v = row[static_cast<std::size_t>(i)];
        switch (sqlite_api::sqlite3_column_type(st, i)) {
          case SQLITE_NULL:
            v = std::monostate{};
            break;
          case SQLITE_INTEGER:
            v = static_cast<long long>(sqlite_api::sqlite3_column_int64(st, i));
            break;
          case SQLITE_FLOAT:
            v = sqlite_api::sqlite3_column_double(st, i);
            break;
          default: {
            const auto* text = reinterpret_cast<const char*>(sqlite_api::sqlite3_column_text(st, i));
            v = std::string(text ? text : "", static_cast<std::size_t>(sqlite_api::sqlite3_column_bytes(st, i)));
          }
        }
      }
      on_row(row);
    }
    const std::string message = rc == SQLITE_DONE ? "" : sqlite_api::sqlite3_errmsg(conn);
    sqlite_api::sqlite3_finalize(st);
    if (!message.empty()) throw std::runtime_error("sqlite: " + message);
    return;
  }
  PGconn* conn = pg_of(s);
  if (!PQsendQuery(conn, sql.c_str())) throw std::runtime_error(std::string("postgresql: ") + PQerrorMessage(conn));
  PQsetSingleRowMode(conn);  // streams the rows: a table of evidence files need not fit in memory twice
  std::string error;
  while (PGresult* res = PQgetResult(conn)) {
    const auto status = PQresultStatus(res);
    if (status == PGRES_SINGLE_TUPLE && error.empty()) {
      const int width = PQnfields(res);
      Row row(static_cast<std::size_t>(width));
      for (int i = 0; i < width; ++i) {
        auto& v = row[static_cast<std::size_t>(i)];
        if (PQgetisnull(res, 0, i)) {
          v = std::monostate{};
          continue;
        }
        const char* text = PQgetvalue(res, 0, i);
        const int length = PQgetlength(res, 0, i);
        switch (PQftype(res, i)) {
          case 20:
          case 21:
          case 23: {  // int8, int2, int4
            long long n = 0;
            std::from_chars(text, text + length, n);
            v = n;
            break;
          }
          case 700:
          case 701:  // float4, float8: PostgreSQL 12+ writes the shortest exact text
            v = std::strtod(text, nullptr);
            break;
          case 16:
            v = static_cast<long long>(text[0] == 't');
            break;  // bool
          default:
            v = std::string(text, static_cast<std::size_t>(length));
        }
      }
      on_row(row);
    } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK &&
               error.empty()) {
      error = PQresultErrorMessage(res);
    }
    PQclear(res);
  }
  if (!error.empty()) throw std::runtime_error("postgresql: " + error);
}

std::string text_of(const Value& v) { return std::holds_alternative<std::string>(v) ? std::get<std::string>(v) : ""; }

constexpr const char* kSqliteColumns =
    "SELECT m.name, p.name, p.pk FROM sqlite_master m, pragma_table_info(m.name) p "
    "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite_%' ORDER BY m.name, p.pk";
constexpr const char* kSqliteParents =
    "SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'";
constexpr const char* kPgColumns =
    "SELECT c.relname, a.attname, COALESCE(array_position(k.conkey, a.attnum), 0) FROM pg_class c "
    "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_attribute a ON a.attrelid = c.oid "
    "LEFT JOIN pg_constraint k ON k.conrelid = c.oid AND k.contype = 'p' "
    "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped "
    "ORDER BY 1, 3";
constexpr const char* kPgParents =
    "SELECT c.relname, p.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
    "JOIN pg_class p ON p.oid = k.confrelid JOIN pg_namespace n ON n.oid = c.relnamespace "
    "WHERE k.contype = 'f' AND n.nspname = current_schema()";
constexpr const char* kPgIdentities =
    "SELECT c.relname, a.attname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
    "JOIN pg_attribute a ON a.attrelid = c.oid "
    "WHERE n.nspname = current_schema() AND c.relkind = 'r' AND a.attidentity <> '' AND NOT a.attisdropped";

bool plain_identifier(const std::string& name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_';
  });
}

}  // namespace

std::string quote_identifier(const std::string& name) {
  if (!plain_identifier(name)) throw std::runtime_error("unexpected name in the database catalogue: " + name);
  return "\"" + name + "\"";
}

std::vector<std::string> table_names(Database& db, soci::session& s) {
  std::set<std::string> names;
  native_query(db, s, db.dialect() == Dialect::sqlite ? kSqliteColumns : kPgColumns,
               [&](const Row& r) { names.insert(text_of(r[0])); });
  return {names.begin(), names.end()};
}

std::vector<Table> tables(Database& db, soci::session& s) {
  std::map<std::string, Table> by_name;
  native_query(db, s, db.dialect() == Dialect::sqlite ? kSqliteColumns : kPgColumns, [&](const Row& r) {
    const auto name = text_of(r[0]);
    if (name == "schema_migrations") return;
    auto& t = by_name[name];
    t.name = name;
    t.columns.push_back(text_of(r[1]));
    if (std::get<long long>(r[2]) > 0) t.key.push_back(text_of(r[1]));  // ordered by key position
  });
  native_query(db, s, db.dialect() == Dialect::sqlite ? kSqliteParents : kPgParents, [&](const Row& r) {
    auto it = by_name.find(text_of(r[0]));
    const auto parent = text_of(r[1]);
    if (it != by_name.end() && parent != it->first &&
        std::find(it->second.parents.begin(), it->second.parents.end(), parent) == it->second.parents.end())
      it->second.parents.push_back(parent);
  });
  // Parents first (Kahn's order, ties by name so that every backup of one schema lists tables alike).
  std::vector<Table> out;
  std::set<std::string> placed;
  while (out.size() < by_name.size()) {
    bool progress = false;
    for (auto& [name, t] : by_name) {
      if (placed.count(name)) continue;
      const bool ready = std::all_of(t.parents.begin(), t.parents.end(),
                                     [&](const auto& p) { return placed.count(p) || !by_name.count(p); });
      if (!ready) continue;
      std::sort(t.columns.begin(), t.columns.end());
      out.push_back(t);
      placed.insert(name);
      progress = true;
    }
    if (!progress) throw std::runtime_error("the foreign keys between tables form a cycle");
  }
  return out;
}

void begin_snapshot(Database& db, soci::session& s) {
  s << (db.dialect() == Dialect::sqlite ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
}

void end_snapshot(soci::session& s) { s << "COMMIT"; }

void scan(Database& db, soci::session& s, const Table& table, const std::function<void(const Row&)>& on_row) {
  std::string sql = "SELECT ";
  for (std::size_t i = 0; i < table.columns.size(); ++i) sql += (i ? ", " : "") + quote_identifier(table.columns[i]);
  sql += " FROM " + quote_identifier(table.name);
  // Key order keeps a row that references another row of its table (a goal's parent) after it.
  if (!table.key.empty()) {
    sql += " ORDER BY ";
    for (std::size_t i = 0; i < table.key.size(); ++i) sql += (i ? ", " : "") + quote_identifier(table.key[i]);
  }
  native_query(db, s, sql, on_row);
}

void clear(soci::session& s, const Table& table) { s << "DELETE FROM " + quote_identifier(table.name); }

struct Inserter::Native {
  sqlite_api::sqlite3_stmt* sqlite = nullptr;
  std::string pg_name;
};

Inserter::Inserter(Database& db, soci::session& s, const std::string& table, const std::vector<std::string>& columns)
    : db_(db), s_(s), width_(columns.size()), native_(new Native) {
  std::string sql = "INSERT INTO " + quote_identifier(table) + " (";
  for (std::size_t i = 0; i < columns.size(); ++i) sql += (i ? ", " : "") + quote_identifier(columns[i]);
  sql += ") VALUES (";
  for (std::size_t i = 0; i < columns.size(); ++i)
    sql += (i ? ", " : "") + (db.dialect() == Dialect::sqlite ? std::string("?") : "$" + std::to_string(i + 1));
  sql += ")";
  if (db.dialect() == Dialect::sqlite) {
    auto* conn = sqlite_of(s);
    if (sqlite_api::sqlite3_prepare_v2(conn, sql.c_str(), -1, &native_->sqlite, nullptr) != SQLITE_OK) {
      const std::string message = sqlite_api::sqlite3_errmsg(conn);
      delete native_;
      throw std::runtime_error("sqlite: " + message);
    }
    return;
  }
  native_->pg_name = "kvalis_restore_" + table;
  PGresult* res = PQprepare(pg_of(s), native_->pg_name.c_str(), sql.c_str(), static_cast<int>(width_), nullptr);
  const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
  const std::string message = ok ? "" : PQresultErrorMessage(res);
  PQclear(res);
  if (!ok) {
    delete native_;
    throw std::runtime_error("postgresql: " + message);
  }
}

Inserter::~Inserter() {
  if (native_->sqlite) sqlite_api::sqlite3_finalize(native_->sqlite);
  if (!native_->pg_name.empty()) {
    PGresult* res = PQexec(pg_of(s_), ("DEALLOCATE " + native_->pg_name).c_str());
    PQclear(res);
  }
  delete native_;
}

void Inserter::insert(const Row& row) {
  if (row.size() != width_)
    throw std::runtime_error("a row has " + std::to_string(row.size()) + " values, not " + std::to_string(width_));
  if (db_.dialect() == Dialect::sqlite) {
    auto* st = native_->sqlite;
    sqlite_api::sqlite3_reset(st);
    for (std::size_t i = 0; i < width_; ++i) {
      const int at = static_cast<int>(i + 1);
      const auto& v = row[i];
      if (std::holds_alternative<long long>(v))
        sqlite_api::sqlite3_bind_int64(st, at, std::get<long long>(v));
      else if (std::holds_alternative<double>(v))
        sqlite_api::sqlite3_bind_double(st, at, std::get<double>(v));
      else if (std::holds_alternative<std::string>(v)) {
        const auto& text = std::get<std::string>(v);
        sqlite_api::sqlite3_bind_text(
            st, at, text.data(), static_cast<int>(text.size()),
            reinterpret_cast<sqlite_api::sqlite3_destructor_type>(static_cast<std::intptr_t>(-1)));
      } else
        sqlite_api::sqlite3_bind_null(st, at);
    }
    if (sqlite_api::sqlite3_step(st) != SQLITE_DONE)
      throw std::runtime_error(std::string("sqlite: ") + sqlite_api::sqlite3_errmsg(sqlite_of(s_)));
    return;
  }
  // libpq text parameters: integers in decimal, doubles in the shortest text that reads back exactly.
  std::vector<std::string> texts(width_);
  std::vector<const char*> params(width_, nullptr);
  for (std::size_t i = 0; i < width_; ++i) {
    const auto& v = row[i];
    if (std::holds_alternative<long long>(v)) {
      texts[i] = std::to_string(std::get<long long>(v));
    } else if (std::holds_alternative<double>(v)) {
      char buf[64];
      auto [end, ec] = std::to_chars(buf, buf + sizeof buf, std::get<double>(v));
      texts[i] = ec == std::errc() ? std::string(buf, end) : "NaN";
    } else if (std::holds_alternative<std::string>(v)) {
      texts[i] = std::get<std::string>(v);
    } else {
      continue;
    }
    params[i] = texts[i].c_str();
  }
  PGresult* res =
      PQexecPrepared(pg_of(s_), native_->pg_name.c_str(), static_cast<int>(width_), params.data(), nullptr, nullptr, 0);
  const bool ok = PQresultStatus(res) == PGRES_COMMAND_OK;
  const std::string message = ok ? "" : PQresultErrorMessage(res);
  PQclear(res);
  if (!ok) throw std::runtime_error("postgresql: " + message);
}

void reset_identities(Database& db, soci::session& s) {
  if (db.dialect() != Dialect::postgresql) return;
  std::vector<std::pair<std::string, std::string>> identities;
  native_query(db, s, kPgIdentities, [&](const Row& r) { identities.emplace_back(text_of(r[0]), text_of(r[1])); });
  for (const auto& [table, column] : identities) {
    const std::string qualified = quote_identifier(table);
    s << "SELECT setval(pg_get_serial_sequence(:t, :c), COALESCE(MAX(" + quote_identifier(column) +
             "), 0) + 1, false) FROM " + qualified,
        soci::use(qualified), soci::use(column);
  }
}

}  // namespace kvalis::store::backup_repo
