#include "platform/core/dates.hpp"

#include <chrono>
#include <cstdio>

namespace kvalis {
namespace {

std::optional<int> digits(std::string_view s, std::size_t pos, std::size_t n) {
  if (pos + n > s.size()) return std::nullopt;
  int v = 0;
  for (std::size_t i = pos; i < pos + n; ++i) {
    if (s[i] < '0' || s[i] > '9') return std::nullopt;
    v = v * 10 + (s[i] - '0');
  }
  return v;
}

}  // namespace

std::string format_timestamp(long long t) {
  if (t == 0) return {};
  using namespace std::chrono;
  const sys_seconds tp{seconds{t}};
  const auto day = floor<days>(tp);
  const year_month_day ymd{day};
  const hh_mm_ss hms{tp - day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()),
                static_cast<int>(hms.hours().count()), static_cast<int>(hms.minutes().count()),
                static_cast<int>(hms.seconds().count()));
  return buf;
}

bool czech_summer_time(long long t) {
  using namespace std::chrono;
  const sys_seconds tp{seconds{t}};
  const year y = year_month_day{floor<days>(tp)}.year();
  const auto last_sunday = [&](month m) { return sys_days{year_month_weekday_last{y, m, weekday_last{Sunday}}}; };
  return tp >= last_sunday(March) + hours{1} && tp < last_sunday(October) + hours{1};
}

std::string format_date(long long t) {
  if (t == 0) return {};
  return utc_date(t + (czech_summer_time(t) ? 7200 : 3600));
}

std::string utc_date(long long t) { return format_timestamp(t).substr(0, 10); }

bool is_valid_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto y = digits(s, 0, 4), m = digits(s, 5, 2), d = digits(s, 8, 2);
  if (!y || !m || !d) return false;
  using namespace std::chrono;
  return year_month_day{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}}.ok();
}

std::optional<long long> parse_timestamp(std::string_view s) {
  if (!is_valid_date(s.substr(0, 10))) return std::nullopt;
  using namespace std::chrono;
  const year_month_day ymd{year{*digits(s, 0, 4)}, month{static_cast<unsigned>(*digits(s, 5, 2))},
                           day{static_cast<unsigned>(*digits(s, 8, 2))}};
  long long t = duration_cast<seconds>(sys_days{ymd}.time_since_epoch()).count();
  if (s.size() == 10) return t;
  if (s.size() < 19 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':' || s[16] != ':') return std::nullopt;
  auto h = digits(s, 11, 2), mi = digits(s, 14, 2), se = digits(s, 17, 2);
  if (!h || !mi || !se || *h > 23 || *mi > 59 || *se > 60) return std::nullopt;
  if (s.size() > 19 && s.substr(19) != "Z") return std::nullopt;
  return t + *h * 3600 + *mi * 60 + *se;
}

std::string add_days(std::string_view date, int days) {
  if (!is_valid_date(date)) return {};
  const auto start = parse_timestamp(date);
  if (!start) return {};
  return utc_date(*start + static_cast<long long>(days) * 86400);
}

std::string czech_date(std::string_view iso) {
  if (iso.size() < 10 || !is_valid_date(iso.substr(0, 10))) return std::string(iso);
  int y = 0, m = 0, d = 0;
  const std::string day(iso.substr(0, 10));
  if (std::sscanf(day.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3) return std::string(iso);
  return std::to_string(d) + ". " + std::to_string(m) + ". " + std::to_string(y);
}

}  // namespace kvalis
