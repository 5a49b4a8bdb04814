#include "quality/core/actions.hpp"

#include <algorithm>
#include <array>

#include "platform/core/dates.hpp"
#include "platform/core/text.hpp"

namespace kvalis::quality {
namespace {

constexpr std::array kStatuses = {ActionStatus::kOpen, ActionStatus::kInProgress, ActionStatus::kDone,
                                  ActionStatus::kVerified};

bool blank(std::string_view s) { return s.find_first_not_of(" \t\r\n") == std::string_view::npos; }

// The edges of the machine.
bool is_edge(ActionStatus from, ActionStatus to) {
  switch (from) {
    case ActionStatus::kOpen:
      return to == ActionStatus::kInProgress;
    case ActionStatus::kInProgress:
      return to == ActionStatus::kDone;
    case ActionStatus::kDone:
      return to == ActionStatus::kVerified || to == ActionStatus::kInProgress;
    case ActionStatus::kVerified:
      return false;
  }
  return false;
}

std::optional<long long> day_number(std::string_view date) {
  if (!is_valid_date(date)) return std::nullopt;
  const auto seconds = parse_timestamp(date);
  if (!seconds) return std::nullopt;
  return *seconds / 86400;
}

}  // namespace

std::string_view to_string(ActionStatus status) {
  switch (status) {
    case ActionStatus::kOpen:
      return "open";
    case ActionStatus::kInProgress:
      return "in_progress";
    case ActionStatus::kDone:
      return "done";
    case ActionStatus::kVerified:
      return "verified";
  }
  return "open";
}

std::optional<ActionStatus> parse_action_status(std::string_view text) {
  for (auto s : kStatuses)
    if (to_string(s) == text) return s;
  return std::nullopt;
}

std::string_view to_string(ActorKind actor) {
  switch (actor) {
    case ActorKind::kProvider:
      return "provider";
    case ActorKind::kAuditor:
      return "auditor";
    case ActorKind::kRegion:
      return "region";
  }
  return "provider";
}

std::optional<ActorKind> parse_actor_kind(std::string_view text) {
  for (auto a : {ActorKind::kProvider, ActorKind::kAuditor, ActorKind::kRegion})
    if (to_string(a) == text) return a;
  return std::nullopt;
}

bool may_verify(ActorKind actor) { return actor == ActorKind::kAuditor || actor == ActorKind::kRegion; }

std::string_view to_string(TransitionError error) {
  switch (error) {
    case TransitionError::kNotAllowed:
      return "not_allowed";
    case TransitionError::kFinal:
      return "final";
    case TransitionError::kVerifierRequired:
      return "verifier_required";
    case TransitionError::kReasonRequired:
      return "reason_required";
    case TransitionError::kEvidenceRequired:
      return "evidence_required";
    case TransitionError::kReportRequired:
      return "report_required";
  }
  return "not_allowed";
}

Error to_error(TransitionError error, ActionStatus from, ActionStatus to) {
  ErrorCode code = ErrorCode::conflict;
  std::string field = "status";
  if (error == TransitionError::kVerifierRequired) code = ErrorCode::forbidden;
  if (error == TransitionError::kReasonRequired || error == TransitionError::kEvidenceRequired ||
      error == TransitionError::kReportRequired) {
    code = ErrorCode::invalid_input;
    field = "note";
  }
  return Error{code,
               field,
               "quality.action." + std::string(to_string(error)),
               {{"from", std::string(to_string(from))}, {"to", std::string(to_string(to))}}};
}

std::optional<TransitionError> check_transition(ActionStatus from, ActionStatus to, ActorKind actor,
                                                std::string_view note) {
  if (from == ActionStatus::kVerified) return TransitionError::kFinal;
  if (!is_edge(from, to)) return TransitionError::kNotAllowed;
  // Whoever marks an action done says what was done: the verifier checks it against that report.
  if (to == ActionStatus::kDone) return blank(note) ? std::optional(TransitionError::kReportRequired) : std::nullopt;
  if (from != ActionStatus::kDone) return std::nullopt;
  // Leaving "done" is the verifier's decision: accept (verified) or reject (back to in progress).
  if (!may_verify(actor)) return TransitionError::kVerifierRequired;
  if (blank(note))
    return to == ActionStatus::kVerified ? TransitionError::kEvidenceRequired : TransitionError::kReasonRequired;
  return std::nullopt;
}

std::vector<ActionStatus> allowed_transitions(ActionStatus from, ActorKind actor) {
  std::vector<ActionStatus> out;
  for (auto to : kStatuses)
    if (!check_transition(from, to, actor, "x")) out.push_back(to);
  return out;
}

std::vector<Error> validate_action(const CorrectiveAction& action) {
  std::vector<Error> errors;
  if (blank(action.text)) errors.push_back(invalid("text", "field.required", {{"field", "text"}}));
  if (blank(action.owner)) errors.push_back(invalid("owner", "field.required", {{"field", "owner"}}));
  if (!is_valid_date(action.due_date))
    errors.push_back(invalid("due_date", "field.invalid_date", {{"field", "due_date"}}));
  return errors;
}

Result<CorrectiveAction> apply_transition(const CorrectiveAction& action, const TransitionRequest& request) {
  if (!is_valid_date(request.date)) return invalid("date", "field.invalid_date", {{"field", "date"}});
  if (auto error = check_transition(action.status, request.to, request.actor, request.note))
    return to_error(*error, action.status, request.to);
  CorrectiveAction next = action;
  next.status = request.to;
  if (request.to == ActionStatus::kDone) next.done_date = request.date;
  if (request.to == ActionStatus::kVerified) {
    next.verified_date = request.date;
    next.verification_evidence = trim(request.note);
  }
  if (action.status == ActionStatus::kDone && request.to == ActionStatus::kInProgress) {
    next.rejection_reason = trim(request.note);
    next.done_date.clear();
  }
  return next;
}

std::string_view to_string(DueState state) {
  switch (state) {
    case DueState::kOnTrack:
      return "on_track";
    case DueState::kOverdue:
      return "overdue";
    case DueState::kAwaitingVerification:
      return "awaiting_verification";
    case DueState::kClosed:
      return "closed";
  }
  return "on_track";
}

std::optional<int> days_between(std::string_view from, std::string_view to) {
  const auto a = day_number(from), b = day_number(to);
  if (!a || !b) return std::nullopt;
  return static_cast<int>(*b - *a);
}

Result<DueInfo> due_info(const CorrectiveAction& action, std::string_view today) {
  if (!is_valid_date(today)) return invalid("today", "field.invalid_date", {{"field", "today"}});
  const auto days = days_between(action.due_date, today);
  if (!days) return invalid("due_date", "field.invalid_date", {{"field", "due_date"}});
  DueInfo info;
  switch (action.status) {
    case ActionStatus::kVerified:
      info.state = DueState::kClosed;
      break;
    case ActionStatus::kDone:
      info.state = DueState::kAwaitingVerification;
      break;
    case ActionStatus::kOpen:
    case ActionStatus::kInProgress:
      if (*days > 0) {
        info.state = DueState::kOverdue;
        info.days_overdue = *days;
      } else {
        info.state = DueState::kOnTrack;
        info.days_left = -*days;
      }
      break;
  }
  return info;
}

Result<std::vector<OverdueAction>> list_overdue(const std::vector<CorrectiveAction>& actions, std::string_view today) {
  if (!is_valid_date(today)) return invalid("today", "field.invalid_date", {{"field", "today"}});
  std::vector<OverdueAction> out;
  for (const auto& a : actions) {
    auto info = due_info(a, today);
    if (!info) {
      Error e = info.error();
      e.params.emplace_back("action", a.id);
      return e;
    }
    if (info->state == DueState::kOverdue) out.push_back({&a, info->days_overdue});
  }
  std::stable_sort(out.begin(), out.end(), [](const OverdueAction& x, const OverdueAction& y) {
    if (x.days_overdue != y.days_overdue) return x.days_overdue > y.days_overdue;
    return x.action->id < y.action->id;
  });
  return out;
}

}  // namespace kvalis::quality
