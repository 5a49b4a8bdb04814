#pragma once
// The states of a data round and of a service's form in it, and what each allows.
//
// A round is open until the region locks it; then its data change only by corrections with a reason.
// A form is not started until something is saved (draft); the provider submits it once it passes the
// validation; the region may reopen a submitted form while the round is open (reopened behaves as draft).
#include <optional>
#include <string_view>

#include "platform/core/result.hpp"

namespace kvalis::benchmark {

enum class RoundStatus { open, locked };
std::optional<RoundStatus> parse_round_status(std::string_view text);
std::string_view to_string(RoundStatus status);

enum class SubmissionStatus { not_started, draft, submitted, reopened };
// "" (no row yet) is not_started.
std::optional<SubmissionStatus> parse_submission_status(std::string_view text);
std::string_view to_string(SubmissionStatus status);

// What a caller does to a form.
enum class FormAction {
  save_values,  // save or upload values
  submit,
  reopen,   // the region reopens a submitted form
  correct,  // the region corrects a value after lock
};
std::optional<FormAction> parse_form_action(std::string_view text);

// Who the caller is for this form: edits (the provider's staff or the group's managers), manages (the group).
struct FormRights {
  bool edits = false;
  bool manages = false;
};

// Whether the action is allowed in these states: ok, or forbidden (auth.forbidden) / conflict naming why.
Status check_form_action(FormAction action, RoundStatus round, SubmissionStatus submission, FormRights rights);

// The state a form is in after the action succeeded.
SubmissionStatus status_after(FormAction action, SubmissionStatus before);

// The form as its page shows it: values can be changed / corrections can be made.
bool form_editable(RoundStatus round, SubmissionStatus submission, FormRights rights);
bool form_correctable(RoundStatus round, FormRights rights);

}  // namespace kvalis::benchmark
