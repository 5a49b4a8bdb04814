#pragma once
// A service's form in a data round: values saved or uploaded by the provider, submitted once they pass the
// validation, reopened by the region while the round is open, corrected by the region after lock. Every
// change recomputes the round's comparison in the same transaction. What each state allows is
// benchmark/core/form_state.hpp.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/app/access.hpp"
#include "benchmark/app/value_sources.hpp"
#include "benchmark/core/validation.hpp"
#include "platform/core/problems.hpp"
#include "platform/store/database.hpp"

namespace kvalis::benchmark::app {

// An indicator of the form's methodology for this service's kind, from the values entered so far.
struct IndicatorPreview {
  repo::IndicatorRow indicator;
  std::optional<double> value;
  std::string missing_reason;  // when there is no value
};

struct FormView {
  repo::RoundRow round;
  repo::RoundServiceRow service;
  repo::MethodologyContent content;
  FormValues values;
  repo::SubmissionRow submission;
  FormValidation validation;
  bool editable = false;     // the caller can change values now
  bool can_correct = false;  // the caller can correct values (round locked, caller manages the group)
  std::vector<IndicatorPreview> indicators;
  std::vector<repo::CorrectionRow> corrections;
  // Items without an entered value filled from another module (value_sources.hpp); also in `values`.
  std::vector<PrefilledValue> prefilled;
};

Result<FormView> get_form(store::Database& db, const accounts::Caller& caller, long long round_id,
                          long long service_id);

// Saves values (null: entered as empty) of the methodology's items; errors name values.<code>.
Result<FormView> save_values(store::Database& db, const accounts::Caller& caller, long long round_id,
                             long long service_id, const FormValues& values);

// Values as CSV text (item_code,value or code;value with a decimal comma) or an .xlsx file (first sheet,
// columns A and B); all or nothing. When rows are bad, row_errors holds them and the error counts them.
Result<FormView> upload_values(store::Database& db, const accounts::Caller& caller, long long round_id,
                               long long service_id, std::string_view file,
                               ProblemCollector<UploadRowError>& row_errors);

// Why a form could not be submitted: its blocking problems, with the methodology to name them.
struct SubmitRefusal {
  std::vector<Problem> problems;
  repo::MethodologyContent content;
};
Result<FormView> submit_form(store::Database& db, const accounts::Caller& caller, long long round_id,
                             long long service_id, std::optional<SubmitRefusal>& refusal);
Result<FormView> reopen_form(store::Database& db, const accounts::Caller& caller, long long round_id,
                             long long service_id);

struct CorrectionInput {
  std::string item_code;
  std::optional<double> value;
  std::string reason;
};
// A correction after lock, with its reason; who and when are recorded.
Result<FormView> correct_value(store::Database& db, const accounts::Caller& caller, long long round_id,
                               long long service_id, const CorrectionInput& in);

// ---- the same in a transaction the caller holds (the demo builds its region in one), at the time `now`
Result<FormView> get_form(soci::session& s, const accounts::Caller& caller, long long round_id, long long service_id);
Result<FormView> save_values(soci::session& s, const accounts::Caller& caller, long long round_id, long long service_id,
                             const FormValues& values, long long now);
Result<FormView> upload_values(soci::session& s, const accounts::Caller& caller, long long round_id,
                               long long service_id, std::string_view file,
                               ProblemCollector<UploadRowError>& row_errors, long long now);
Result<FormView> submit_form(soci::session& s, const accounts::Caller& caller, long long round_id, long long service_id,
                             std::optional<SubmitRefusal>& refusal, long long now);
Result<FormView> reopen_form(soci::session& s, const accounts::Caller& caller, long long round_id,
                             long long service_id);
Result<FormView> correct_value(soci::session& s, const accounts::Caller& caller, long long round_id,
                               long long service_id, const CorrectionInput& in, long long now);

}  // namespace kvalis::benchmark::app
