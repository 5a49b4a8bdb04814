#pragma once
// Building list queries with optional filters, every value bound as a parameter (never spliced).
#include <soci/soci.h>

#include <deque>
#include <functional>
#include <source_location>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "platform/store/statement_cache.hpp"

namespace kvalis::store {

using Param = std::variant<std::string, long long>;

class Filter {
 public:
  // Adds "AND <clause>"; each '?' in clause is replaced by a fresh placeholder bound to the next param.
  Filter& add(std::string_view clause, std::vector<Param> params = {});
  // "(c1 LIKE ? ESCAPE '\' OR c2 LIKE ? …)": any of the columns contains `text`, with % _ and \ in it taken
  // literally (contains_pattern), the same on SQLite and PostgreSQL. Nothing is added for no text.
  Filter& add_contains(const std::vector<std::string_view>& columns, std::string_view text);
  // "column IN (…)" over a list of ids. A short list is bound value by value; a long one (a region's 2,000
  // audits) as ONE text parameter read by the database (SQLite: json_each; PostgreSQL: a BIGINT[] array), so
  // the statement's size and its parse and bind time stay the same whatever the length (SQLite resolves
  // named parameters by a linear search: a list of n placeholders costs n² there). No ids: matches nothing.
  Filter& add_in(soci::session& s, std::string_view column, const std::vector<long long>& ids);
  // "(a OR b OR …)" over one clause template applied to each value; nothing is added for no values.
  Filter& add_any(std::string_view clause, const std::vector<Param>& values);
  std::string where() const { return conditions_.empty() ? std::string() : " WHERE " + conditions_; }
  void bind(soci::statement& st) const;

 private:
  std::string placeholder(const Param& p);
  std::string conditions_;
  std::deque<std::string> strings_;
  std::deque<long long> ints_;
  std::vector<std::pair<bool, std::size_t>> order_;  // (is_string, index)
};

// "?,?,?" for an IN list of n values bound through Filter::add.
std::string placeholders(std::size_t n);

// A statement for the caller to execute (and fetch). SOCI prepares what `s.prepare << …` and `soci::rowset`
// build as a named statement: a Parse, the execution, and a DEALLOCATE when it is destroyed, three round trips
// where one will do (two thirds of the statements the demo region's set-up sent were DEALLOCATEs). This one is
// executed once (one round trip on PostgreSQL), or, on a connection of store::Database running it a second
// time, kept prepared for the next time (platform/store/statement_cache.hpp: no parsing and, on PostgreSQL,
// no planning again). `exchange` adds the statement's into and use elements, which must outlive the returned
// object; then execute() (and fetch()). Keep SOCI's named statements for one executed many times in a row with
// new values (registry_writer.cpp).
statement_cache::Lent prepare_once(soci::session& s, const std::string& sql,
                                   const std::function<void(soci::statement&)>& exchange,
                                   std::source_location site = std::source_location::current());

// Both take the complete SQL (add f.where() yourself); each is one statement executed once (prepare_once).
long long count_rows(soci::session& s, const std::string& sql, const Filter& f);
void for_each_row(soci::session& s, const std::string& sql, const Filter& f,
                  const std::function<void(const soci::row&)>& fn);
// The same with the use elements added by `uses` (soci::use of values that outlive the call).
void for_each_row(soci::session& s, const std::string& sql, const std::function<void(soci::statement&)>& uses,
                  const std::function<void(const soci::row&)>& fn);

// A LIKE pattern matching `text` anywhere, with % _ and \ in the text taken literally; use it with
// "LIKE ? ESCAPE '\\'".
std::string contains_pattern(std::string_view text);
constexpr const char* kLikeEscape = " ESCAPE '\\'";

// "LIMIT n OFFSET m" for numbers already validated by the caller.
std::string limit_offset(int limit, int offset);

}  // namespace kvalis::store
