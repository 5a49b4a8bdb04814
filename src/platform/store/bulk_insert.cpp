#include "platform/store/bulk_insert.hpp"

#include <soci/postgresql/soci-postgresql.h>

#include <algorithm>
#include <charconv>
#include <libpq-fe.h>
#include <stdexcept>

namespace kvalis::store {

// The values of one batch, one vector per column (only the one of the column's type is used), sized once:
// the statements bind their elements by address.
struct BulkInsert::Batch {
  std::vector<std::vector<long long>> ints;
  std::vector<std::vector<double>> reals;
  std::vector<std::vector<std::string>> texts;
  std::vector<std::vector<soci::indicator>> nulls;
  std::unique_ptr<soci::statement> full;  // prepared once for a whole batch, executed for each
};

BulkInsert::BulkInsert(soci::session& s, std::string table, std::vector<BulkColumn> columns,
                       std::size_t rows_per_statement)
    : s_(s),
      table_(std::move(table)),
      columns_(std::move(columns)),
      rows_per_statement_(rows_per_statement),
      text_numbers_(s.get_backend_name() == "postgresql"),
      batch_(std::make_unique<Batch>()) {
  if (columns_.empty()) throw std::logic_error("BulkInsert into " + table_ + " without columns");
  size_batch();
}

// A COPY (PostgreSQL without ON CONFLICT) takes batches of 8 times the rows: it binds no parameters, and each
// statement costs two round trips and a flush of the parent tables. A multi-row INSERT binds at most 30,000
// values.
void BulkInsert::size_batch() {
  const std::size_t n = columns_.size();
  const bool copy = uses_copy();
  capacity_ = std::max<std::size_t>(
      1, copy ? rows_per_statement_ * 8 : std::min(rows_per_statement_, 30000 / std::max<std::size_t>(1, n)));
  batch_->ints.resize(n);
  batch_->reals.resize(n);
  batch_->texts.resize(n);
  batch_->nulls.assign(n, std::vector<soci::indicator>(capacity_, soci::i_ok));
  for (std::size_t c = 0; c < n; ++c) {
    const auto type = columns_[c].type;
    if (type == ColumnType::integer)
      batch_->ints[c].resize(capacity_);
    else if (type == ColumnType::real && !text_numbers_)
      batch_->reals[c].resize(capacity_);
    else
      batch_->texts[c].resize(capacity_);
  }
}

BulkInsert::~BulkInsert() = default;

BulkInsert& BulkInsert::after(BulkInsert& parent) {
  parents_.push_back(&parent);
  return *this;
}

BulkInsert& BulkInsert::on_conflict(std::string clause) {
  if (rows_ || column_ || written_) throw std::logic_error("BulkInsert into " + table_ + ": on_conflict after rows");
  on_conflict_ = std::move(clause);
  size_batch();
  return *this;
}

void BulkInsert::next_column(ColumnType type) {
  if (columns_[column_].type != type)
    throw std::logic_error("BulkInsert into " + table_ + ": wrong type for column " + columns_[column_].name);
}

void BulkInsert::row_done() {
  if (++column_ < columns_.size()) return;
  column_ = 0;
  if (++rows_ == capacity_) {
    execute(rows_);
    rows_ = 0;
  }
}

BulkInsert& BulkInsert::add(long long v) {
  next_column(ColumnType::integer);
  batch_->ints[column_][rows_] = v;
  batch_->nulls[column_][rows_] = soci::i_ok;
  row_done();
  return *this;
}

BulkInsert& BulkInsert::add(double v) {
  next_column(ColumnType::real);
  if (text_numbers_) {
    // The shortest text that reads back as the same double (PostgreSQL's float8 input rounds correctly).
    char buf[32];
    const auto end = std::to_chars(buf, buf + sizeof buf, v).ptr;
    batch_->texts[column_][rows_].assign(buf, end);
  } else {
    batch_->reals[column_][rows_] = v;
  }
  batch_->nulls[column_][rows_] = soci::i_ok;
  row_done();
  return *this;
}

BulkInsert& BulkInsert::add(std::string_view v) {
  next_column(ColumnType::text);
  batch_->texts[column_][rows_].assign(v);
  batch_->nulls[column_][rows_] = soci::i_ok;
  row_done();
  return *this;
}

BulkInsert& BulkInsert::add(const std::optional<double>& v) { return v ? add(*v) : add_null(); }
BulkInsert& BulkInsert::add(const std::optional<long long>& v) { return v ? add(*v) : add_null(); }

BulkInsert& BulkInsert::add_null() {
  batch_->nulls[column_][rows_] = soci::i_null;
  row_done();
  return *this;
}

std::string BulkInsert::sql(std::size_t rows) const {
  std::string out = "INSERT INTO " + table_ + " (";
  for (std::size_t c = 0; c < columns_.size(); ++c) out += (c ? ", " : "") + columns_[c].name;
  out += ") VALUES ";
  // Positional placeholders: SQLite looks a named one up among those before it (quadratic in a statement of
  // thousands), and SOCI's PostgreSQL backend turns ":name" into "$n" anyway.
  std::size_t p = 0;
  out.reserve(out.size() + rows * columns_.size() * 7);
  for (std::size_t r = 0; r < rows; ++r) {
    out += r ? ",(" : "(";
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      if (c) out += ',';
      if (text_numbers_) {
        out += '$';
        out += std::to_string(++p);
      } else {
        out += '?';
      }
    }
    out += ')';
  }
  if (!on_conflict_.empty()) out += " " + on_conflict_;
  return out;
}

