// The portal's pure rules: coverage cells and territory summaries, map colour classes, suppression of small
// groups, peer keys, and the map geometry (simplification, projection, SVG path).
#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

#include "network/core/portal.hpp"
#include "support/data_table.hpp"

namespace kvalis::network {
namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, sep))
    if (!part.empty()) out.push_back(part);
  return out;
}

TEST(PortalCoverage, CellsAndSummaryFromTable) {
  auto table = testing::load_data_table("network/portal_coverage.csv");
  const std::vector<PortalTerritory> territories{{"A", "Alfa", 0}, {"B", "Beta", 0}, {"C", "Gama", 0}};
  const std::vector<PortalNeed> needs{{1, "n1", "Potřeba 1", "Need 1"}, {2, "n2", "Potřeba 2", "Need 2"}};
  for (const auto& row : table.rows) {
    const std::string name = table.get(row, "case");
    std::vector<PortalServiceFacts> services;
    for (const auto& s : split(table.get(row, "services"), ';')) {
      auto parts = split(s, ':');
      services.push_back({std::stoll(parts[0]), split(parts[1], '|')});
    }
    std::vector<PortalAnswer> answers;
    for (const auto& a : split(table.get(row, "answers"), ';')) {
      auto parts = split(a, ':');
      answers.push_back({std::stoll(parts[0]), std::stoll(parts[1]), *parse_portal_mode(parts[2])});
    }
    auto cells = portal_coverage_cells(territories, needs, services, answers);
    ASSERT_EQ(cells.size(), 6u) << name;
    const std::string territory = table.get(row, "territory");
    const long long need = std::stoll(table.get(row, "need"));
    const PortalCell* cell = nullptr;
    for (const auto& c : cells)
      if (c.territory == territory && c.need_area_id == need) cell = &c;
    ASSERT_NE(cell, nullptr) << name;
    const std::string got = std::to_string(cell->direct) + "/" + std::to_string(cell->mediated) + "/" +
                            std::to_string(cell->referred) + "/" + std::to_string(cell->none) + "/" +
                            std::to_string(cell->services);
    EXPECT_EQ(got, table.get(row, "cell")) << name;
    auto summary = portal_coverage_summary(territories, needs, cells);
    for (const auto& s : summary)
      if (s.code == territory) {
        EXPECT_EQ(s.needs_direct, std::stoi(table.get(row, "needs_direct"))) << name;
        EXPECT_EQ(s.needs_total, std::stoi(table.get(row, "needs_total"))) << name;
        EXPECT_EQ(s.level, std::stoi(table.get(row, "level"))) << name;
        EXPECT_EQ(s.gaps.size(), static_cast<std::size_t>(s.needs_total - s.needs_direct)) << name;
      }
  }
}

TEST(PortalCoverage, LevelsFromTable) {
  auto table = testing::load_data_table("network/portal_levels.csv");
  for (const auto& row : table.rows)
    EXPECT_EQ(portal_coverage_level(std::stoi(table.get(row, "services")), std::stoi(table.get(row, "needs_direct")),
                                    std::stoi(table.get(row, "needs_total"))),
              std::stoi(table.get(row, "level")))
        << table.get(row, "services") << " " << table.get(row, "needs_direct") << "/" << table.get(row, "needs_total");
}

TEST(PortalIndicators, SuppressionFromTable) {
  auto table = testing::load_data_table("network/portal_suppression.csv");
  for (const auto& row : table.rows)
    EXPECT_EQ(portal_suppressed(std::stoi(table.get(row, "n"))), table.get(row, "suppressed") == "yes")
        << table.get(row, "n");
}

TEST(PortalIndicators, PeerKeys) {
  EXPECT_EQ(parse_peer_key("kind=13;form=pob"), (std::pair<std::string, std::string>{"13", "pob"}));
  EXPECT_EQ(parse_peer_key("kind=4"), (std::pair<std::string, std::string>{"4", ""}));
  EXPECT_EQ(parse_peer_key(""), (std::pair<std::string, std::string>{"", ""}));
  EXPECT_FALSE(parse_portal_mode("přímo").has_value());
  EXPECT_EQ(parse_portal_mode("referred"), PortalMode::referred);
}

TEST(PortalMap, SimplifyKeepsCornersAndDropsNearPoints) {
  // A square with a point 0.01 off its top edge and one 2 units off: the first goes, the second stays.
  GeoRing ring{{0, 0}, {5, 0.01}, {10, 0}, {10, 10}, {5, 12}, {0, 10}, {0, 0}};
  auto simple = simplify_ring(ring, 0.5);
  ASSERT_EQ(simple.size(), 6u);
  EXPECT_DOUBLE_EQ(simple[1].x, 10);
  EXPECT_DOUBLE_EQ(simple[3].y, 12);
  // Tiny rings keep at least a closed quadrilateral.
  GeoRing tiny{{0, 0}, {0.1, 0}, {0.1, 0.1}, {0.05, 0.12}, {0, 0.1}, {0, 0}};
  EXPECT_GE(simplify_ring(tiny, 5).size(), 4u);
}

TEST(PortalMap, ProjectionAndPath) {
  std::vector<GeoShape> shapes{{"1", "A", {{{15, 50}, {16, 50}, {16, 51}, {15, 51}, {15, 50}}}}};
  const double height = project_shapes(shapes, 100);
  // One degree of longitude at 50.5° N is cos(50.5°) of a degree of latitude: the box is taller than wide.
  EXPECT_NEAR(height, 100 / std::cos(50.5 * 3.14159265358979323846 / 180), 1e-6);
  EXPECT_NEAR(shapes[0].rings[0][0].x, 0, 1e-9);
  EXPECT_NEAR(shapes[0].rings[0][0].y, height, 1e-9);  // south-west corner at the bottom
  EXPECT_EQ(svg_path(shapes[0]), "M0.0 157.2l100.0 0.0l0.0 -157.2l-100.0 0.0z");
}

}  // namespace
}  // namespace kvalis::network
