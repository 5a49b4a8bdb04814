#include "people/app/feedback_app.hpp"

#include "people/core/training_access.hpp"
#include "people/store/training_repo.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::people::app {

Result<FeedbackReceipt> give_feedback(soci::session& s, const accounts::Caller& caller, long long session_id,
                                      const FeedbackInput& in) {
  auto session = store::get_session(s, session_id);
  if (!session) return not_found("people.training.session_not_found");
  if (auto st = check_feedback(in.ratings); !st) return st.error();
  std::optional<store::RegistrationRow> reg;
  for (auto& r : store::registrations_of(s, session_id)) {
    if (in.registration_id
            ? r.id == *in.registration_id
            : (r.worker_user_id && *r.worker_user_id == caller.principal.user_id && caller.principal.user_id > 0))
      reg = std::move(r);
  }
  if (!reg || !may_give_feedback(caller.principal, reg->organisation_id, reg->worker_user_id))
    return invalid("registration_id", "people.training.feedback_no_registration");
  if (reg->state != "attended") return invalid("registration_id", "people.training.feedback_not_attended");
  if (reg->feedback_given) return Error{ErrorCode::conflict, "registration_id", "people.training.feedback_given", {}};
  store::mark_feedback_given(s, reg->id);
  store::FeedbackRow row{
      session_id,        in.ratings.content, in.ratings.lecturer, in.ratings.usefulness, in.ratings.organisation,
      in.ratings.comment};
  store::insert_feedback(s, row, kvalis::store::now_epoch());
  // The log names the session and goes to the employer's organisation, not the organiser's: the organiser, who
  // reads the answers, cannot match them to the person through its activity log.
  kvalis::store::activity_log::append(
      s, caller.activity("people.training.feedback", "pe_sessions", session_id, reg->organisation_id));
  int answers = 0;
  for (const auto& f : store::feedback_of(s, session->module_id, std::nullopt))
    if (f.feedback.session_id == session_id) ++answers;
  return FeedbackReceipt{session_id, answers};
}

Result<FeedbackReceipt> give_feedback(kvalis::store::Database& db, const accounts::Caller& caller, long long session_id,
                                      const FeedbackInput& in) {
  return db.write([&](soci::session& s) { return give_feedback(s, caller, session_id, in); });
}

Result<FeedbackResults> feedback_results(kvalis::store::Database& db, const accounts::Caller& caller,
                                         std::optional<long long> module_id,
                                         const std::optional<std::string>& lecturer) {
  if (module_id.has_value() == lecturer.has_value()) return invalid("module_id", "people.training.feedback_filter");
  return db.read([&](soci::session& s) -> Result<FeedbackResults> {
    if (module_id) {
      auto module = store::get_module(s, *module_id);
      if (!module) return not_found("people.training.module_not_found");
      if (!organises_training(caller.principal, module->organiser_org_id))
        return Error{ErrorCode::forbidden, {}, "auth.forbidden", {}};
    }
    std::vector<FeedbackRatings> answers;
    for (const auto& f : store::feedback_of(s, module_id, lecturer))
      if (organises_training(caller.principal, f.organiser_org_id))
        answers.push_back({f.feedback.content, f.feedback.lecturer, f.feedback.usefulness, f.feedback.organisation,
                           f.feedback.comment});
    return FeedbackResults{module_id, lecturer, summarise_feedback(answers)};
  });
}

}  // namespace kvalis::people::app
