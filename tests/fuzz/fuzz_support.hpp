#pragma once
// Helpers shared by the fuzz targets: reading the project's own files (catalogues) at start, and a check
// that aborts with a message (libFuzzer then saves the input as a crash).
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

namespace kvalis::fuzz {

// A property every input must keep; a broken one is a bug libFuzzer reports like a crash.
inline void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "fuzz property broken: %s\n", what);
  std::abort();
}

// A file of the source tree (KVALIS_SOURCE_DIR is compiled in), e.g. "catalogues/criteria.csv".
inline std::string source_file(std::string_view relative) {
  const std::string path = std::string(KVALIS_SOURCE_DIR) + "/" + std::string(relative);
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s\n", path.c_str());
    std::abort();
  }
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace kvalis::fuzz
