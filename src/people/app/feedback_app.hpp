#pragma once
// Use cases of the feedback questionnaire after a session (issue 14 item 2): anonymous answers (pe_feedback has
// no link to the person), given once per attended registration (pe_registrations.feedback_given) by the worker
// or by his employer on his behalf; results (number of answers, means per question, comments) per module or per
// lecturer, read by the organiser.
#include <optional>
#include <string>

#include "accounts/core/caller.hpp"
#include "people/core/training_rules.hpp"
#include "platform/core/result.hpp"
#include "platform/store/database.hpp"

namespace kvalis::people::app {

struct FeedbackInput {
  // The attended registration the answers are for; when absent, the caller's own attended registration of the
  // session (pe_workers.user_id = the caller).
  std::optional<long long> registration_id;
  FeedbackRatings ratings;
};

struct FeedbackReceipt {
  long long session_id = 0;
  int answers = 0;  // answers of the session so far
};

Result<FeedbackReceipt> give_feedback(soci::session& s, const accounts::Caller& caller, long long session_id,
                                      const FeedbackInput& in);
Result<FeedbackReceipt> give_feedback(kvalis::store::Database& db, const accounts::Caller& caller, long long session_id,
                                      const FeedbackInput& in);

struct FeedbackResults {
  std::optional<long long> module_id;
  std::optional<std::string> lecturer;
  FeedbackSummary summary;
};
// Exactly one of module_id and lecturer. A module: its organiser only (403 for others, 404 for no module).
// A lecturer: the answers of sessions whose organiser the caller is.
Result<FeedbackResults> feedback_results(kvalis::store::Database& db, const accounts::Caller& caller,
                                         std::optional<long long> module_id,
                                         const std::optional<std::string>& lecturer);

}  // namespace kvalis::people::app
