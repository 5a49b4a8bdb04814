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

// Standard docs for the paging parameters.
std::vector<QueryParamDoc> paging_docs();

}  // namespace kvalis::http
