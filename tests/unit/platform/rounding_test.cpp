// The one rounding rule of the screen and the reports (src/platform/core/rounding.hpp), on the cases the
// web's test reads too (tests/data/platform/rounding.csv), and Czech dates of printable reports.
#include "platform/core/rounding.hpp"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

#include "platform/core/dates.hpp"
#include "support/data_table.hpp"

namespace {

TEST(Rounding, HalfAwayFromZeroOnTheSharedCases) {
  const auto table = kvalis::testing::load_data_table("platform/rounding.csv");
  ASSERT_GE(table.rows.size(), 10u);
  for (const auto& row : table.rows) {
    const double value = std::stod(table.get(row, "value"));
    const int digits = std::stoi(table.get(row, "digits"));
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", digits, kvalis::round_half_away(value, digits));
    EXPECT_EQ(std::string(buf), table.get(row, "rounded")) << table.get(row, "value") << " at " << digits;
  }
}

TEST(Rounding, CzechDates) {
  EXPECT_EQ(kvalis::czech_date("2026-03-05"), "5. 3. 2026");
  EXPECT_EQ(kvalis::czech_date("2025-12-31T23:00:00Z"), "31. 12. 2025");
  EXPECT_EQ(kvalis::czech_date(""), "");
  EXPECT_EQ(kvalis::czech_date("2026-02-30"), "2026-02-30");  // not a date: as it is
  EXPECT_EQ(kvalis::czech_date("leden"), "leden");
}

}  // namespace
