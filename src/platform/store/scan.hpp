#pragma once
// Reading many rows fast: a SELECT run through the database's own C library on the session's connection
// (SQLite's sqlite3_step, PostgreSQL's libpq), each row's cells read in place by the caller. SOCI copies every
// cell of a batch into its own buffers and then into the caller's vectors; for the bulk reads (a national
// round's 280,000 values and scores, the planning roll-up's millions of ratings) that copying was most of the
// read. Use it where a read has thousands of rows, or where a hot path reads a few cells. Like prepare_once,
// it keeps its statements prepared on the connections of store::Database (statement_cache's lend_raw).
//
// Parameters are written $1, $2, … in the SQL (the same text on both databases) and bound in that order.
#include <soci/soci.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>
#include <vector>

namespace kvalis::store {

using ScanParam = std::variant<long long, double, std::string_view>;

// One row while it is read: valid in the callback only (text views point into the driver's buffers).
class ScanRow {
 public:
  bool null(int column) const;
  long long integer(int column) const;  // 0 for NULL
  double real(int column) const;        // 0 for NULL
  std::optional<double> real_or_null(int column) const {
    return null(column) ? std::nullopt : std::optional<double>(real(column));
  }
  std::string_view text(int column) const;  // "" for NULL

 private:
  friend struct ScanAccess;
  void* sqlite_ = nullptr;  // sqlite3_stmt*, or
  void* pg_ = nullptr;      // PGresult* with
  int row_ = 0;             // its row
};

namespace detail {
using ScanCallback = void (*)(void* context, const ScanRow& row);
void scan(soci::session& s, std::string_view sql, const std::vector<ScanParam>& params, void* context,
          ScanCallback callback);
}  // namespace detail

// Runs `sql` with `params` and calls row(const ScanRow&) for each row, in the statement's order. Throws
// SOCI's error types (with the SQLite result code or PostgreSQL SQLSTATE) as a SOCI statement would.
template <class RowFn>
void scan(soci::session& s, std::string_view sql, const std::vector<ScanParam>& params, RowFn&& row) {
  detail::scan(s, sql, params, &row,
               [](void* context, const ScanRow& r) { (*static_cast<std::remove_reference_t<RowFn>*>(context))(r); });
}

}  // namespace kvalis::store
