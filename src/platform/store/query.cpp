#include "platform/store/query.hpp"

namespace kvalis::store {

std::string Filter::placeholder(const Param& p) {
  const std::string name = ":p" + std::to_string(order_.size());
  if (const auto* s = std::get_if<std::string>(&p)) {
    strings_.push_back(*s);
    order_.emplace_back(true, strings_.size() - 1);
  } else {
    ints_.push_back(std::get<long long>(p));
    order_.emplace_back(false, ints_.size() - 1);
  }
  return name;
}

Filter& Filter::add(std::string_view clause, std::vector<Param> params) {
  std::string out;
  std::size_t next = 0;
  for (char c : clause) {
    if (c == '?' && next < params.size())
      out += placeholder(params[next++]);
    else
      out += c;
  }
  conditions_ += (conditions_.empty() ? "" : " AND ") + ("(" + out + ")");
  return *this;
}

Filter& Filter::add_any(std::string_view clause, const std::vector<Param>& values) {
  if (values.empty()) return *this;
  std::string out;
  for (const auto& v : values) {
    if (!out.empty()) out += " OR ";
    std::string part;
    for (char c : clause) part += c == '?' ? placeholder(v) : std::string(1, c);
    out += part;
  }
  conditions_ += (conditions_.empty() ? "" : " AND ") + ("(" + out + ")");
  return *this;
}

Filter& Filter::add_in(soci::session& s, std::string_view column, const std::vector<long long>& ids) {
  constexpr std::size_t kShortList = 16;
  if (ids.empty()) return add("1 = 0");
  if (ids.size() <= kShortList)
    return add(std::string(column) + " IN (" + placeholders(ids.size()) + ")",
               std::vector<Param>(ids.begin(), ids.end()));
  const bool postgres = s.get_backend_name() == "postgresql";
  std::string list = postgres ? "{" : "[";
  for (std::size_t i = 0; i < ids.size(); ++i) {
    if (i) list += ',';
    list += std::to_string(ids[i]);
  }
  list += postgres ? "}" : "]";
  if (postgres) return add(std::string(column) + " = ANY (CAST(? AS BIGINT[]))", {list});
  return add(std::string(column) + " IN (SELECT value FROM json_each(?))", {list});
}

void Filter::bind(soci::statement& st) const {
  for (const auto& [is_string, i] : order_) {
    if (is_string)
      st.exchange(soci::use(strings_[i]));
    else
      st.exchange(soci::use(ints_[i]));
  }
}

statement_cache::Lent prepare_once(soci::session& s, const std::string& sql,
                                   const std::function<void(soci::statement&)>& exchange, std::source_location site) {
  return statement_cache::lend(s, sql, site.file_name(), static_cast<int>(site.line()), exchange);
}

long long count_rows(soci::session& s, const std::string& sql, const Filter& f) {
  long long n = 0;
  auto st = prepare_once(s, sql, [&](soci::statement& st) {
    f.bind(st);
    st.exchange(soci::into(n));
  });
  st.execute(true);
  return n;
}

void for_each_row(soci::session& s, const std::string& sql, const Filter& f,
                  const std::function<void(const soci::row&)>& fn) {
  for_each_row(
      s, sql, [&](soci::statement& st) { f.bind(st); }, fn);
}

void for_each_row(soci::session& s, const std::string& sql, const std::function<void(soci::statement&)>& uses,
                  const std::function<void(const soci::row&)>& fn) {
  soci::row r;
  auto st = prepare_once(s, sql, [&](soci::statement& st) {
    uses(st);
    st.exchange(soci::into(r));
  });
  st.execute(false);
  while (st.fetch()) fn(r);
}

Filter& Filter::add_contains(const std::vector<std::string_view>& columns, std::string_view text) {
  if (text.empty() || columns.empty()) return *this;
  const std::string pattern = contains_pattern(text);
  std::string clause = "(";
  std::vector<Param> params;
  for (const auto column : columns) {
    if (params.size()) clause += " OR ";
    clause += std::string(column) + " LIKE ?" + kLikeEscape;
    params.emplace_back(pattern);
  }
  return add(clause + ")", std::move(params));
}

std::string placeholders(std::size_t n) {
  std::string out;
  for (std::size_t i = 0; i < n; ++i) out += i ? ",?" : "?";
  return out;
}

std::string contains_pattern(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out.push_back('\\');
    out.push_back(c);
  }
  return out + "%";
}

std::string limit_offset(int limit, int offset) {
  return " LIMIT " + std::to_string(limit) + " OFFSET " + std::to_string(offset);
}

}  // namespace kvalis::store
