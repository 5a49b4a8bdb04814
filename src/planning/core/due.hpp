#pragma once
// Due work: reviews of individual plans and evaluations of goals fall due on a date; the next date comes
// from a schedule in months.
#include <string>
#include <string_view>

namespace kvalis::planning {

enum class DueState { later, due_soon, overdue };  // due_soon: within `soon_days` (default 30) of today
// Dates YYYY-MM-DD. overdue: due before today; due_soon: due today or in at most soon_days days; later
// otherwise. An empty (or not a valid) due date, or an invalid today, is later (nothing to show).
DueState due_state(std::string_view due_on, std::string_view today, int soon_days = 30);
// The date `months` months after (before, when negative) a valid YYYY-MM-DD, on the same day of the month
// or the month's last day when it has fewer days (2025-01-31 + 1 → 2025-02-28, 2024-01-31 + 1 →
// 2024-02-29); "" for an invalid date.
std::string add_months(std::string_view date, int months);
// Added (core): "later" | "due_soon" | "overdue".
std::string_view to_string(DueState s);

}  // namespace kvalis::planning