namespace {

// A value in COPY's text format: backslash, tab, newline and carriage return escaped.
void append_copy_text(std::string& out, std::string_view v) {
  for (const char c : v) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
}

// Throws what SOCI would for a failed statement (the SQLSTATE kept: a unique violation is still a conflict).
[[noreturn]] void throw_pg(PGconn* conn, PGresult* res, const std::string& what) {
  std::string message = res ? PQresultErrorMessage(res) : PQerrorMessage(conn);
  const char* state = res ? PQresultErrorField(res, PG_DIAG_SQLSTATE) : nullptr;
  const std::string sqlstate = state && std::string_view(state).size() == 5 ? state : "08006";
  if (res) PQclear(res);
  throw soci::postgresql_soci_error("postgresql: " + what + ": " + message, sqlstate.c_str());
}

}  // namespace

// PostgreSQL: one COPY … FROM STDIN per batch (the rows as text), two round trips and no statement for the
// server to parse and plan with thousands of parameters; used when there is no ON CONFLICT clause.
void BulkInsert::copy(std::size_t rows) {
  // the session is PostgreSQL's (text_numbers_): libsoci exports no typeinfo for a dynamic_cast
  auto* backend = static_cast<soci::postgresql_session_backend*>(s_.get_backend());
  PGconn* conn = backend ? backend->conn_ : nullptr;
  if (!conn) throw soci::soci_error("postgresql: the session is not connected");
  auto& b = *batch_;
  std::string data;
  data.reserve(rows * columns_.size() * 12);
  char num[24];
  for (std::size_t r = 0; r < rows; ++r) {
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      if (c) data += '\t';
      if (b.nulls[c][r] == soci::i_null) {
        data += "\\N";
      } else if (!b.ints[c].empty()) {
        data.append(num, std::to_chars(num, num + sizeof num, b.ints[c][r]).ptr);
      } else {
        append_copy_text(data, b.texts[c][r]);
      }
    }
    data += '\n';
  }
  std::string sql = "COPY " + table_ + " (";
  for (std::size_t c = 0; c < columns_.size(); ++c) sql += (c ? ", " : "") + columns_[c].name;
  sql += ") FROM STDIN";
  PGresult* res = PQexec(conn, sql.c_str());
  if (PQresultStatus(res) != PGRES_COPY_IN) throw_pg(conn, res, "COPY into " + table_);
  PQclear(res);
  if (PQputCopyData(conn, data.data(), static_cast<int>(data.size())) != 1 || PQputCopyEnd(conn, nullptr) != 1)
    throw_pg(conn, nullptr, "COPY into " + table_);
  // The COPY's result, then nothing more (a NULL result ends the command).
  PGresult* done = PQgetResult(conn);
  const bool ok = PQresultStatus(done) == PGRES_COMMAND_OK;
  if (!ok) {
    while (PGresult* more = PQgetResult(conn)) PQclear(more);
    throw_pg(conn, done, "COPY into " + table_);
  }
  PQclear(done);
  while (PGresult* more = PQgetResult(conn)) PQclear(more);
}

void BulkInsert::execute(std::size_t rows) {
  for (auto* parent : parents_) parent->flush();
  if (uses_copy()) {
    copy(rows);
    written_ += rows;
    return;
  }
  auto& b = *batch_;
  // A full batch's statement is prepared once (a named statement on PostgreSQL) and executed for each full batch;
  // the last, smaller one runs once (no named statement to deallocate).
  auto prepare = [&](std::size_t n, soci::details::statement_type type) {
    auto st = std::make_unique<soci::statement>(s_);
    for (std::size_t r = 0; r < n; ++r)
      for (std::size_t c = 0; c < columns_.size(); ++c) {
        auto& ind = b.nulls[c][r];
        if (!b.ints[c].empty())
          st->exchange(soci::use(b.ints[c][r], ind));
        else if (!b.reals[c].empty())
          st->exchange(soci::use(b.reals[c][r], ind));
        else
          st->exchange(soci::use(b.texts[c][r], ind));
      }
    st->alloc();
    st->prepare(sql(n), type);
    st->define_and_bind();
    return st;
  };
  if (rows == capacity_) {
    if (!b.full) b.full = prepare(capacity_, soci::details::st_repeatable_query);
    b.full->execute(true);
  } else {
    prepare(rows, soci::details::st_one_time_query)->execute(true);
  }
  written_ += rows;
}

void BulkInsert::flush() {
  if (column_ != 0) throw std::logic_error("BulkInsert into " + table_ + ": flush inside a row");
  if (rows_ == 0) return;
  execute(rows_);
  rows_ = 0;
}

IdSource::IdSource(soci::session& s, std::string table, std::size_t block)
    : s_(s),
      table_(std::move(table)),
      block_(std::max<std::size_t>(1, block)),
      sequence_(s.get_backend_name() == "postgresql") {
  if (sequence_) return;
  long long max = 0;
  soci::indicator null = soci::i_ok;
  s_ << "SELECT MAX(id) FROM " + table_, soci::into(max, null);
  counter_ = null == soci::i_null ? 0 : max;
}

long long IdSource::next() {
  if (!sequence_) return ++counter_;
  if (ids_.empty()) {
    std::vector<long long> taken(block_);
    const long long n = static_cast<long long>(block_);
    s_ << "SELECT nextval(pg_get_serial_sequence('" + table_ + "', 'id')) FROM generate_series(1, :n)", soci::use(n),
        soci::into(taken);
    ids_.assign(taken.rbegin(), taken.rend());
    block_ = std::min<std::size_t>(block_ * 2, 64000);  // a large import takes its ids in few round trips
  }
  const long long id = ids_.back();
  ids_.pop_back();
  return id;
}

}  // namespace kvalis::store
