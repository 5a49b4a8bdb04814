// The layers of the source tree (docs/ARCHITECTURE.md), checked on every #include of src/.
// src/platform and every module src/<module> have the same rooms: core (pure domain), store (SQL),
// import (readers of outside files), export (reports, CSV/XLSX), app (use cases), http (routes, DTOs).
// - core includes no store, app, http or export, and no HTTP, JSON or SQL library;
// - store, import, export and app include no http (nor an HTTP library);
// - a module reaches another module only through that module's core or app headers;
// - the platform includes no module (except the principal every request carries: accounts/core);
// - src/demo and src/cli build on use cases: no module's store or http;
// - src/server puts everything together and may include anything.
// The rules are a table (tests/data/platform/layering.csv) and the whole tree is checked against them.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <fstream>
#include <optional>
#include <regex>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "support/data_table.hpp"

namespace {

namespace fs = std::filesystem;

constexpr std::array<std::string_view, 6> kRooms = {"core", "store", "import", "export", "app", "http"};
constexpr std::array<std::string_view, 3> kComposition = {"server", "demo", "cli"};

// The header named by an #include line, or empty when the line includes nothing.
std::string included_header(const std::string& line) {
  static const std::regex include_re(R"(^\s*#\s*include\s*[<"]([^>"]+)[>"])");
  std::smatch m;
  return std::regex_search(line, m, include_re) ? m[1].str() : std::string();
}

bool starts_with(std::string_view s, std::string_view prefix) { return s.substr(0, prefix.size()) == prefix; }

bool is_room(std::string_view r) { return std::find(kRooms.begin(), kRooms.end(), r) != kRooms.end(); }
bool is_composition(std::string_view a) {
  return std::find(kComposition.begin(), kComposition.end(), a) != kComposition.end();
}

bool http_library(std::string_view h) {
  return starts_with(h, "boost/beast") || starts_with(h, "boost/asio") || starts_with(h, "asio");
}
bool json_or_url_library(std::string_view h) { return starts_with(h, "boost/json") || starts_with(h, "boost/url"); }
bool sql_library(std::string_view h) {
  return starts_with(h, "soci/") || h == "soci.h" || h == "sqlite3.h" || h == "libpq-fe.h" ||
         starts_with(h, "postgresql/") || starts_with(h, "pqxx/");
}

struct Place {
  std::string area;  // platform, a module, server, demo or cli
  std::string room;  // core … http; empty for the composition areas
};

// "src/quality/core/scoring.cpp" or the header "quality/core/scoring.hpp" → {quality, core}.
std::optional<Place> place_of(std::string_view path, const std::set<std::string>& areas) {
  if (starts_with(path, "src/")) path.remove_prefix(4);
  const auto slash = path.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  Place p{std::string(path.substr(0, slash)), ""};
  if (!areas.count(p.area)) return std::nullopt;
  if (is_composition(p.area)) return p;
  const auto rest = path.substr(slash + 1);
  const auto slash2 = rest.find('/');
  if (slash2 == std::string_view::npos) return std::nullopt;
  p.room = std::string(rest.substr(0, slash2));
  return p;
}

// Which rooms of its own area (or of the platform) a room may include.
bool own_room_allowed(std::string_view from, std::string_view to) {
  if (from == "http") return true;
  if (from == "core") return to == "core";
  if (from == "store") return to == "core" || to == "store";
  if (from == "import") return to == "core" || to == "import";
  if (from == "export") return to == "core" || to == "export" || to == "app" || to == "import";
  if (from == "app") return to != "http";
  return false;
}

// Why `file` may not include `header`, or nullopt when it may.
std::optional<std::string> violation(const std::string& file, const std::string& header,
                                     const std::set<std::string>& areas) {
  const auto from = place_of(file, areas);
  if (!from) return std::nullopt;  // not in a known area: no rule
  const bool composition = is_composition(from->area);
  const bool server = from->area == "server";
  if (!server && !composition) {
    if (from->room == "core" && (http_library(header) || json_or_url_library(header) || sql_library(header)))
      return "a core includes no HTTP, JSON or SQL library";
    if (from->room != "http" && http_library(header)) return "only http includes the HTTP library";
  }
  const auto to = place_of(header, areas);
  if (!to || server) return std::nullopt;
  if (composition) {
    if (to->area == "platform" || is_composition(to->area)) return std::nullopt;
    if (to->room == "core" || to->room == "app") return std::nullopt;
    return "the demo and the commands use a module through its core or app";
  }
  if (is_composition(to->area)) return "only the entry points include src/" + to->area;
  if (from->area == "platform") {
    if (to->area == "platform")
      return own_room_allowed(from->room, to->room)
                 ? std::nullopt
                 : std::optional<std::string>("the platform's " + from->room + " includes no platform " + to->room);
    if (from->room == "http" && to->area == "accounts" && to->room == "core") return std::nullopt;
    return "the platform includes no module";
  }
  if (to->area == "platform" || to->area == from->area) {
    if (own_room_allowed(from->room, to->room)) return std::nullopt;
    return "a module's " + from->room + " includes no " + to->room;
  }
  // Another module: its core for the types, its app for its use cases; nothing else.
  if (to->room == "core") return std::nullopt;
  if (to->room == "app" && (from->room == "app" || from->room == "http" || from->room == "export")) return std::nullopt;
  if (to->room == "app") return "a module's " + from->room + " includes no use case of another module";
  return "another module's " + to->room + " is private: use its core or app";
}

std::set<std::string> source_areas() {
  std::set<std::string> out;
  for (const auto& entry : fs::directory_iterator(fs::path(KVALIS_SOURCE_DIR) / "src"))
    if (entry.is_directory()) out.insert(entry.path().filename().string());
  return out;
}

TEST(Layering, RulesTable) {
  const auto areas = source_areas();
  const auto table = kvalis::testing::load_data_table("platform/layering.csv");
  ASSERT_GT(table.rows.size(), 30u);
  for (const auto& row : table.rows) {
    const auto file = table.get(row, "file"), header = table.get(row, "header");
    const auto v = violation(file, header, areas);
    EXPECT_EQ(v.has_value(), table.get(row, "allowed") == "no")
        << "line " << row.line << ": " << file << " → " << header << " (" << table.get(row, "why") << ")"
        << (v ? ": " + *v : std::string());
  }
}

TEST(Layering, IncludedHeaderIgnoresComments) {
  EXPECT_EQ(included_header("#include <boost/beast/http.hpp>"), "boost/beast/http.hpp");
  EXPECT_EQ(included_header("  #  include \"quality/core/scale.hpp\""), "quality/core/scale.hpp");
  EXPECT_EQ(included_header("// #include <boost/beast.hpp> is not allowed here"), "");
}

TEST(Layering, EveryModuleHasTheSameRooms) {
  // Every directory directly under a module is one of the rooms.
  for (const auto& area : source_areas()) {
    if (is_composition(area)) continue;
    for (const auto& entry : fs::directory_iterator(fs::path(KVALIS_SOURCE_DIR) / "src" / area)) {
      const auto name = entry.path().filename().string();
      EXPECT_TRUE(entry.is_directory() && is_room(name))
          << "src/" << area << "/" << name << " is not one of the rooms core, store, import, export, app, http";
    }
  }
}

TEST(Layering, TheWholeTreeKeepsTheRules) {
  const auto areas = source_areas();
  const fs::path src = fs::path(KVALIS_SOURCE_DIR) / "src";
  int files = 0;
  std::vector<std::string> violations;
  for (const auto& entry : fs::recursive_directory_iterator(src)) {
    if (!entry.is_regular_file()) continue;
    const auto ext = entry.path().extension().string();
    if (ext != ".hpp" && ext != ".cpp" && ext != ".h" && ext != ".ipp" && ext != ".inl") continue;
    ++files;
    const std::string rel = fs::relative(entry.path(), KVALIS_SOURCE_DIR).generic_string();
    std::ifstream in(entry.path());
    std::string line;
    for (int n = 1; std::getline(in, line); ++n) {
      const std::string header = included_header(line);
      if (header.empty()) continue;
      if (auto v = violation(rel, header, areas))
        violations.push_back(rel + ":" + std::to_string(n) + ": " + header + " (" + *v + ")");
    }
  }
  EXPECT_GT(files, 100);
  std::string report;
  for (const auto& v : violations) report += "  " + v + "\n";
  EXPECT_TRUE(violations.empty()) << violations.size() << " includes break the layers:\n" << report;
}

}  // namespace
