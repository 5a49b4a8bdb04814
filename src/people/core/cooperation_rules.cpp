#include "people/core/cooperation_rules.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "platform/core/dates.hpp"

namespace kvalis::people {

using accounts::Role;

CooperationRights cooperation_rights(const accounts::Principal& p, const CooperationOwner& owner) {
  if (p.platform_admin) return {true, true};
  CooperationRights r;
  r.manage = accounts::member_of(p, owner.organisation_id, {Role::admin, Role::manager});
  r.read = r.manage || accounts::member_of(p, owner.organisation_id) ||
           (!owner.region_code.empty() && accounts::region_member(p, owner.region_code));
  return r;
}

namespace {

template <class E, std::size_t N>
std::optional<E> parse_of(const std::array<std::string_view, N>& names, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i)
    if (names[i] == s) return static_cast<E>(i);
  return std::nullopt;
}

constexpr std::array<std::string_view, 3> kMeetingStates = {"planned", "held", "cancelled"};
constexpr std::array<std::string_view, 3> kActionStates = {"open", "done", "dropped"};
constexpr std::array<std::string_view, 7> kLinkKinds = {
    "audit", "training_session", "strategic_plan", "operational_plan", "meeting", "benchmark_round", "supervision"};
constexpr std::array<std::string_view, 3> kScheduleStates = {"not_started", "running", "ended"};

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
int days_in(int y, int m) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && leap(y) ? 29 : kDays[m - 1];
}

}  // namespace

std::optional<MeetingState> parse_meeting_state(std::string_view s) {
  return parse_of<MeetingState>(kMeetingStates, s);
}
std::string_view to_string(MeetingState s) { return kMeetingStates[static_cast<std::size_t>(s)]; }
std::optional<ActionState> parse_action_state(std::string_view s) { return parse_of<ActionState>(kActionStates, s); }
std::string_view to_string(ActionState s) { return kActionStates[static_cast<std::size_t>(s)]; }
std::optional<LinkKind> parse_link_kind(std::string_view s) { return parse_of<LinkKind>(kLinkKinds, s); }
std::string_view to_string(LinkKind k) { return kLinkKinds[static_cast<std::size_t>(k)]; }
std::string_view to_string(ScheduleState s) { return kScheduleStates[static_cast<std::size_t>(s)]; }

const std::vector<LinkKind>& all_link_kinds() {
  static const std::vector<LinkKind> kAll = {
      LinkKind::audit,   LinkKind::training_session, LinkKind::strategic_plan, LinkKind::operational_plan,
      LinkKind::meeting, LinkKind::benchmark_round,  LinkKind::supervision};
  return kAll;
}

const std::vector<std::string>& budget_categories() {
  static const std::vector<std::string> kCategories = {"personnel", "travel",    "services", "equipment",
                                                       "training",  "publicity", "indirect", "other"};
  return kCategories;
}

bool is_budget_category(std::string_view s) {
  const auto& all = budget_categories();
  return std::find(all.begin(), all.end(), s) != all.end();
}

std::optional<IndicatorSource> parse_indicator_source(std::string_view s) {
  if (s == "manual") return IndicatorSource{};
  constexpr std::string_view kPrefix = "linked:";
  if (s.substr(0, kPrefix.size()) != kPrefix) return std::nullopt;
  auto kind = parse_link_kind(s.substr(kPrefix.size()));
  if (!kind) return std::nullopt;
  return IndicatorSource{kind};
}

std::string add_months(std::string_view date, int months) {
  if (!is_valid_date(date)) return "";
  const int y = std::stoi(std::string(date.substr(0, 4)));
  const int m = std::stoi(std::string(date.substr(5, 2)));
  const int d = std::stoi(std::string(date.substr(8, 2)));
  const int total = y * 12 + (m - 1) + months;
  const int ny = total / 12, nm = total % 12 + 1;
  if (ny < 1 || ny > 9999) return "";
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", ny, nm, std::min(d, days_in(ny, nm)));
  return buf;
}

std::vector<std::string> series_dates(const std::string& first_on, int every_months, int count) {
  std::vector<std::string> out;
  for (int i = 0; i < count; ++i) out.push_back(add_months(first_on, i * every_months));
  return out;
}

ScheduleState schedule_state(const std::string& starts_on, const std::string& ends_on, const std::string& on) {
  if (on < starts_on) return ScheduleState::not_started;
  if (on > ends_on) return ScheduleState::ended;
  return ScheduleState::running;
}

bool in_period(const std::string& date, const std::string& from, const std::string& to) {
  if (date.empty()) return false;
  return (from.empty() || date >= from) && (to.empty() || date <= to);
}

std::vector<CategoryBudget> budget_by_category(const std::vector<PlannedLine>& lines,
                                               const std::vector<Expense>& expenses, const std::string& from,
                                               const std::string& to) {
  std::vector<CategoryBudget> out;
  for (const auto& category : budget_categories()) {
    CategoryBudget b{category, 0, 0, 0, 0, std::nullopt};
    bool used = false;
    for (const auto& l : lines)
      if (l.category == category) {
        b.planned += l.planned;
        used = true;
      }
    for (const auto& e : expenses) {
      if (e.category != category) continue;
      used = true;
      if (in_period(e.spent_on, from, to)) b.spent_period += e.amount;
      if (in_period(e.spent_on, "", to)) b.spent_cumulative += e.amount;
    }
    if (!used) continue;
    b.remaining = b.planned - b.spent_cumulative;
    if (b.planned > 0) b.share_spent = b.spent_cumulative / b.planned;
    out.push_back(b);
  }
  return out;
}

}  // namespace kvalis::people
