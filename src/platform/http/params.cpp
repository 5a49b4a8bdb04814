#include "platform/http/params.hpp"

#include <charconv>

namespace kvalis::http {

Result<std::optional<long long>> int_param(const Request& req, std::string_view name, long long min, long long max) {
  auto v = req.query_param(name);
  if (!v || v->empty()) return std::optional<long long>{};
  long long x = 0;
  auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), x);
  if (ec != std::errc() || p != v->data() + v->size())
    return Error{ErrorCode::invalid_input, std::string(name), "field.type_integer", {}};
  if (x < min || x > max)
    return Error{ErrorCode::invalid_input,
                 std::string(name),
                 "field.out_of_range",
                 {{"min", std::to_string(min)}, {"max", std::to_string(max)}}};
  return std::optional<long long>{x};
}

Result<Paging> paging(const Request& req) {
  Paging p;
  auto page = int_param(req, "page", 1, 1000000);
  if (!page) return page.error();
  auto size = int_param(req, "page_size", 1, kMaxPageSize);
  if (!size) return size.error();
  if (*page) p.page = static_cast<int>(**page);
  if (*size) p.page_size = static_cast<int>(**size);
  return p;
}

Result<std::string> enum_param(const Request& req, std::string_view name, const std::vector<std::string>& allowed,
                               std::string fallback) {
  auto v = req.query_param(name);
  if (!v || v->empty()) return fallback;
  for (const auto& a : allowed)
    if (a == *v) return a;
  std::string list;
  for (const auto& a : allowed) list += (list.empty() ? "" : ", ") + a;
  return Error{
      ErrorCode::invalid_input, std::string(name), "query.invalid", {{"value", std::string(*v) + " (" + list + ")"}}};
}

Result<std::string> text_param(const Request& req, std::string_view name, std::size_t max_len) {
  auto v = req.query_param(name);
  if (!v) return std::string();
  std::string s(*v);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.erase(0, 1);
  if (s.size() > max_len)
    return Error{ErrorCode::invalid_input, std::string(name), "field.too_long", {{"max", std::to_string(max_len)}}};
  return s;
}

std::vector<QueryParamDoc> paging_docs() {
  return {{"page", "integer", "Page number, from 1", {}},
          {"page_size", "integer", "Items per page, 1–200 (default 50)", {}}};
}

QueryParam QueryParam::integer(std::string name, std::string description, long long min, long long max) {
  QueryParam p;
  p.name = std::move(name);
  p.description = std::move(description);
  p.kind = Kind::integer;
  p.min = min;
  p.max = max;
  return p;
}

QueryParam QueryParam::text(std::string name, std::string description, std::size_t max_length) {
  QueryParam p;
  p.name = std::move(name);
  p.description = std::move(description);
  p.max_length = max_length;
  return p;
}

QueryParam QueryParam::choice(std::string name, std::string description, std::vector<std::string> values,
                              std::string fallback) {
  QueryParam p;
  p.name = std::move(name);
  p.description = std::move(description);
  p.kind = Kind::choice;
  p.values = std::move(values);
  p.fallback = std::move(fallback);
  return p;
}

QueryParamDoc QueryParam::doc() const {
  return {name, kind == Kind::integer ? "integer" : "string", description,
          kind == Kind::choice ? values : std::vector<std::string>{}};
}

Result<std::optional<long long>> QueryParam::read_integer(const Request& req) const {
  return int_param(req, name, min, max);
}

Result<std::string> QueryParam::read_text(const Request& req) const {
  if (kind == Kind::choice) return enum_param(req, name, values, fallback);
  return text_param(req, name, max_length);
}

}  // namespace kvalis::http
