// Missing-value and DEA status texts name the items by their names, in Czech and English
// (src/benchmark/app/comparison.hpp reason_cs, reason_en), table-driven from tests/data/benchmark/reasons.csv.
#include <gtest/gtest.h>

#include "benchmark/app/comparison.hpp"
#include "support/data_table.hpp"

namespace kvalis::exports {
namespace {

TEST(BenchmarkReasons, NameTheItemsInBothLanguages) {
  const VariableNames cs = {{"costs_total", "Náklady celkem"}, {"bed_days", "Lůžkodny"}, {"fte_total", "Úvazky"}};
  const VariableNames en = {{"costs_total", "Total costs"}, {"bed_days", "Bed-days"}, {"fte_total", "FTE"}};
  const auto table = kvalis::testing::load_data_table("benchmark/reasons.csv");
  for (const auto& row : table.rows) {
    const std::string reason = table.get(row, "reason");
    SCOPED_TRACE(reason);
    EXPECT_EQ(reason_cs(reason, cs), table.get(row, "cs"));
    EXPECT_EQ(reason_en(reason, en), table.get(row, "en"));
  }
}

}  // namespace
}  // namespace kvalis::exports
