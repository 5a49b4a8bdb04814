#include "registry/import/rpss_values.hpp"

#include <boost/json/object.hpp>
#include <boost/json/string.hpp>

#include <cctype>
#include <cmath>

#include "platform/core/dates.hpp"

namespace kvalis::importers {
namespace json = boost::json;
namespace {

std::string after_slash(std::string_view s) {
  const auto p = s.rfind('/');
  return std::string(trim(p == std::string_view::npos ? s : s.substr(p + 1)));
}

std::optional<int> two_digits(std::string_view s, std::size_t pos) {
  if (pos + 2 > s.size() || !std::isdigit(static_cast<unsigned char>(s[pos])) ||
      !std::isdigit(static_cast<unsigned char>(s[pos + 1])))
    return std::nullopt;
  return (s[pos] - '0') * 10 + (s[pos + 1] - '0');
}

// "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]" (local), or the same with Z / ±HH:MM (converted).
std::optional<std::string> date_from_text(std::string_view s) {
  s = trim(s);
  if (s.size() < 10 || !is_valid_date(s.substr(0, 10))) return std::nullopt;
  const std::string day(s.substr(0, 10));
  if (s.size() == 10) return day;
  if (s[10] != 'T' && s[10] != ' ') return std::nullopt;
  auto rest = s.substr(11);
  auto h = two_digits(rest, 0), m = two_digits(rest, 3);
  if (!h || !m || rest.size() < 5 || rest[2] != ':') return std::nullopt;
  std::size_t p = 5;
  int sec = 0;
  if (p < rest.size() && rest[p] == ':') {
    auto se = two_digits(rest, p + 1);
    if (!se) return std::nullopt;
    sec = *se;
    p += 3;
    if (p < rest.size() && rest[p] == '.') {
      ++p;
      while (p < rest.size() && std::isdigit(static_cast<unsigned char>(rest[p]))) ++p;
    }
  }
  if (p == rest.size()) return day;  // local (Prague) time: the date is as written
  long long offset = 0;
  if (rest[p] == 'Z' && p + 1 == rest.size()) {
    offset = 0;
  } else if ((rest[p] == '+' || rest[p] == '-') && rest.size() >= p + 6 && rest[p + 3] == ':') {
    auto oh = two_digits(rest, p + 1), om = two_digits(rest, p + 4);
    if (!oh || !om) return std::nullopt;
    offset = (*oh * 3600 + *om * 60) * (rest[p] == '-' ? -1 : 1);
  } else {
    return std::nullopt;
  }
  const long long t = *parse_timestamp(day) + *h * 3600 + *m * 60 + sec - offset;
  return format_date(t);
}

}  // namespace

// A member that is present and not null.
const json::value* member(const json::object& o, std::string_view key) {
  auto it = o.find(key);
  if (it == o.end() || it->value().is_null()) return nullptr;
  return &it->value();
}

const json::value* first_member(const json::object& o, std::initializer_list<std::string_view> keys) {
  for (auto k : keys)
    if (const auto* v = member(o, k)) return v;
  return nullptr;
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return s;
}

// A scalar as text: strings trimmed, integers (also integral doubles) in decimal.
std::optional<std::string> scalar_text(const json::value& v) {
  switch (v.kind()) {
    case json::kind::string:
      return std::string(trim(v.get_string()));
    case json::kind::int64:
      return std::to_string(v.get_int64());
    case json::kind::uint64:
      return std::to_string(v.get_uint64());
    case json::kind::double_: {
      const double d = v.get_double();
      if (std::floor(d) == d && std::fabs(d) < 1e15) return std::to_string(static_cast<long long>(d));
      return std::nullopt;
    }
    default:
      return std::nullopt;
  }
}

std::string text_of(const json::object& o, std::initializer_list<std::string_view> keys) {
  const auto* v = first_member(o, keys);
  if (!v) return {};
  auto t = scalar_text(*v);
  return t ? *t : std::string();
}

bool truthy(const json::value* v) {
  if (!v) return false;
  if (v->is_bool()) return v->get_bool();
  if (v->is_int64()) return v->get_int64() != 0;
  if (v->is_string()) return v->get_string() == "true" || v->get_string() == "1";
  return false;
}

// A code-list reference; see the header for the accepted shapes.
std::optional<std::string> reference_code(const json::value& v) {
  if (v.is_object()) {
    const auto& o = v.get_object();
    for (auto key : {"kod", "id", "code"}) {
      if (const auto* f = member(o, key)) {
        if (auto t = scalar_text(*f)) {
          auto c = after_slash(*t);
          if (!c.empty()) return c;
        }
      }
    }
    return std::nullopt;
  }
  if (auto t = scalar_text(v)) {
    auto c = after_slash(*t);
    if (!c.empty()) return c;
  }
  return std::nullopt;
}

std::optional<std::string> date_from_value(const json::value& v) {
  if (v.is_string()) return date_from_text(v.get_string());
  // Epoch milliseconds, as the registry's code lists give validity.
  if (v.is_int64()) return format_date(v.get_int64() / 1000);
  if (v.is_uint64()) return format_date(static_cast<long long>(v.get_uint64() / 1000));
  return std::nullopt;
}

}  // namespace kvalis::importers
