// The DEA export says what the screen says: the peers of a service without itself (an efficient service
// is its own peer) and λ to 3 decimals with a decimal comma — not "Služba A (1.0000000000130653)".
#include <gtest/gtest.h>

#include <string>
#include <variant>

#include "export/benchmark_tables.hpp"

namespace kvalis::exports {
namespace {

ServiceLabel label(long long id, const std::string& name) {
  ServiceLabel l;
  l.service_id = id;
  l.name = name;
  l.provider_name = "Poskytovatel " + name;
  return l;
}

std::string peers_cell(const Sheet& sheet, std::size_t row) {
  return std::get<std::string>(sheet.rows.at(row).at(4));
}

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
  other.peers = {{label(3, "Pečovatelská služba Třebechovice"), 0.24800000000001}, {label(4, "Pečovatelská služba Svoboda"), 0.7515}};
  view.results = {efficient, other};

  const Sheet sheet = dea_csv(view);
  EXPECT_EQ(peers_cell(sheet, 0), "");
  EXPECT_EQ(peers_cell(sheet, 1), "Pečovatelská služba Třebechovice (0,248); Pečovatelská služba Svoboda (0,752)");
}

}  // namespace
}  // namespace kvalis::exports
