#pragma once
// Epoch seconds ⇄ ISO 8601 text (UTC), and calendar dates YYYY-MM-DD.
#include <optional>
#include <string>
#include <string_view>

namespace kvalis {

std::string format_timestamp(long long epoch_seconds);  // 2026-11-24T10:00:00Z; "" for 0
std::string format_date(long long epoch_seconds);       // 2026-11-24
// Parses YYYY-MM-DD (start of that day, UTC) or a full timestamp YYYY-MM-DDTHH:MM:SSZ.
std::optional<long long> parse_timestamp(std::string_view s);
bool is_valid_date(std::string_view s);  // a real calendar date YYYY-MM-DD
// "2026-03-05" → "5. 3. 2026", the Czech form of a date in every printable report; text that is not a
// date is returned as it is ("" stays "").
std::string czech_date(std::string_view iso);
// The date `days` days after (before, when negative) a valid YYYY-MM-DD; "" for an invalid date.
std::string add_days(std::string_view date, int days);

}  // namespace kvalis
