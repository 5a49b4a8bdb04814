#include "benchmark/app/forms.hpp"

#include <algorithm>
#include <cmath>

#include "benchmark/core/form_state.hpp"
#include "benchmark/core/formula.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/import/xlsx_reader.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::benchmark::app {
namespace {

bool indicator_applies(const repo::IndicatorRow& x, const std::string& kind_code) {
  return x.kinds.empty() || std::find(x.kinds.begin(), x.kinds.end(), kind_code) != x.kinds.end();
}

// The values of items with a value source (value_sources.hpp) that the provider has not entered.
std::vector<PrefilledValue> prefill(soci::session& s, const FormContext& f, const FormValues& values) {
  std::vector<PrefilledValue> out;
  for (const auto& item : f.content.items) {
    if (values.count(item.code) || !has_value_source(item.code)) continue;
    if (auto x = sourced_value(s, item.code, f.service.service_id, f.round.period_year))
      out.push_back({item.code, std::move(*x)});
  }
  return out;
}

FormView view_of(soci::session& s, const FormContext& f) {
  FormView v;
  v.round = f.round;
  v.service = f.service;
  v.content = f.content;
  v.values = repo::load_values(s, f.round.id, f.service.service_id);
  if (f.round.status == RoundStatus::open) {
    v.prefilled = prefill(s, f, v.values);
    for (const auto& p : v.prefilled) v.values[p.item_code] = p.value.value;
  }
  v.submission = repo::get_submission(s, f.round.id, f.service.service_id);
  v.validation = validate_form(repo::item_specs(f.content), repo::rule_specs(f.content), v.values);
  v.editable = form_editable(f.round.status, v.submission.status, f.rights);
  v.can_correct = form_correctable(f.round.status, f.rights);
  ItemValues finite;
  for (const auto& [code, x] : v.values)
    if (x && std::isfinite(*x)) finite[code] = *x;
  for (const auto& x : f.content.indicators) {
    if (!indicator_applies(x, f.service.kind_code)) continue;
    IndicatorPreview p{x, std::nullopt, ""};
    auto formula = parse_indicator(x.numerator, x.denominator, x.factor);
    if (auto* ok = std::get_if<IndicatorFormula>(&formula)) {
      const auto e = evaluate_indicator(*ok, finite);
      if (e.ok())
        p.value = e.value;
      else
        p.missing_reason = e.reason();
    } else {
      p.missing_reason = std::get<IndicatorFormulaError>(formula).error.message;
    }
    v.indicators.push_back(std::move(p));
  }
  v.corrections = repo::list_corrections(s, f.round.id, f.service.service_id);
  return v;
}

// The form when the action is allowed in its state (form_state), else why not.
Result<FormContext> form_for(soci::session& s, const accounts::Principal& p, long long round_id, long long service_id,
                             FormAction action) {
  store::benchmark_results_repo::hold_round(s, round_id);  // the round's status cannot change under this write
  auto f = visible_form(s, p, round_id, service_id);
  if (!f) return f.error();
  const auto submission = repo::get_submission(s, f->round.id, f->service.service_id).status;
  if (auto st = check_form_action(action, f->round.status, submission, f->rights); !st) return st.error();
  return f;
}

std::string values_detail(const FormValues& values) {
  std::string out;
  for (const auto& [code, v] : values) {
    if (out.size() > 900) {
      out += "…";
      break;
    }
    out += (out.empty() ? "" : ", ") + code + "=" + (v ? format_number(*v) : "null");
  }
  return out;
}

// After every change of a round's data: its comparison (and the data version the caches read).
void recompute(soci::session& s, long long round_id) {
  store::benchmark_results_repo::recompute_round(s, round_id);  // bumps the data version
}

bool has_item(const repo::MethodologyContent& c, const std::string& code) {
  return std::any_of(c.items.begin(), c.items.end(), [&](const auto& i) { return i.code == code; });
}

std::string round_detail(const FormContext& f) { return "round " + std::to_string(f.round.id); }

// Saves values into an open form, recomputes the round's comparison (unless the caller does that, for several
// saves at once: save_values below) and logs the change.
enum class Recompute { here, by_caller };
FormView store_values(soci::session& s, const accounts::Caller& caller, const FormContext& f, const FormValues& values,
                      const std::string& action, long long now, Recompute when = Recompute::here) {
  repo::save_values(s, f.round.id, f.service.service_id, values, caller.principal.user_id, now);
  if (when == Recompute::here) recompute(s, f.round.id);
  store::activity_log::append(s, caller.activity(action, "bm_submission", f.service.service_id, f.service.provider_id,
                                                 round_detail(f) + ": " + values_detail(values)));
  return view_of(s, f);
}

}  // namespace

