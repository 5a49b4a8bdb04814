#include "planning/core/due.hpp"

#include <chrono>
#include <cstdio>

#include "platform/core/dates.hpp"

namespace kvalis::planning {
namespace {

std::chrono::year_month_day ymd_of(std::string_view date) {  // date is valid
  const auto number = [&](std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) v = v * 10 + (date[i] - '0');
    return v;
  };
  using namespace std::chrono;
  return year_month_day{year{number(0, 4)}, month{static_cast<unsigned>(number(5, 2))},
                        day{static_cast<unsigned>(number(8, 2))}};
}

}  // namespace

DueState due_state(std::string_view due_on, std::string_view today, int soon_days) {
  if (!is_valid_date(due_on) || !is_valid_date(today)) return DueState::later;
  using namespace std::chrono;
  const auto due = sys_days{ymd_of(due_on)}, now = sys_days{ymd_of(today)};
  if (due < now) return DueState::overdue;
  if ((due - now).count() <= soon_days) return DueState::due_soon;
  return DueState::later;
}

std::string add_months(std::string_view date, int months) {
  if (!is_valid_date(date)) return {};
  using namespace std::chrono;
  const auto start = ymd_of(date);
  const year_month shifted = year_month{start.year(), start.month()} + std::chrono::months{months};
  if (!shifted.ok() || static_cast<int>(shifted.year()) < 1 || static_cast<int>(shifted.year()) > 9999) return {};
  const auto last = year_month_day_last{shifted.year(), month_day_last{shifted.month()}}.day();
  const year_month_day result{shifted.year(), shifted.month(), start.day() <= last ? start.day() : last};
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", static_cast<int>(result.year()),
                static_cast<unsigned>(result.month()), static_cast<unsigned>(result.day()));
  return buffer;
}

std::string_view to_string(DueState s) {
  switch (s) {
    case DueState::later:
      return "later";
    case DueState::due_soon:
      return "due_soon";
    case DueState::overdue:
      return "overdue";
  }
  return "later";
}

}  // namespace kvalis::planning
