#pragma once
// DTOs are plain structs described with Boost.Describe. From one description we get: reading a
// request body with an error that names the field, writing JSON, and the JSON Schema that goes into
// the OpenAPI document (and from there into the front end's generated TypeScript types).
#include <boost/describe.hpp>
#include <boost/json.hpp>
#include <boost/mp11.hpp>

#include <cmath>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <type_traits>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::http {

namespace json = boost::json;

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

template <class T>
constexpr bool kIsDescribed = boost::describe::has_describe_members<T>::value;

// A free-form JSON value passes through as it is (e.g. chart data).
struct AnyJson {
  json::value value;
};

// ---- reading ---------------------------------------------------------------------------------

inline std::string join_path(const std::string& base, std::string_view name) {
  return base.empty() ? std::string(name) : base + "." + std::string(name);
}

// Declared first so that containers of described structs find the struct overloads.
template <class T>
Status read_json(const json::value& v, std::optional<T>& out, const std::string& path);
template <class T>
Status read_json(const json::value& v, std::vector<T>& out, const std::string& path);
template <class T>
requires kIsDescribed<T> Status read_json(const json::value& v, T& out, const std::string& path);

inline Status read_json(const json::value& v, std::string& out, const std::string& path) {
  if (!v.is_string()) return invalid(path, "field.type_string");
  out = std::string(v.get_string());
  if (out.size() > 100000) return invalid(path, "field.too_long", {{"max", "100000"}});
  return ok_status();
}

inline Status read_json(const json::value& v, bool& out, const std::string& path) {
  if (!v.is_bool()) return invalid(path, "field.type_boolean");
  out = v.get_bool();
  return ok_status();
}

inline Status read_json(const json::value& v, double& out, const std::string& path) {
  if (!v.is_number()) return invalid(path, "field.type_number");
  out = v.to_number<double>();
  if (!std::isfinite(out)) return invalid(path, "field.type_number");
  return ok_status();
}

template <class I>
requires(std::is_integral_v<I> && !std::is_same_v<I, bool>) Status
    read_json(const json::value& v, I& out, const std::string& path) {
  long long x = 0;
  if (v.is_int64()) {
    x = v.get_int64();
  } else if (v.is_uint64() &&
             v.get_uint64() <= static_cast<unsigned long long>(std::numeric_limits<long long>::max())) {
    x = static_cast<long long>(v.get_uint64());
  } else if (v.is_double() && std::floor(v.get_double()) == v.get_double() && std::fabs(v.get_double()) < 9e15) {
    x = static_cast<long long>(v.get_double());
  } else {
    return invalid(path, "field.type_integer");
  }
  if (x < static_cast<long long>(std::numeric_limits<I>::min()) ||
      x > static_cast<long long>(std::numeric_limits<I>::max()))
    return invalid(path, "field.out_of_range",
                   {{"min", std::to_string(std::numeric_limits<I>::min())},
                    {"max", std::to_string(std::numeric_limits<I>::max())}});
  out = static_cast<I>(x);
  return ok_status();
}

inline Status read_json(const json::value& v, AnyJson& out, const std::string&) {
  out.value = v;
  return ok_status();
}

template <class T>
Status read_json(const json::value& v, std::optional<T>& out, const std::string& path) {
  if (v.is_null()) {
    out.reset();
    return ok_status();
  }
  T inner{};
  auto st = read_json(v, inner, path);
  if (!st) return st;
  out = std::move(inner);
  return ok_status();
}

template <class T>
Status read_json(const json::value& v, std::vector<T>& out, const std::string& path) {
  if (!v.is_array()) return invalid(path, "field.type_array");
  out.clear();
  const auto& arr = v.get_array();
  if (arr.size() > 10000) return invalid(path, "field.too_long", {{"max", "10000"}});
  std::size_t i = 0;
  for (const auto& item : arr) {
    T x{};
    auto st = read_json(item, x, path + "[" + std::to_string(i++) + "]");
    if (!st) return st;
    out.push_back(std::move(x));
  }
  return ok_status();
}

template <class T>
requires kIsDescribed<T> Status read_json(const json::value& v, T& out, const std::string& path) {
  if (!v.is_object()) return path.empty() ? Status(invalid("", "json.not_object")) : invalid(path, "field.type_object");
  const auto& obj = v.get_object();
  // Unknown fields are rejected so that a typo does not silently do nothing.
  for (const auto& kv : obj) {
    bool known = false;
    boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
        [&](auto D) { known = known || kv.key() == D.name; });
    if (!known) return invalid(join_path(path, kv.key()), "field.unknown");
  }
  Status result = ok_status();
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
    if (!result) return;
    using M = std::remove_cvref_t<decltype(out.*D.pointer)>;
    const std::string field = join_path(path, D.name);
    auto it = obj.find(D.name);
    if (it == obj.end()) {
      if constexpr (!IsOptional<M>::value) result = invalid(field, "field.required");
      return;
    }
    if constexpr (!IsOptional<M>::value) {
      if (it->value().is_null()) {
        result = invalid(field, "field.required");
        return;
      }
    }
    result = read_json(it->value(), out.*D.pointer, field);
  });
  return result;
}

