// The core (src/core) holds domain structs and pure functions: it must not include HTTP, JSON or SQL
// headers (Boost.Beast/Asio/JSON/URL, SOCI, SQLite, libpq). Those belong to src/http and src/store.
#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <fstream>
#include <regex>
#include <string>
#include <string_view>
#include <vector>

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 12> kForbiddenPrefixes = {
    "boost/beast", "boost/asio", "boost/json", "boost/url", "asio.hpp", "asio/",
    "soci/",       "soci.h",     "sqlite3.h",  "libpq-fe.h", "postgresql/", "pqxx/",
};

// The header named by an #include line, or empty when the line includes nothing.
std::string included_header(const std::string& line) {
  static const std::regex include_re(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  std::smatch m;
  return std::regex_search(line, m, include_re) ? m[1].str() : std::string();
}

bool forbidden(const std::string& header) {
  for (auto prefix : kForbiddenPrefixes)
    if (header.rfind(prefix, 0) == 0) return true;
  return header == "boost/beast.hpp" || header == "boost/asio.hpp" || header == "boost/json.hpp" ||
         header == "boost/url.hpp";
}

TEST(CoreLayering, DetectorRecognisesForbiddenIncludes) {
  EXPECT_TRUE(forbidden(included_header("#include <boost/beast/http.hpp>")));
  EXPECT_TRUE(forbidden(included_header("#include <boost/asio.hpp>")));
  EXPECT_TRUE(forbidden(included_header("  #  include <boost/json.hpp>")));
  EXPECT_TRUE(forbidden(included_header("#include <boost/url/parse.hpp>")));
  EXPECT_TRUE(forbidden(included_header("#include <soci/soci.h>")));
  EXPECT_TRUE(forbidden(included_header("#include \"sqlite3.h\"")));
  EXPECT_TRUE(forbidden(included_header("#include <libpq-fe.h>")));
  EXPECT_TRUE(forbidden(included_header("#include <postgresql/libpq-fe.h>")));
  EXPECT_FALSE(forbidden(included_header("#include <boost/math/distributions.hpp>")));
  EXPECT_FALSE(forbidden(included_header("#include \"core/common/csv.hpp\"")));
  EXPECT_FALSE(forbidden(included_header("#include <sodium.h>")));
  EXPECT_EQ(included_header("// #include <boost/beast.hpp> is not allowed here"), "");
}

TEST(CoreLayering, CoreIncludesNoHttpJsonOrSqlHeaders) {
  const fs::path core = fs::path(KVALIS_SOURCE_DIR) / "src" / "core";
  ASSERT_TRUE(fs::is_directory(core)) << core;
  int files = 0;
  std::vector<std::string> violations;
  for (const auto& entry : fs::recursive_directory_iterator(core)) {
    if (!entry.is_regular_file()) continue;
    const auto ext = entry.path().extension().string();
    if (ext != ".hpp" && ext != ".cpp" && ext != ".h" && ext != ".ipp" && ext != ".inl") continue;
    ++files;
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      const std::string header = included_header(line);
      if (!header.empty() && forbidden(header))
        violations.push_back(fs::relative(entry.path(), KVALIS_SOURCE_DIR).string() + ":" + std::to_string(n) +
                             ": " + header);
    }
  }
  EXPECT_GT(files, 0);
  std::string report;
  for (const auto& v : violations) report += "  " + v + "\n";
  EXPECT_TRUE(violations.empty()) << "src/core must stay free of HTTP, JSON and SQL headers:\n" << report;
}

}  // namespace
