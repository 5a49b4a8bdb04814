// The query-parameter parsers (platform/http/params: paging, int_param, enum_param, text_param and
// QueryParam) on a query string decoded as the server decodes a request target (parse_target). The
// parameters read are every one the route table documents (Route::query, which the routes fill from their
// QueryParam declarations), read the way their kind says. Properties: an accepted integer lies in its
// range, an accepted choice is one of the values, accepted text is trimmed and within its length, and an
// error names the parameter.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "platform/http/params.hpp"
#include "route_table.hpp"
#include "server/server.hpp"

using namespace kvalis;

namespace {

// Every documented query parameter of the route table, once per name and kind.
const std::vector<http::QueryParam>& declared() {
  static const std::vector<http::QueryParam> list = [] {
    std::map<std::string, http::QueryParam> by_key;
    for (const auto& route : fuzz::route_table().routes())
      for (const auto& doc : route.query) {
        http::QueryParam p;
        if (doc.type == "integer")
          p = http::QueryParam::integer(doc.name, doc.description, 1, http::kMaxId);
        else if (!doc.values.empty())
          p = http::QueryParam::choice(doc.name, doc.description, doc.values, doc.values.front());
        else
          p = http::QueryParam::text(doc.name, doc.description);
        std::string key = doc.name + "|" + doc.type;
        for (const auto& v : doc.values) key += "|" + v;
        by_key.emplace(key, p);
      }
    std::vector<http::QueryParam> out;
    for (auto& [key, p] : by_key) out.push_back(std::move(p));
    return out;
  }();
  return list;
}

void check_error(const Error& e, std::string_view name) {
  fuzz::check(e.field == name, "a query error names the parameter");
  fuzz::check(!e.message_key.empty(), "a query error has a message");
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::fprintf(stderr, "query_params_fuzz: %zu documented query parameters\n", declared().size());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 8192) return 0;
  http::Request req;
  const std::string target = "/api/fuzz?" + std::string(reinterpret_cast<const char*>(data), size);
  if (!http::parse_target(target, req)) return 0;

  auto paging = http::paging(req);
  if (paging) {
    fuzz::check(paging->page >= 1 && paging->page_size >= 1 && paging->page_size <= http::kMaxPageSize,
                "paging within its bounds");
    fuzz::check(paging->offset() >= 0, "a page's offset is not negative");
  }

  for (const auto& p : declared()) {
    if (p.kind == http::QueryParam::Kind::integer) {
      auto v = p.read_integer(req);
      if (v && *v) fuzz::check(**v >= p.min && **v <= p.max, "an integer within its range");
      if (!v) check_error(v.error(), p.name);
      auto any =
          http::int_param(req, p.name, std::numeric_limits<long long>::min(), std::numeric_limits<long long>::max());
      if (!any) check_error(any.error(), p.name);
    } else {
      auto v = p.read_text(req);
      if (!v) {
        check_error(v.error(), p.name);
        continue;
      }
      if (p.kind == http::QueryParam::Kind::choice) {
        bool known = false;
        for (const auto& allowed : p.values) known = known || allowed == *v;
        fuzz::check(known, "a choice is one of its values");
      } else {
        fuzz::check(v->size() <= p.max_length, "text within its length");
        fuzz::check(v->empty() || (v->front() != ' ' && v->back() != ' '), "text is trimmed");
      }
    }
  }
  return 0;
}
