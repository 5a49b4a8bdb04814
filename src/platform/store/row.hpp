#pragma once
// Reading soci::row columns the same way on SQLite and PostgreSQL, whose drivers report integer
// columns as int or long long depending on the declared type; NULL reads as 0 or "".
#include <soci/soci.h>

#include <optional>
#include <string>

namespace kvalis::store {

inline long long as_ll(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return 0;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_integer:
      return r.get<int>(i);
    case soci::dt_long_long:
      return r.get<long long>(i);
    case soci::dt_unsigned_long_long:
      return static_cast<long long>(r.get<unsigned long long>(i));
    case soci::dt_double:
      return static_cast<long long>(r.get<double>(i));
    case soci::dt_string: {
      const auto s = r.get<std::string>(i);
      return s.empty() ? 0 : std::stoll(s);
    }
    default:
      return 0;
  }
}

inline int as_int(const soci::row& r, std::size_t i) { return static_cast<int>(as_ll(r, i)); }

inline double as_double(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return 0;
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_double:
      return r.get<double>(i);
    case soci::dt_string:
      return std::stod(r.get<std::string>(i));
    default:
      return static_cast<double>(as_ll(r, i));
  }
}

inline std::string as_str(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return {};
  switch (r.get_properties(i).get_data_type()) {
    case soci::dt_string:
      return r.get<std::string>(i);
    case soci::dt_double:
      return std::to_string(r.get<double>(i));
    default:
      return std::to_string(as_ll(r, i));
  }
}

// NULL → nullopt, otherwise the value as the readers above give it.
inline std::optional<long long> as_opt_ll(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  return as_ll(r, i);
}

inline std::optional<double> as_opt_double(const soci::row& r, std::size_t i) {
  if (r.get_indicator(i) == soci::i_null) return std::nullopt;
  return as_double(r, i);
}

// An optional value bound as NULL when absent: soci::use(n.value, n.ind). SOCI binds by reference, so the
// holder must outlive the statement.
template <class T>
struct Nullable {
  explicit Nullable(const std::optional<T>& v) : value(v.value_or(T{})), ind(v ? soci::i_ok : soci::i_null) {}
  T value;
  soci::indicator ind;
};

}  // namespace kvalis::store
