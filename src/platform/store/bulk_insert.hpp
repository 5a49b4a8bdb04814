#pragma once
// Many rows into one table in batches. SOCI's bulk vectors run one statement per row on PostgreSQL (one round
// trip each: 280,000 scores of a national round, or the registry's facilities, took tens of seconds on a network
// connection). On PostgreSQL a batch is one COPY … FROM STDIN (the rows as text; with an ON CONFLICT clause, a
// multi-row INSERT with every value bound); on SQLite one multi-row INSERT (INSERT … VALUES (…), (…), …) whose
// prepared statement is executed for each batch, one step instead of one per row.
//
//   store::BulkInsert out(s, "bm_scores", {{"round_id", ColumnType::integer}, {"value", ColumnType::real}});
//   out.add(round_id).add(value);   // a row is complete when every column has a value
//   out.flush();                    // writes what is left; nothing is written by the destructor
#include <soci/soci.h>

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kvalis::store {

enum class ColumnType { integer, real, text };

struct BulkColumn {
  std::string name;
  ColumnType type = ColumnType::text;
};

class BulkInsert {
 public:
  // rows_per_statement is capped so a statement binds at most 30,000 values (SQLite allows 32,766); a COPY on
  // PostgreSQL takes 8 times as many rows.
  BulkInsert(soci::session& s, std::string table, std::vector<BulkColumn> columns,
             std::size_t rows_per_statement = 500);
  ~BulkInsert();
  BulkInsert(const BulkInsert&) = delete;
  BulkInsert& operator=(const BulkInsert&) = delete;

  // A clause after the VALUES list, e.g. "ON CONFLICT (a, b) DO UPDATE SET c = excluded.c" (the same text on
  // SQLite and PostgreSQL); set it before the first row.
  BulkInsert& on_conflict(std::string clause);

  // Rows of `parent` are written before any of this table's (a foreign key of these rows refers to them).
  BulkInsert& after(BulkInsert& parent);

  // The next column's value of the current row; the type must be the column's (std::logic_error otherwise).
  // A full batch is written when its last row completes.
  BulkInsert& add(long long v);
  BulkInsert& add(int v) { return add(static_cast<long long>(v)); }
  BulkInsert& add(double v);
  BulkInsert& add(std::string_view v);
  BulkInsert& add(const std::string& v) { return add(std::string_view(v)); }
  BulkInsert& add(const char* v) { return add(std::string_view(v)); }
  BulkInsert& add(const std::optional<double>& v);
  BulkInsert& add(const std::optional<long long>& v);
  BulkInsert& add_null();  // NULL in a column of any type

  // Writes the rows held (a smaller statement for the last, partial batch). Throws on an incomplete row.
  void flush();
  std::size_t rows_written() const { return written_; }

 private:
  struct Batch;
  void next_column(ColumnType type);
  void row_done();
  void execute(std::size_t rows);
  void copy(std::size_t rows);
  void size_batch();
  // PostgreSQL without an ON CONFLICT clause: batches go as COPY … FROM STDIN.
  bool uses_copy() const { return text_numbers_ && on_conflict_.empty(); }
  std::string sql(std::size_t rows) const;

  soci::session& s_;
  std::string table_;
  std::vector<BulkColumn> columns_;
  std::string on_conflict_;
  std::vector<BulkInsert*> parents_;
  std::size_t rows_per_statement_;
  std::size_t capacity_ = 0;
  bool text_numbers_;  // PostgreSQL: numbers are sent as text anyway; shortest round-trip text is exact
  std::unique_ptr<Batch> batch_;
  std::size_t rows_ = 0;    // complete rows held
  std::size_t column_ = 0;  // next column of the row being added
  std::size_t written_ = 0;
};

// Ids for rows written with BulkInsert that other rows refer to before they are written. PostgreSQL: taken
// from the table's identity sequence, a block per round trip, each block twice the one before (ids left over
// are skipped, as after a rollback);
// SQLite: counted on from the largest id, safe because the writing transaction holds the only write lock.
class IdSource {
 public:
  IdSource(soci::session& s, std::string table, std::size_t block = 1000);
  long long next();

 private:
  soci::session& s_;
  std::string table_;
  std::size_t block_;
  bool sequence_;
  std::vector<long long> ids_;  // taken, not yet handed out (last first)
  long long counter_ = 0;
};

}  // namespace kvalis::store