Result<FormView> get_form(soci::session& s, const accounts::Caller& caller, long long round_id, long long service_id) {
  auto f = visible_form(s, caller.principal, round_id, service_id);
  if (!f) return f.error();
  return view_of(s, *f);
}

Result<FormView> get_form(store::Database& db, const accounts::Caller& caller, long long round_id,
                          long long service_id) {
  return db.read([&](soci::session& s) { return get_form(s, caller, round_id, service_id); });
}

namespace {
Result<FormView> save_values(soci::session& s, const accounts::Caller& caller, long long round_id, long long service_id,
                             const FormValues& values, long long now, Recompute when) {
  auto f = form_for(s, caller.principal, round_id, service_id, FormAction::save_values);
  if (!f) return f.error();
  for (const auto& [code, v] : values)
    if (!has_item(f->content, code)) return invalid("values." + code, "bm.values.unknown_item", {{"value", code}});
  return store_values(s, caller, *f, values, "benchmark.values.save", now, when);
}
}  // namespace

Result<FormView> save_values(soci::session& s, const accounts::Caller& caller, long long round_id, long long service_id,
                             const FormValues& values, long long now) {
  return save_values(s, caller, round_id, service_id, values, now, Recompute::here);
}

// Forms of one round saved at the same time (providers filling them before the deadline) are written in one
// transaction and the round recomputed once for them all (store::Database::write_grouped): the recomputation
// was two thirds of a save, and SQLite writes one transaction at a time. Each save still answers only once its
// values and the round's new comparison are committed.
Result<FormView> save_values(store::Database& db, const accounts::Caller& caller, long long round_id,
                             long long service_id, const FormValues& values) {
  return db.write_grouped(
      "benchmark round " + std::to_string(round_id),
      [&](soci::session& s) {
        return save_values(s, caller, round_id, service_id, values, store::now_epoch(), Recompute::by_caller);
      },
      [&](soci::session& s) { recompute(s, round_id); });
}

Result<FormView> upload_values(soci::session& s, const accounts::Caller& caller, long long round_id,
                               long long service_id, std::string_view file,
                               ProblemCollector<UploadRowError>& row_errors, long long now) {
  auto f = form_for(s, caller.principal, round_id, service_id, FormAction::save_values);
  if (!f) return f.error();
  std::vector<std::string> codes;
  for (const auto& i : f->content.items) codes.push_back(i.code);
  UploadedValues uploaded;
  if (importers::looks_like_zip(file)) {
    // Row by row: neither the rows nor more than the first problems are kept in memory.
    ValueRowReader reader(codes);
    const auto error = importers::for_each_row(file, [&](importers::XlsxRow&& r) { reader.add(r.number, r.cells); });
    if (!error.empty()) return invalid("", "bm.upload.xlsx_invalid", {{"detail", error}});
    uploaded = reader.finish();
  } else {
    uploaded = read_values_csv(file, codes);
  }
  if (!uploaded.errors.empty()) {
    row_errors = std::move(uploaded.errors);
    return invalid("", "bm.upload.rows", {{"count", std::to_string(row_errors.total())}});
  }
  if (uploaded.values.empty()) return invalid("", "bm.upload.empty");
  return store_values(s, caller, *f, uploaded.values, "benchmark.values.upload", now);
}

Result<FormView> upload_values(store::Database& db, const accounts::Caller& caller, long long round_id,
                               long long service_id, std::string_view file,
                               ProblemCollector<UploadRowError>& row_errors) {
  return db.write([&](soci::session& s) {
    return upload_values(s, caller, round_id, service_id, file, row_errors, store::now_epoch());
  });
}

