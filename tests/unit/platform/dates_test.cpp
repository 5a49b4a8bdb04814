// Calendar dates are the days in Czechia, whatever the server's own time zone: "today" at 00:30 in Prague is
// already the new day although UTC is still on the old one.
#include "platform/core/dates.hpp"

#include <gtest/gtest.h>

namespace {

long long at(const char* utc) { return *kvalis::parse_timestamp(utc); }

TEST(Dates, CalendarDateIsTheDayInCzechiaInWinter) {
  EXPECT_EQ(kvalis::format_date(at("2026-12-07T22:59:59Z")), "2026-12-07");  // 23:59:59 CET
  EXPECT_EQ(kvalis::format_date(at("2026-12-07T23:00:00Z")), "2026-12-08");  // midnight CET
  EXPECT_EQ(kvalis::format_date(at("2026-12-31T23:30:00Z")), "2027-01-01");  // a new year in Prague
  EXPECT_EQ(kvalis::utc_date(at("2026-12-07T23:00:00Z")), "2026-12-07");
}

TEST(Dates, CalendarDateIsTheDayInCzechiaInSummer) {
  EXPECT_EQ(kvalis::format_date(at("2026-07-14T21:59:59Z")), "2026-07-14");  // 23:59:59 CEST
  EXPECT_EQ(kvalis::format_date(at("2026-07-14T22:00:00Z")), "2026-07-15");  // midnight CEST
}

TEST(Dates, SummerTimeFollowsTheEuRule) {
  // 2026: from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
  EXPECT_FALSE(kvalis::czech_summer_time(at("2026-03-29T00:59:59Z")));
  EXPECT_TRUE(kvalis::czech_summer_time(at("2026-03-29T01:00:00Z")));
  EXPECT_TRUE(kvalis::czech_summer_time(at("2026-10-25T00:59:59Z")));
  EXPECT_FALSE(kvalis::czech_summer_time(at("2026-10-25T01:00:00Z")));
  // 2027: 28 March and 31 October.
  EXPECT_FALSE(kvalis::czech_summer_time(at("2027-03-27T12:00:00Z")));
  EXPECT_TRUE(kvalis::czech_summer_time(at("2027-03-28T12:00:00Z")));
  EXPECT_TRUE(kvalis::czech_summer_time(at("2027-10-30T12:00:00Z")));
  EXPECT_FALSE(kvalis::czech_summer_time(at("2027-10-31T12:00:00Z")));
}

TEST(Dates, DatesHeldAsMidnightUtcKeepTheirDay) {
  // A date parsed as the start of its day (UTC) is the same calendar date, and date arithmetic stays on days.
  EXPECT_EQ(kvalis::format_date(at("2026-03-05")), "2026-03-05");
  EXPECT_EQ(kvalis::format_date(at("2026-08-31")), "2026-08-31");
  EXPECT_EQ(kvalis::add_days("2026-03-28", 2), "2026-03-30");
  EXPECT_EQ(kvalis::add_days("2026-10-24", 2), "2026-10-26");
  EXPECT_EQ(kvalis::add_days("2026-12-31", 1), "2027-01-01");
  EXPECT_EQ(kvalis::add_days("2026-03-01", -1), "2026-02-28");
  EXPECT_EQ(kvalis::add_days("2026-02-30", 1), "");
  EXPECT_EQ(kvalis::format_date(0), "");
}

}  // namespace
