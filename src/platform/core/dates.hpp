#pragma once
// Epoch seconds ⇄ ISO 8601 text (UTC), and calendar dates YYYY-MM-DD.
//
// A calendar date is the day in Czechia (Europe/Prague), where every user of Kvalis works: "today", a due date
// passed, the day a card was published. Between 23:00 and 24:00 UTC in winter (22:00–24:00 in summer) that is
// already the next day; the server's own time zone (often UTC) plays no part.
#include <optional>
#include <string>
#include <string_view>

namespace kvalis {

std::string format_timestamp(long long epoch_seconds);  // 2026-11-24T10:00:00Z; "" for 0
// The calendar date in Czechia of an instant: 2026-11-24; "" for 0. CET (UTC+1), and CEST (UTC+2) from the last
// Sunday of March to the last Sunday of October, each at 01:00 UTC (the EU rule).
std::string format_date(long long epoch_seconds);
// Whether Czechia is on summer time (CEST) at this instant.
bool czech_summer_time(long long epoch_seconds);
// The date in UTC of an instant, for arithmetic on dates held as midnight UTC (parse_timestamp of a date).
std::string utc_date(long long epoch_seconds);
// Parses YYYY-MM-DD (start of that day, UTC) or a full timestamp YYYY-MM-DDTHH:MM:SSZ.
std::optional<long long> parse_timestamp(std::string_view s);
bool is_valid_date(std::string_view s);  // a real calendar date YYYY-MM-DD
// "2026-03-05" → "5. 3. 2026", the Czech form of a date in every printable report; text that is not a
// date is returned as it is ("" stays "").
std::string czech_date(std::string_view iso);
// The date `days` days after (before, when negative) a valid YYYY-MM-DD; "" for an invalid date.
std::string add_days(std::string_view date, int days);

}  // namespace kvalis
