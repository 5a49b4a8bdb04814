#include "people/core/training_rules.hpp"

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <utility>

#include "people/core/requirement.hpp"
#include "platform/core/dates.hpp"
#include "platform/core/field_checks.hpp"
#include "platform/core/rounding.hpp"

namespace kvalis::people {
namespace {

constexpr std::array<std::pair<SessionState, std::string_view>, 4> kSessionStates = {{
    {SessionState::planned, "planned"},
    {SessionState::open, "open"},
    {SessionState::held, "held"},
    {SessionState::cancelled, "cancelled"},
}};
constexpr std::array<std::pair<RegistrationState, std::string_view>, 5> kRegistrationStates = {{
    {RegistrationState::registered, "registered"},
    {RegistrationState::waiting, "waiting"},
    {RegistrationState::cancelled, "cancelled"},
    {RegistrationState::attended, "attended"},
    {RegistrationState::absent, "absent"},
}};

template <class E, std::size_t N>
std::optional<E> parse_in(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view code) {
  for (const auto& [value, text] : table)
    if (text == code) return value;
  return std::nullopt;
}
template <class E, std::size_t N>
std::string_view code_in(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, text] : table)
    if (v == value) return text;
  return {};
}

}  // namespace

std::optional<SessionState> parse_session_state(std::string_view code) { return parse_in(kSessionStates, code); }
std::string_view session_state_code(SessionState state) { return code_in(kSessionStates, state); }
std::optional<RegistrationState> parse_registration_state(std::string_view code) {
  return parse_in(kRegistrationStates, code);
}
std::string_view registration_state_code(RegistrationState state) { return code_in(kRegistrationStates, state); }

bool holds_place(RegistrationState state) {
  return state == RegistrationState::registered || state == RegistrationState::attended ||
         state == RegistrationState::absent;
}

Status check_session_transition(SessionState from, SessionState to) {
  const bool allowed = (from == SessionState::planned && to == SessionState::open) ||
                       ((from == SessionState::planned || from == SessionState::open) && to == SessionState::cancelled);
  if (allowed) return ok_status();
  return invalid("state", "people.training.transition",
                 {{"from", std::string(session_state_code(from))}, {"to", std::string(session_state_code(to))}});
}

Status check_registration_allowed(SessionState state) {
  if (state == SessionState::open) return ok_status();
  return invalid("session_id", "people.training.session_not_open", {{"state", std::string(session_state_code(state))}});
}

Placement place_registration(int capacity, int occupied, int waiting) {
  if (waiting == 0 && occupied < capacity) return {RegistrationState::registered, std::nullopt};
  return {RegistrationState::waiting, waiting + 1};
}

WaitingChange fill_free_places(int capacity, int occupied, std::vector<WaitingEntry> waiting) {
  std::stable_sort(waiting.begin(), waiting.end(),
                   [](const WaitingEntry& a, const WaitingEntry& b) { return a.position < b.position; });
  WaitingChange out;
  std::size_t i = 0;
  for (; i < waiting.size() && occupied < capacity; ++i, ++occupied) out.promoted.push_back(waiting[i].registration_id);
  int position = 0;
  for (; i < waiting.size(); ++i) out.renumbered.emplace_back(waiting[i].registration_id, ++position);
  return out;
}

Result<WaitingChange> plan_cancellation(long long registration_id, RegistrationState state, int capacity, int occupied,
                                        std::vector<WaitingEntry> waiting) {
  if (state == RegistrationState::registered) return fill_free_places(capacity, occupied - 1, std::move(waiting));
  if (state == RegistrationState::waiting) {
    std::erase_if(waiting, [&](const WaitingEntry& e) { return e.registration_id == registration_id; });
    return fill_free_places(capacity, occupied, std::move(waiting));
  }
  return invalid("state", "people.training.registration_not_cancellable",
                 {{"state", std::string(registration_state_code(state))}});
}

// ---- run plan ----------------------------------------------------------------------------------------------

