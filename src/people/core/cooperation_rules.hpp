#pragma once
// Cooperation with partner bodies and funded projects (people module, PEOPLE_SPEC "Access" and issue 14
// items 5 and 6): who reads and writes an organisation's partners, meetings and projects, the states of
// meetings and agreed actions, the kinds of Kvalis records a project activity links to, budget categories,
// indicator sources, the dates of a planned series of meetings, the schedule state of an activity and the
// budget of a period. Pure functions: the app layer loads the facts and asks these.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/access.hpp"

namespace kvalis::people {

// The organisation a partner, meeting or project belongs to.
struct CooperationOwner {
  long long organisation_id = 0;
  std::string region_code;  // of the organisation (kraj)
};
struct CooperationRights {
  bool read = false;    // members of the organisation (any role, evaluator included), its region, platform admin
  bool manage = false;  // admin/manager of the organisation, platform admin (an evaluator never)
};
CooperationRights cooperation_rights(const accounts::Principal& principal, const CooperationOwner& owner);

enum class MeetingState { planned, held, cancelled };
std::optional<MeetingState> parse_meeting_state(std::string_view s);
std::string_view to_string(MeetingState s);

enum class ActionState { open, done, dropped };
std::optional<ActionState> parse_action_state(std::string_view s);
std::string_view to_string(ActionState s);

// What a project activity produced in Kvalis.
enum class LinkKind {
  audit,
  training_session,
  strategic_plan,
  operational_plan,
  meeting,
  benchmark_round,
  supervision
};
std::optional<LinkKind> parse_link_kind(std::string_view s);
std::string_view to_string(LinkKind k);
const std::vector<LinkKind>& all_link_kinds();

// Budget categories of pe_budget_lines.
bool is_budget_category(std::string_view s);
const std::vector<std::string>& budget_categories();

// An indicator's source: "manual" (values entered) or "linked:<kind>" (the count of links of that kind).
struct IndicatorSource {
  std::optional<LinkKind> linked;  // nullopt: manual
};
std::optional<IndicatorSource> parse_indicator_source(std::string_view s);

// The date `months` calendar months after a YYYY-MM-DD date; a day beyond the month's end becomes its last
// day (31 January + 1 month = 28/29 February). "" for an invalid date.
std::string add_months(std::string_view date, int months);
// The dates of a series: first_on, then every `every_months` months (from first_on, not chained), count of them.
std::vector<std::string> series_dates(const std::string& first_on, int every_months, int count);

// Where an activity stands on a date: not started, running, or ended (its end date passed).
enum class ScheduleState { not_started, running, ended };
ScheduleState schedule_state(const std::string& starts_on, const std::string& ends_on, const std::string& on);
std::string_view to_string(ScheduleState s);

// Whether a date (YYYY-MM-DD) lies in [from, to]; an empty end is open.
bool in_period(const std::string& date, const std::string& from, const std::string& to);

// The budget of one category for a period: planned (the whole project), spent in the period and
// cumulatively up to the period's end, and what remains of the plan.
struct Expense {
  std::string category;
  std::string spent_on;
  double amount = 0;
};
struct PlannedLine {
  std::string category;
  double planned = 0;
};
struct CategoryBudget {
  std::string category;
  double planned = 0, spent_period = 0, spent_cumulative = 0, remaining = 0;
  std::optional<double> share_spent;  // cumulative / planned; none when nothing is planned
};
// One entry per category that has a line or an expense, in the order of budget_categories().
std::vector<CategoryBudget> budget_by_category(const std::vector<PlannedLine>& lines,
                                               const std::vector<Expense>& expenses, const std::string& from,
                                               const std::string& to);

}  // namespace kvalis::people
