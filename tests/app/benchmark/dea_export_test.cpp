// The DEA export says what the screen says: the peers of a service without itself (an efficient service
// is its own peer) and λ to 3 decimals with a decimal comma — not "Služba A (1.0000000000130653)".
#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "benchmark/export/benchmark_tables.hpp"
#include "benchmark/export/report_html.hpp"

namespace kvalis::exports {
namespace {

ServiceLabel label(long long id, const std::string& name) {
  ServiceLabel l;
  l.service_id = id;
  l.name = name;
  l.provider_name = "Poskytovatel " + name;
  return l;
}

std::string peers_cell(const Sheet& sheet, std::size_t row) { return std::get<std::string>(sheet.rows.at(row).at(4)); }

TEST(DeaExport, PeersAreThoseOfTheScreen) {
  DeaView view;
  view.run.inputs = {"costs_total"};
  view.run.outputs = {"clients_total"};
  DeaDmuView efficient;
  efficient.service = label(1, "Pečovatelská služba Broumov");
  efficient.efficiency = 1.0;
  efficient.status = "ok";
  efficient.peers = {{label(1, "Pečovatelská služba Broumov"), 1.0000000000130653}};
  DeaDmuView other;
  other.service = label(2, "Pečovatelská služba Dobruška");
  other.efficiency = 0.979;
  other.status = "ok";
  other.peers = {{label(3, "Pečovatelská služba Třebechovice"), 0.24800000000001},
                 {label(4, "Pečovatelská služba Svoboda"), 0.7515}};
  view.results = {efficient, other};

  const Sheet sheet = dea_csv(view);
  EXPECT_EQ(peers_cell(sheet, 0), "");
  EXPECT_EQ(peers_cell(sheet, 1), "Pečovatelská služba Třebechovice (0,248); Pečovatelská služba Svoboda (0,752)");
}

// The printed group report writes the numbers of the comparison screen: no reserve is "–" (the screen's
// "—"), not "0,000"; an exact zero is "0".
TEST(GroupReportNumbers, ReservesAndZeroAsOnTheScreen) {
  EXPECT_EQ(format_cs(0.0), "0");
  GroupReport report;
  report.group.name = "Pečovatelská služba";
  report.comparison.round.name = "Kolo 2024";
  report.comparison.round.period_year = 2024;
  report.generated_on = "2026-12-05";
  IndicatorView ind;
  ind.indicator.code = "cost_per_client";
  ind.indicator.name_cs = "Náklady na klienta";
  ind.indicator.unit = "Kč";
  ind.indicator.direction = "lower";
  PeerGroupView g;
  g.peer_key = "4|ambulantni";
  g.label = "Pečovatelská služba – ambulantní";
  g.n = 2;
  g.min = 57470.59;
  g.q1 = 58242.33;
  g.median = 59014.08;
  g.q3 = 59785.83;
  g.max = 60557.58;
  g.mean = 59014.08;
  ScoreView best;
  best.service = label(1, "Pečovatelská služba Hradec Králové");
  best.value = 57470.59;
  best.percent_rank = 0.0;
  best.z_score = -0.806;
  best.reserve_median = 0.0;
  best.reserve_best = 0.0;
  ScoreView other;
  other.service = label(2, "Pečovatelská služba Trutnov");
  other.value = 60557.58;
  other.percent_rank = 1.0;
  other.z_score = 0.0;
  other.reserve_median = 1543.49;
  other.reserve_best = 2000.0;
  g.scores = {best, other};
  ind.groups = {g};
  report.comparison.indicators = {ind};
  const std::string html = group_report_html(report);
  EXPECT_EQ(html.find("0,000"), std::string::npos) << html;
  EXPECT_NE(html.find("1\u202F543"), std::string::npos);
  EXPECT_NE(html.find("<td class=\"num\">–</td><td class=\"num\">–</td>"), std::string::npos);
}

}  // namespace
}  // namespace kvalis::exports
