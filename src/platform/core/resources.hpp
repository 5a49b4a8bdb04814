#pragma once
// Files embedded into the binary at build time (migrations, catalogues): see cmake/embed.cmake.
#include <optional>
#include <string_view>
#include <vector>

namespace kvalis::store {

struct Resource {
  std::string_view path;  // relative to the repository root, e.g. "catalogues/service_kinds.csv"
  std::string_view content;
};

const std::vector<Resource>& embedded_resources();

inline std::optional<std::string_view> find_resource(std::string_view path) {
  for (const auto& r : embedded_resources())
    if (r.path == path) return r.content;
  return std::nullopt;
}

}  // namespace kvalis::store
