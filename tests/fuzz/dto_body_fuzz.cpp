// JSON body decoding of every request DTO (platform/http/json_dto: parse_body, as body_as runs it in a
// handler). The DTO types are those of the route table: every route that takes a body carries its DTO's
// decoder (Route::decode_request), one per DTO schema name. The first two input bytes pick the DTO, the
// rest is the body. Property: a body that decodes, written back as JSON, decodes again to the same JSON.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_support.hpp"
#include "route_table.hpp"

using namespace kvalis;

namespace {

using Decoder = std::function<Result<http::json::value>(std::string_view)>;

// One decoder per request DTO type (its schema name), in name order.
const std::vector<std::pair<std::string, Decoder>>& decoders() {
  static const std::vector<std::pair<std::string, Decoder>> list = [] {
    std::map<std::string, Decoder> by_name;
    for (const auto& route : fuzz::route_table().routes()) {
      if (!route.decode_request) continue;
      const auto* ref =
          route.request_schema.is_object() ? route.request_schema.as_object().if_contains("$ref") : nullptr;
      fuzz::check(ref && ref->is_string(), "a request schema names its DTO");
      by_name.emplace(std::string(ref->as_string()), route.decode_request);
    }
    return std::vector<std::pair<std::string, Decoder>>(by_name.begin(), by_name.end());
  }();
  return list;
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  std::fprintf(stderr, "dto_body_fuzz: %zu request DTO types from %zu routes\n", decoders().size(),
               fuzz::route_table().routes().size());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size < 2) return 0;
  const auto& list = decoders();
  const std::size_t pick = (static_cast<std::size_t>(data[0]) << 8 | data[1]) % list.size();
  const std::string_view body(reinterpret_cast<const char*>(data + 2), size - 2);
  const auto& [name, decode] = list[pick];

  auto decoded = decode(body);
  if (!decoded) {
    fuzz::check(!decoded.error().message_key.empty(), "a refused body names the reason");
    return 0;
  }
  const std::string written = http::json::serialize(decoded.value());
  auto again = decode(written);
  if (!again)
    std::fprintf(stderr, "%s: %s refused: %s\n", name.c_str(), written.c_str(), again.error().message_key.c_str());
  fuzz::check(static_cast<bool>(again), "a decoded DTO written back decodes again");
  fuzz::check(http::json::serialize(again.value()) == written, "a decoded DTO written back decodes to the same JSON");
  return 0;
}