Result<FormView> submit_form(soci::session& s, const accounts::Caller& caller, long long round_id, long long service_id,
                             std::optional<SubmitRefusal>& refusal, long long now) {
  auto f = form_for(s, caller.principal, round_id, service_id, FormAction::submit);
  if (!f) return f.error();
  auto values = repo::load_values(s, f->round.id, f->service.service_id);
  // Submitting accepts the prefilled values the form showed: they are saved with the form.
  if (const auto prefilled = prefill(s, *f, values); !prefilled.empty()) {
    FormValues add;
    for (const auto& p : prefilled) add[p.item_code] = values[p.item_code] = p.value.value;
    repo::save_values(s, f->round.id, f->service.service_id, add, caller.principal.user_id, now);
  }
  auto v = validate_form(repo::item_specs(f->content), repo::rule_specs(f->content), values);
  if (!v.submittable()) {
    const std::string count = std::to_string(v.errors());  // before the problems are moved out
    refusal = SubmitRefusal{std::move(v.problems), f->content};
    return invalid("", "bm.submit.problems", {{"count", count}});
  }
  repo::set_submission_status(s, f->round.id, f->service.service_id, SubmissionStatus::submitted, now,
                              caller.principal.user_id);
  recompute(s, f->round.id);
  store::activity_log::append(s, caller.activity("benchmark.submission.submit", "bm_submission", f->service.service_id,
                                                 f->service.provider_id, round_detail(*f)));
  return view_of(s, *f);
}

Result<FormView> submit_form(store::Database& db, const accounts::Caller& caller, long long round_id,
                             long long service_id, std::optional<SubmitRefusal>& refusal) {
  return db.write(
      [&](soci::session& s) { return submit_form(s, caller, round_id, service_id, refusal, store::now_epoch()); });
}

Result<FormView> reopen_form(soci::session& s, const accounts::Caller& caller, long long round_id,
                             long long service_id) {
  auto f = form_for(s, caller.principal, round_id, service_id, FormAction::reopen);
  if (!f) return f.error();
  repo::set_submission_status(s, f->round.id, f->service.service_id, SubmissionStatus::reopened, 0, 0);
  recompute(s, f->round.id);
  store::activity_log::append(s, caller.activity("benchmark.submission.reopen", "bm_submission", f->service.service_id,
                                                 f->service.provider_id, round_detail(*f)));
  return view_of(s, *f);
}

Result<FormView> reopen_form(store::Database& db, const accounts::Caller& caller, long long round_id,
                             long long service_id) {
  return db.write([&](soci::session& s) { return reopen_form(s, caller, round_id, service_id); });
}

Result<FormView> correct_value(soci::session& s, const accounts::Caller& caller, long long round_id,
                               long long service_id, const CorrectionInput& in, long long now) {
  auto f = form_for(s, caller.principal, round_id, service_id, FormAction::correct);
  if (!f) return f.error();
  if (!has_item(f->content, in.item_code))
    return invalid("item_code", "bm.values.unknown_item", {{"value", in.item_code}});
  const auto values = repo::load_values(s, f->round.id, f->service.service_id);
  repo::CorrectionRow c;
  c.round_id = f->round.id;
  c.service_id = f->service.service_id;
  c.item_code = in.item_code;
  if (auto it = values.find(in.item_code); it != values.end()) c.old_value = it->second;
  c.new_value = in.value;
  c.at = now;
  c.user_id = caller.principal.user_id;
  c.reason = in.reason;
  c.id = repo::insert_correction(s, c);
  repo::save_values(s, c.round_id, c.service_id, {{c.item_code, c.new_value}}, c.user_id, c.at);
  recompute(s, f->round.id);
  store::activity_log::append(
      s, caller.activity("benchmark.correction", "bm_submission", c.service_id, f->service.provider_id,
                         "round " + std::to_string(c.round_id) + ": " + c.item_code + " " +
                             (c.old_value ? format_number(*c.old_value) : "null") + " → " +
                             (c.new_value ? format_number(*c.new_value) : "null") + "; " + c.reason));
  return view_of(s, *f);
}

Result<FormView> correct_value(store::Database& db, const accounts::Caller& caller, long long round_id,
                               long long service_id, const CorrectionInput& in) {
  return db.write(
      [&](soci::session& s) { return correct_value(s, caller, round_id, service_id, in, store::now_epoch()); });
}

}  // namespace kvalis::benchmark::app