// Parses a request body into T; a syntax error is reported as json.malformed with its position.
template <class T>
Result<T> parse_body(std::string_view body) {
  boost::system::error_code ec;
  json::parse_options opts;
  opts.max_depth = 32;
  json::value v = json::parse(body, ec, {}, opts);
  if (ec) return invalid("", "json.malformed", {{"detail", ec.message()}});
  T out{};
  auto st = read_json(v, out, "");
  if (!st) return st.error();
  return out;
}

// ---- writing ---------------------------------------------------------------------------------

template <class T>
json::value to_json(const std::optional<T>& o);
template <class T>
json::value to_json(const std::vector<T>& v);
template <class T>
requires kIsDescribed<T> json::value to_json(const T& t);

inline json::value to_json(const std::string& s) { return json::string(s); }
inline json::value to_json(const char* s) { return json::string(s); }
inline json::value to_json(bool b) { return b; }
inline json::value to_json(double d) { return std::isfinite(d) ? json::value(d) : json::value(nullptr); }
template <class I>
requires(std::is_integral_v<I> && !std::is_same_v<I, bool>) json::value to_json(I i) {
  return static_cast<long long>(i);
}
inline json::value to_json(const AnyJson& a) { return a.value; }
template <class T>
json::value to_json(const std::optional<T>& o) {
  return o ? to_json(*o) : json::value(nullptr);
}
template <class T>
json::value to_json(const std::vector<T>& v) {
  json::array arr;
  arr.reserve(v.size());
  for (const auto& x : v) arr.push_back(to_json(x));
  return arr;
}
template <class T>
requires kIsDescribed<T> json::value to_json(const T& t) {
  json::object obj;
  boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>(
      [&](auto D) { obj[D.name] = to_json(t.*D.pointer); });
  return obj;
}

// ---- schema ----------------------------------------------------------------------------------

// Named schemas are collected into components/schemas; a DTO names itself with kSchemaName.
using SchemaRegistry = std::map<std::string, json::value>;

template <class T>
struct SchemaOf;

template <class T>
json::value schema_of(SchemaRegistry& reg) {
  return SchemaOf<T>::get(reg);
}

template <>
struct SchemaOf<std::string> {
  static json::value get(SchemaRegistry&) { return {{"type", "string"}}; }
};
template <>
struct SchemaOf<bool> {
  static json::value get(SchemaRegistry&) { return {{"type", "boolean"}}; }
};
template <>
struct SchemaOf<double> {
  static json::value get(SchemaRegistry&) { return {{"type", "number"}}; }
};
template <>
struct SchemaOf<int> {
  static json::value get(SchemaRegistry&) { return {{"type", "integer"}}; }
};
template <>
struct SchemaOf<long long> {
  static json::value get(SchemaRegistry&) { return {{"type", "integer"}}; }
};
template <>
struct SchemaOf<AnyJson> {
  static json::value get(SchemaRegistry&) { return json::object{}; }
};
template <class T>
struct SchemaOf<std::optional<T>> {
  static json::value get(SchemaRegistry& reg) {
    return {{"oneOf", json::array{schema_of<T>(reg), json::object{{"type", "null"}}}}};
  }
};
template <class T>
struct SchemaOf<std::vector<T>> {
  static json::value get(SchemaRegistry& reg) { return {{"type", "array"}, {"items", schema_of<T>(reg)}}; }
};
template <class T>
requires kIsDescribed<T>
struct SchemaOf<T> {
  static json::value get(SchemaRegistry& reg) {
    const std::string name = T::kSchemaName;
    if (!reg.count(name)) {
      reg[name] = nullptr;  // placeholder against recursion
      json::object props;
      json::array required;
      boost::mp11::mp_for_each<boost::describe::describe_members<T, boost::describe::mod_public>>([&](auto D) {
        using M = std::remove_cvref_t<decltype(std::declval<T>().*D.pointer)>;
        props[D.name] = schema_of<M>(reg);
        if constexpr (!IsOptional<M>::value) required.push_back(json::string(D.name));
      });
      reg[name] = json::object{
          {"type", "object"}, {"properties", props}, {"required", required}, {"additionalProperties", false}};
    }
    return {{"$ref", "#/components/schemas/" + name}};
  }
};

}  // namespace kvalis::http
