#pragma once
// The training part of the people module (issue 14 item 2) as pure rules: the states of sessions and
// registrations, where a new registration goes (a place or the waiting list), what a cancellation does to the
// waiting list (the first waiting one moves up), the run plan (a module's sessions in several places and runs
// created in one step), attended hours, certificate numbers and the feedback summary. No storage, no HTTP.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::people {

// A session of a module: planned (not open yet), open (registration), held (attendance recorded), cancelled.
enum class SessionState { planned, open, held, cancelled };
std::optional<SessionState> parse_session_state(std::string_view code);
std::string_view session_state_code(SessionState state);

// A registration: registered (has a place), waiting (on the waiting list), cancelled, attended, absent.
enum class RegistrationState { registered, waiting, cancelled, attended, absent };
std::optional<RegistrationState> parse_registration_state(std::string_view code);
std::string_view registration_state_code(RegistrationState state);
// Registered, attended and absent registrations hold a place of the session's capacity.
bool holds_place(RegistrationState state);

// A session changes state: planned → open → held; planned/open → cancelled; open → planned is not offered.
// held is reached only by recording attendance. An error names the field "state".
Status check_session_transition(SessionState from, SessionState to);

// Registrations are taken only while the session is open.
Status check_registration_allowed(SessionState state);

// Where a new registration goes: a place when one is free (occupied < capacity) and nobody waits before it,
// otherwise the end of the waiting list (position waiting + 1).
struct Placement {
  RegistrationState state = RegistrationState::registered;
  std::optional<int> waiting_position;
};
Placement place_registration(int capacity, int occupied, int waiting);

// A waiting registration in the order of its position.
struct WaitingEntry {
  long long registration_id = 0;
  int position = 0;
};
// What happens to the waiting list when places are free: the first waiting ones move up into the free places
// (capacity - occupied of them), the others are numbered 1, 2, … again in their order.
struct WaitingChange {
  std::vector<long long> promoted;                    // in order
  std::vector<std::pair<long long, int>> renumbered;  // registration id, new position (all who still wait)
};
WaitingChange fill_free_places(int capacity, int occupied, std::vector<WaitingEntry> waiting);

// The cancellation of a registration in state `state` (registered or waiting; anything else is refused with
// people.training.registration_not_cancellable naming "state"): a registered one frees its place, so
// `occupied` (before the cancellation) drops by one and the first waiting one moves up; a waiting one leaves the
// list (it is removed from `waiting` by id) and the rest close up.
Result<WaitingChange> plan_cancellation(long long registration_id, RegistrationState state, int capacity, int occupied,
                                        std::vector<WaitingEntry> waiting);

// ---- the run plan ----------------------------------------------------------------------------------------

// Sessions of a module in `places` × `runs_per_place` runs: run r (0-based) in place p (0-based) is session
// k = r × places + p, held first_date + k × interval_days; its run label is "r+1/runs_per_place".
struct RunPlanInput {
  std::vector<std::string> places;
  int runs_per_place = 1;
  std::string first_date;  // YYYY-MM-DD
  int interval_days = 7;
  int capacity = 15;
};
struct PlannedSession {
  std::string held_on;
  std::string place;
  std::string run_label;
};
constexpr int kMaxRunPlanSessions = 200;
// Checks places (1–20, each a line of text, no two the same), runs (1–24), the date, the interval (0–365), the
// capacity (1–500) and the total (at most kMaxRunPlanSessions); every error names its field.
Status check_run_plan(const RunPlanInput& in);
Result<std::vector<PlannedSession>> plan_runs(const RunPlanInput& in);

// ---- attendance, certificates ----------------------------------------------------------------------------

// The hours an attendance counts: the given hours (more than 0, at most the module's hours) or the module's
// hours when none are given; absent → 0. An error names `field`.
Result<double> attended_hours(bool attended, std::optional<double> hours, double module_hours,
                              const std::string& field);

// The certificate number: "<module code or M<module id>>/<year of the session>/<registration id, 5 digits>",
// e.g. "KV-01/2025/00042".
std::string certificate_number(std::string_view module_code, long long module_id, std::string_view held_on,
                               long long registration_id);

// ---- feedback --------------------------------------------------------------------------------------------

struct FeedbackRatings {
  int content = 0;
  int lecturer = 0;
  int usefulness = 0;
  int organisation = 0;
  std::string comment;
};
// Each rating 1–5 (fields content_rating, lecturer_rating, usefulness_rating, organisation_rating), the
// comment at most 2000 bytes.
Status check_feedback(const FeedbackRatings& f);

struct FeedbackSummary {
  int n = 0;
  double content = 0, lecturer = 0, usefulness = 0, organisation = 0, overall = 0;  // means, 0 when n = 0
  std::vector<std::string> comments;                                                // non-empty ones, in order
};
// Means rounded to two decimals; overall is the mean of the four means.
FeedbackSummary summarise_feedback(const std::vector<FeedbackRatings>& answers);

}  // namespace kvalis::people
