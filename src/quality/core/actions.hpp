#pragma once
// Corrective actions (nápravná opatření) of audit findings: the status machine and the overdue logic.
//
//   open → in_progress → done → verified (final)
//                  ↑________|  rejected at verification, with a reason
//
// Only the verifying side (an auditor or the region) may verify or reject; the provider's staff move an
// action forward to done. Who is who is an actor kind given by the caller, not a role check here.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "platform/core/result.hpp"

namespace kvalis::quality {

enum class ActionStatus { kOpen, kInProgress, kDone, kVerified };
std::string_view to_string(ActionStatus status);  // open, in_progress, done, verified
std::optional<ActionStatus> parse_action_status(std::string_view text);

enum class ActorKind { kProvider, kAuditor, kRegion };
std::string_view to_string(ActorKind actor);  // provider, auditor, region
std::optional<ActorKind> parse_actor_kind(std::string_view text);
bool may_verify(ActorKind actor);  // auditor or region

enum class TransitionError {
  kNotAllowed,        // not an edge of the machine (e.g. open → done, in_progress → open, the same status)
  kFinal,             // the action is verified: nothing follows
  kVerifierRequired,  // done → verified / done → in_progress by someone who may not verify
  kReasonRequired,    // a rejection (done → in_progress) without a reason
  kEvidenceRequired,  // verification without the evidence it rests on
  kReportRequired,    // marking done without saying what was done
};
std::string_view to_string(TransitionError error);  // not_allowed, final, verifier_required, …
// The error for the HTTP layer: conflict (not_allowed, final), forbidden (verifier_required) or
// invalid_input on field "note" (report / reason / evidence required), message key quality.action.<error>, params from
// and to.
Error to_error(TransitionError error, ActionStatus from, ActionStatus to);

// Checks one step. note: what was done (marking done), the reason of a rejection or the evidence of a
// verification (trimmed, required for those three steps, ignored otherwise).
std::optional<TransitionError> check_transition(ActionStatus from, ActionStatus to, ActorKind actor,
                                                std::string_view note = {});
// The statuses reachable from a status by this actor (for offering buttons).
std::vector<ActionStatus> allowed_transitions(ActionStatus from, ActorKind actor);

struct CorrectiveAction {
  std::string id;
  std::string finding_id;
  std::string text;
  std::string owner;     // who is responsible
  std::string due_date;  // YYYY-MM-DD
  ActionStatus status = ActionStatus::kOpen;
  std::string done_date;  // when last marked done
  std::string verified_date;
  std::string verification_evidence;  // what the verifier saw (document, visit, record)
  std::string rejection_reason;       // the last rejection, kept after the action is redone
};

// owner and text required, due_date a real date.
std::vector<Error> validate_action(const CorrectiveAction& action);

struct TransitionRequest {
  ActionStatus to = ActionStatus::kInProgress;
  ActorKind actor = ActorKind::kProvider;
  std::string date;  // YYYY-MM-DD of the step
  std::string note;  // what was done, rejection reason or verification evidence
};

// The action after the step (the input is not changed): done sets done_date (what was done stays in the history);
// verified sets verified_date and verification_evidence; a rejection sets rejection_reason and clears done_date. An
// invalid date is invalid_input on field "date"; a forbidden step is to_error(...).
Result<CorrectiveAction> apply_transition(const CorrectiveAction& action, const TransitionRequest& request);

// ---- due dates --------------------------------------------------------------------------------------

enum class DueState {
  kOnTrack,               // open or in progress, due today or later
  kOverdue,               // open or in progress, due date before today
  kAwaitingVerification,  // done, not yet verified: never overdue, whatever the date
  kClosed,                // verified
};
std::string_view to_string(DueState state);  // on_track, overdue, awaiting_verification, closed

struct DueInfo {
  DueState state = DueState::kOnTrack;
  int days_overdue = 0;  // today − due date when overdue, else 0
  int days_left = 0;     // due date − today when on track (0 on the due day), else 0
};

// Days from one YYYY-MM-DD to another (to − from), nullopt when either is not a real date.
std::optional<int> days_between(std::string_view from, std::string_view to);

// invalid_input on "due_date" or "today" when not a real date.
Result<DueInfo> due_info(const CorrectiveAction& action, std::string_view today);

struct OverdueAction {
  const CorrectiveAction* action = nullptr;  // points into the input
  int days_overdue = 0;
};

// The overdue actions, most overdue first, then by id. Actions with an invalid due date
// are an error naming the action.
Result<std::vector<OverdueAction>> list_overdue(const std::vector<CorrectiveAction>& actions, std::string_view today);

}  // namespace kvalis::quality