Status check_run_plan(const RunPlanInput& in) {
  if (in.places.empty() || in.places.size() > 20)
    return invalid("places", "people.training.places_count", {{"max", "20"}});
  std::set<std::string> seen;
  for (std::size_t i = 0; i < in.places.size(); ++i) {
    const std::string field = "places[" + std::to_string(i) + "]";
    if (auto st = check_line(field, in.places[i], 200, true); !st) return st;
    if (!seen.insert(in.places[i]).second)
      return invalid(field, "people.training.place_twice", {{"value", in.places[i]}});
  }
  if (in.runs_per_place < 1 || in.runs_per_place > 24)
    return invalid("runs_per_place", "people.training.range", {{"min", "1"}, {"max", "24"}});
  if (auto st = check_date("first_date", in.first_date, true); !st) return st;
  if (in.interval_days < 0 || in.interval_days > 365)
    return invalid("interval_days", "people.training.range", {{"min", "0"}, {"max", "365"}});
  if (in.capacity < 1 || in.capacity > 500)
    return invalid("capacity", "people.training.range", {{"min", "1"}, {"max", "500"}});
  const auto total = static_cast<long long>(in.places.size()) * in.runs_per_place;
  if (total > kMaxRunPlanSessions)
    return invalid("runs_per_place", "people.training.run_plan_too_big",
                   {{"value", std::to_string(total)}, {"max", std::to_string(kMaxRunPlanSessions)}});
  return ok_status();
}

Result<std::vector<PlannedSession>> plan_runs(const RunPlanInput& in) {
  if (auto st = check_run_plan(in); !st) return st.error();
  std::vector<PlannedSession> out;
  const int places = static_cast<int>(in.places.size());
  for (int r = 0; r < in.runs_per_place; ++r)
    for (int p = 0; p < places; ++p) {
      const int k = r * places + p;
      const std::string held_on = add_days(in.first_date, k * in.interval_days);
      if (!is_valid_date(held_on)) return invalid("first_date", "field.invalid_date");  // past the year 9999
      out.push_back({held_on, in.places[static_cast<std::size_t>(p)],
                     std::to_string(r + 1) + "/" + std::to_string(in.runs_per_place)});
    }
  return out;
}

// ---- attendance, certificates -------------------------------------------------------------------------------

Result<double> attended_hours(bool attended, std::optional<double> hours, double module_hours,
                              const std::string& field) {
  if (!attended) return 0.0;
  if (!hours) return module_hours;
  if (!(*hours > 0) || *hours > module_hours)
    return invalid(field, "people.training.hours_range", {{"max", format_hours(module_hours)}});
  return *hours;
}

std::string certificate_number(std::string_view module_code, long long module_id, std::string_view held_on,
                               long long registration_id) {
  std::string prefix;
  if (module_code.empty()) {
    prefix = "M";
    prefix += std::to_string(module_id);
  } else {
    prefix = module_code;
  }
  char serial[32];
  std::snprintf(serial, sizeof serial, "%05lld", registration_id);
  return prefix + "/" + std::string(held_on.substr(0, 4)) + "/" + serial;
}

// ---- feedback ----------------------------------------------------------------------------------------------

Status check_feedback(const FeedbackRatings& f) {
  const std::array<std::pair<const char*, int>, 4> ratings = {{{"content_rating", f.content},
                                                               {"lecturer_rating", f.lecturer},
                                                               {"usefulness_rating", f.usefulness},
                                                               {"organisation_rating", f.organisation}}};
  for (const auto& [field, value] : ratings)
    if (value < 1 || value > 5) return invalid(field, "people.training.rating", {{"value", std::to_string(value)}});
  return check_text("comment", f.comment, 2000, false);
}

FeedbackSummary summarise_feedback(const std::vector<FeedbackRatings>& answers) {
  FeedbackSummary s;
  s.n = static_cast<int>(answers.size());
  if (answers.empty()) return s;
  double c = 0, l = 0, u = 0, o = 0;
  for (const auto& a : answers) {
    c += a.content;
    l += a.lecturer;
    u += a.usefulness;
    o += a.organisation;
    if (!a.comment.empty()) s.comments.push_back(a.comment);
  }
  const double n = s.n;
  s.content = round_half_away(c / n, 2);
  s.lecturer = round_half_away(l / n, 2);
  s.usefulness = round_half_away(u / n, 2);
  s.organisation = round_half_away(o / n, 2);
  s.overall = round_half_away((c + l + u + o) / (4 * n), 2);
  return s;
}

}  // namespace kvalis::people
