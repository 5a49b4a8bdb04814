#include "benchmark/core/form_state.hpp"

namespace kvalis::benchmark {

std::optional<RoundStatus> parse_round_status(std::string_view text) {
  if (text == "open") return RoundStatus::open;
  if (text == "locked") return RoundStatus::locked;
  return std::nullopt;
}

std::string_view to_string(RoundStatus status) { return status == RoundStatus::open ? "open" : "locked"; }

std::optional<SubmissionStatus> parse_submission_status(std::string_view text) {
  if (text.empty() || text == "not_started") return SubmissionStatus::not_started;
  if (text == "draft") return SubmissionStatus::draft;
  if (text == "submitted") return SubmissionStatus::submitted;
  if (text == "reopened") return SubmissionStatus::reopened;
  return std::nullopt;
}

std::string_view to_string(SubmissionStatus status) {
  switch (status) {
    case SubmissionStatus::not_started:
      return "not_started";
    case SubmissionStatus::draft:
      return "draft";
    case SubmissionStatus::submitted:
      return "submitted";
    case SubmissionStatus::reopened:
      return "reopened";
  }
  return "not_started";
}

std::optional<FormAction> parse_form_action(std::string_view text) {
  if (text == "save_values") return FormAction::save_values;
  if (text == "submit") return FormAction::submit;
  if (text == "reopen") return FormAction::reopen;
  if (text == "correct") return FormAction::correct;
  return std::nullopt;
}

Status check_form_action(FormAction action, RoundStatus round, SubmissionStatus submission, FormRights rights) {
  switch (action) {
    case FormAction::save_values:
    case FormAction::submit:
      if (!rights.edits) return forbidden("auth.forbidden");
      if (round == RoundStatus::locked) return conflict("", "bm.round.locked");
      if (submission == SubmissionStatus::submitted) return conflict("", "bm.submission.submitted");
      return ok_status();
    case FormAction::reopen:
      if (!rights.manages) return forbidden("auth.forbidden");
      if (round == RoundStatus::locked) return conflict("", "bm.round.locked");
      if (submission != SubmissionStatus::submitted) return conflict("", "bm.submission.not_submitted");
      return ok_status();
    case FormAction::correct:
      if (!rights.manages) return forbidden("auth.forbidden");
      if (round != RoundStatus::locked) return conflict("", "bm.round.not_locked");
      return ok_status();
  }
  return forbidden("auth.forbidden");
}

SubmissionStatus status_after(FormAction action, SubmissionStatus before) {
  switch (action) {
    case FormAction::save_values:
    case FormAction::correct:
      return before == SubmissionStatus::not_started ? SubmissionStatus::draft : before;
    case FormAction::submit:
      return SubmissionStatus::submitted;
    case FormAction::reopen:
      return SubmissionStatus::reopened;
  }
  return before;
}

bool form_editable(RoundStatus round, SubmissionStatus submission, FormRights rights) {
  return static_cast<bool>(check_form_action(FormAction::save_values, round, submission, rights));
}

bool form_correctable(RoundStatus round, FormRights rights) { return rights.manages && round == RoundStatus::locked; }

}  // namespace kvalis::benchmark
