// The portal's pure rules: coverage cells and territory summaries, map colour classes, suppression of small
// groups, peer keys, and the map geometry (simplification, projection, SVG path).
#include "network/core/portal.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <sstream>

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
    std::vector<ServiceFacts> services;
    for (const auto& s : split(table.get(row, "services"), ';')) {
      auto parts = split(s, ':');
      services.push_back({std::stoll(parts[0]), "4", split(parts[1], '|'), {}});
    }
    std::vector<CoverageAnswer> answers;
    for (const auto& a : split(table.get(row, "answers"), ';')) {
      auto parts = split(a, ':');
      answers.push_back({std::stoll(parts[0]), std::stoll(parts[1]), *parse_mode(parts[2])});
    }
    // The module's map (in its own order: territories by code, a need more than the portal shows), laid out in
    // the portal's order of territories and needs.
    const auto map = aggregate_coverage(services, answers, {}, {"C", "B", "A"}, {1, 2, 3});
    auto cells = portal_coverage_cells(territories, needs, map);
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

TEST(PortalCoverage, AnsweredNeedsAreThoseOfTheRoundsCards) {
  // Need 3 is the region's but on no card answered in the round: the portal leaves it out.
  const auto map =
      aggregate_coverage({{1, "4", {"A"}, {}}, {2, "4", {"B"}, {}}},
                         {{1, 2, CoverageMode::none}, {2, 1, CoverageMode::direct}}, {}, {"A", "B"}, {1, 2, 3});
  EXPECT_EQ(portal_answered_needs(map), (std::vector<long long>{1, 2}));
  // A pair the map lacks (a territory or need not on it) is an empty cell, still in the portal's order.
  auto cells = portal_coverage_cells({{"B", "Beta", 0}, {"Z", "Zeta", 0}}, {{2, "n2", "", ""}}, map);
  ASSERT_EQ(cells.size(), 2u);
  EXPECT_EQ(cells[0].territory, "B");
  EXPECT_EQ(cells[1].territory, "Z");
  EXPECT_EQ(cells[1].services, 0);
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
}

TEST(PortalWording, DatesAsReadersWriteThem) {
  EXPECT_EQ(portal_date("2026-12-06", false), "6. 12. 2026");
  EXPECT_EQ(portal_date("2025-01-31", true), "31 January 2025");
  EXPECT_EQ(portal_date("", false), "");
  EXPECT_EQ(portal_date("2026-13-01", false), "2026-13-01");
}

TEST(PortalWording, CapacityInThePluralOfItsCount) {
  EXPECT_EQ(portal_capacity(1, "klient", false), "1 klient");
  EXPECT_EQ(portal_capacity(3, "klient", false), "3 klienti");
  EXPECT_EQ(portal_capacity(5, "klient", false), "5 klientů");
  EXPECT_EQ(portal_capacity(12, "luzka", false), "12 lůžek");
  EXPECT_EQ(portal_capacity(2, "luzka", false), "2 lůžka");
  EXPECT_EQ(portal_capacity(22, "interv", false), "22 intervencí");
  EXPECT_EQ(portal_capacity(1, "luzka", true), "1 bed");
  EXPECT_EQ(portal_capacity(102, "luzka", true), "102 beds");
  EXPECT_EQ(portal_capacity(1500, "hovor", false), "1\u00a0500 hovorů");
  EXPECT_EQ(portal_capacity(7, "jine", false), "7 jine");  // an unknown unit as it came
  EXPECT_EQ(portal_capacity(40, "hodiny", false), "40 hodin");
  EXPECT_EQ(portal_capacity(3, "hodiny", true), "3 hours");
}

TEST(PortalWording, CapacityWordsWithFractions) {
  EXPECT_EQ(capacity_words(24, "klient", false), "24 klientů");
  EXPECT_EQ(capacity_words(24, "klient", true), "24 clients");
  EXPECT_EQ(capacity_words(2.5, "hodiny", false), "2,5 hodiny");
  EXPECT_EQ(capacity_words(2.5, "luzka", true), "2.5 beds");
  EXPECT_EQ(capacity_words(0.25, "klient", false), "0,25 klienta");
  EXPECT_EQ(capacity_words(1.5, "jine", false), "1,5 jine");
}

TEST(PortalWording, LawReferencesAndEnglishNames) {
  EXPECT_EQ(portal_law_ref("§40", "b", false), "§ 40 písm. b)");
  EXPECT_EQ(portal_law_ref("§40", "b", true), "§ 40(b)");
  EXPECT_EQ(portal_law_ref("§ 49", "", false), "§ 49");
  EXPECT_EQ(portal_law_ref("", "", false), "");
  EXPECT_EQ(portal_capitalised("personal hygiene"), "Personal hygiene");
  EXPECT_EQ(portal_capitalised("Úklid"), "Úklid");
  EXPECT_EQ(portal_capitalised(""), "");
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
