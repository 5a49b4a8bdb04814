#pragma once
// Validated query parameters: every error names the parameter.
#include <optional>
#include <string>
#include <vector>

#include "platform/http/routing.hpp"

namespace kvalis::http {

struct Paging {
  int page = 1;
  int page_size = 50;
  int offset() const { return (page - 1) * page_size; }
};

constexpr int kMaxPageSize = 200;

Result<Paging> paging(const Request& req);
// An integer parameter, absent → nullopt; not an integer or outside [min,max] → error naming it.
Result<std::optional<long long>> int_param(const Request& req, std::string_view name, long long min, long long max);
// One of the allowed values, absent → fallback.
Result<std::string> enum_param(const Request& req, std::string_view name, const std::vector<std::string>& allowed,
                               std::string fallback);
// Free text, trimmed, at most max_len characters.
Result<std::string> text_param(const Request& req, std::string_view name, std::size_t max_len = 200);

// A query parameter declared once: the route's OpenAPI description (doc()) and the handler's parser read
// the same object, so they cannot disagree. Declare them at namespace scope of the routes file:
//   const QueryParam kServiceId = QueryParam::integer("service_id", "Only plans of this service", 1, kMaxId);
//   route.query = {kServiceId.doc(), kQ.doc()};           auto service = kServiceId.read_integer(ctx.req);
struct QueryParam {
  enum class Kind { text, integer, choice };
  std::string name;
  std::string description;
  Kind kind = Kind::text;
  long long min = 0;                // integer
  long long max = 0;                // integer
  std::vector<std::string> values;  // choice: the allowed values
  std::string fallback;             // choice: when absent
  std::size_t max_length = 200;     // text

  static QueryParam integer(std::string name, std::string description, long long min, long long max);
  static QueryParam text(std::string name, std::string description, std::size_t max_length = 200);
  static QueryParam choice(std::string name, std::string description, std::vector<std::string> values,
                           std::string fallback);

  QueryParamDoc doc() const;
  // integer: absent → nullopt; not an integer or outside [min, max] → an error naming the parameter.
  Result<std::optional<long long>> read_integer(const Request& req) const;
  // text: trimmed, at most max_length; choice: one of the values, fallback when absent.
  Result<std::string> read_text(const Request& req) const;
};
constexpr long long kMaxId = 9'000'000'000'000'000'000LL;

// Standard docs for the paging parameters.
std::vector<QueryParamDoc> paging_docs();

}  // namespace kvalis::http
