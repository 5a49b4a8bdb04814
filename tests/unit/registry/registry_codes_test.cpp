// The registry import's code lookups over the project's catalogue files: ORP codes in either code
// system (ČSÚ or RÚIAN) and the ORP of a municipality (tests/data/registry/territory_codes.csv).
#include "registry/core/registry_codes.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "support/data_table.hpp"

namespace {

using kvalis::importers::RegistryCodes;

std::vector<kvalis::catalogue::CatalogueItem> catalogue(const std::string& name) {
  std::ifstream in(std::filesystem::path(KVALIS_SOURCE_DIR) / "catalogues" / (name + ".csv"), std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  std::vector<kvalis::catalogue::Problem> problems;
  auto items = kvalis::catalogue::parse_catalogue(name, text.str(), problems);
  EXPECT_TRUE(problems.empty()) << name;
  return items;
}

const RegistryCodes& codes() {
  static const RegistryCodes c = [] {
    auto items = catalogue("territories");
    auto municipalities = catalogue("municipalities");
    items.insert(items.end(), municipalities.begin(), municipalities.end());
    return RegistryCodes(items);
  }();
  return c;
}

TEST(RegistryCodes, TerritoryCodesInBothSystemsAndMunicipalities) {
  const auto table = kvalis::testing::load_data_table("registry/territory_codes.csv");
  ASSERT_GE(table.rows.size(), 10u);
  for (const auto& row : table.rows) {
    const std::string what = table.get(row, "what"), code = table.get(row, "code");
    SCOPED_TRACE(what + " " + code + " (" + table.get(row, "note") + ")");
    const std::string got = what == "orp" ? codes().territory(code) : codes().territory_of_municipality(code);
    EXPECT_EQ(got, table.get(row, "expected"));
  }
}

}  // namespace
