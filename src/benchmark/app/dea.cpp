#include "benchmark/app/dea.hpp"

#include <algorithm>
#include <exception>
#include <set>
#include <variant>

#include "benchmark/core/dea_round.hpp"
#include "benchmark/core/disclosure.hpp"
#include "benchmark/core/formula.hpp"
#include "platform/store/activity_log.hpp"

namespace kvalis::benchmark::app {
namespace {

namespace results = store::benchmark_results_repo;

const Error kNotFound{ErrorCode::not_found, {}, "not_found", {}};
const Error kForbidden{ErrorCode::forbidden, {}, "auth.forbidden", {}};
constexpr std::size_t kMaxVariables = 20;

// The round, when the caller runs its region (region staff or the platform administrator).
Result<results::RoundInfo> round_of_region(soci::session& s, const accounts::Caller& caller, long long round_id) {
  auto round = results::get_round(s, round_id);
  if (!round) return kNotFound;
  const auto viewer = viewer_for(caller.principal, round->region_org_id, results::group_members(s, round->group_id));
  if (!viewer) return kNotFound;
  if (viewer->audience != Audience::region) return kForbidden;  // region staff run DEA
  return *round;
}

Status check_input(const DeaRunInput& in, const std::set<std::string>& known) {
  if (in.model != "ccr" && in.model != "bcc")
    return invalid("model", "field.invalid_value", {{"value", in.model + " (ccr, bcc)"}});
  if (in.orientation != "input" && in.orientation != "output")
    return invalid("orientation", "field.invalid_value", {{"value", in.orientation + " (input, output)"}});
  std::set<std::string> seen;
  for (const auto* list : {&in.inputs, &in.outputs}) {
    const std::string name = list == &in.inputs ? "inputs" : "outputs";
    if (list->empty()) return invalid(name, "field.required");
    if (list->size() > kMaxVariables) return invalid(name, "field.too_long", {{"max", std::to_string(kMaxVariables)}});
    for (std::size_t i = 0; i < list->size(); ++i) {
      const auto& code = (*list)[i];
      const std::string field = name + "[" + std::to_string(i) + "]";
      if (!known.count(code)) return invalid(field, "field.unknown_code", {{"value", code}});
      if (!seen.insert(code).second) return invalid(field, "field.invalid_value", {{"value", code}});
    }
  }
  return ok_status();
}

// Loads what the computation needs: the round (checked), the formulas of its indicators, its values.
Result<std::pair<results::RoundInfo, RoundDeaInput>> load(soci::session& s, const accounts::Caller& caller,
                                                          const DeaRunInput& in) {
  auto round = round_of_region(s, caller, in.round_id);
  if (!round) return round.error();
  if (auto st = check_input(in, results::dea_variable_codes(s, round->methodology_id)); !st) return st.error();
  RoundDeaInput input;
  input.returns_to_scale = in.model == "bcc" ? ReturnsToScale::kVariable : ReturnsToScale::kConstant;
  input.orientation = in.orientation == "output" ? Orientation::kOutput : Orientation::kInput;
  input.inputs = in.inputs;
  input.outputs = in.outputs;
  for (const auto& ind : results::indicators_of_methodology(s, round->methodology_id)) {
    auto parsed = parse_indicator(ind.numerator, ind.denominator, ind.factor);
    if (auto* f = std::get_if<IndicatorFormula>(&parsed)) input.formulas.emplace(ind.code, std::move(*f));
  }
  auto values = results::round_values(s, in.round_id, round->methodology_id);
  input.items = std::move(values.items);
  input.rejected = std::move(values.rejected);
  return std::pair{*round, std::move(input)};
}

long long now_or(const std::optional<long long>& at) { return at ? *at : store::now_epoch(); }

}  // namespace

Result<DeaRunOutcome> run_dea(store::Database& db, const accounts::Caller& caller, const DeaRunInput& in,
                              const DeaRunOptions& options) {
  auto loaded = db.read([&](soci::session& s) { return load(s, caller, in); });
  if (!loaded) return loaded.error();
  auto& [round, input] = *loaded;
  input.progress = options.progress;
  input.progress_every = options.progress_every;
  const RoundDeaOutcome computed = compute_round_dea(input);
  if (computed.nothing_to_compare) return invalid("inputs", "bm.dea.nothing_to_compare");
  if (!computed.error.empty()) return invalid("inputs", "bm.dea.invalid_data", {{"detail", computed.error}});

  DeaRunOutcome out;
  out.run.round_id = in.round_id;
  out.run.model = in.model;
  out.run.orientation = in.orientation;
  out.run.inputs = in.inputs;
  out.run.outputs = in.outputs;
  if (caller.principal.user_id > 0) out.run.created_by = caller.principal.user_id;
  out.rows = computed.rows;
  if (!options.store) return out;
  const long long region_org_id = round.region_org_id;
  return db.write([&](soci::session& s) -> Result<DeaRunOutcome> {
    if (!results::get_round(s, in.round_id)) return kNotFound;  // deleted meanwhile
    if (options.replace_same)
      for (const auto& run : results::dea_runs_of_round(s, in.round_id))
        if (run.model == in.model && run.orientation == in.orientation && run.inputs == in.inputs &&
            run.outputs == in.outputs)
          out.run.id = run.id;
    results::store_dea_run(s, out.run, out.rows, now_or(options.at));
    store::activity_log::append(
        s, caller.activity("benchmark.dea_run", "dea_run", out.run.id, region_org_id,
                           in.model + "/" + in.orientation + ", round " + std::to_string(in.round_id)));
    return out;
  });
}

// ---- jobs -------------------------------------------------------------------------------------------

namespace {

// Runs a recorded job to its end; its state, progress and outcome go to the database, so any process
// answers GET of the job. Errors are stored as message keys (translated when read).
void execute_job(store::Database& db, const accounts::Caller& caller, const DeaRunInput& in, long long job_id,
                 long long total) {
  auto record = [&](auto&& f) {
    try {
      db.write([&](soci::session& s) { f(s); });
    } catch (const std::exception&) {
      // the database is unreachable: the job's row keeps its last state
    }
  };
  record([&](soci::session& s) { results::update_dea_job(s, job_id, "running", 0, total, store::now_epoch()); });
  DeaRunOptions options;
  // About twenty steps of progress, whatever the size.
  options.progress_every = std::max<std::size_t>(1, static_cast<std::size_t>(total) / 20);
  options.progress = [&](std::size_t done, std::size_t n) {
    record([&](soci::session& s) {
      results::update_dea_job(s, job_id, "running", static_cast<long long>(done), static_cast<long long>(n),
                              store::now_epoch());
    });
  };
  try {
    auto outcome = run_dea(db, caller, in, options);
    if (outcome) {
      record([&](soci::session& s) { results::finish_dea_job(s, job_id, outcome->run.id, store::now_epoch()); });
    } else {
      // Only keys that need no parameters are stored; the rest are told as a failure.
      const auto& e = outcome.error();
      const std::string key = e.params.empty() ? e.message_key : "bm.dea.failed";
      record([&](soci::session& s) { results::fail_dea_job(s, job_id, key, store::now_epoch()); });
    }
  } catch (const std::exception&) {
    record([&](soci::session& s) { results::fail_dea_job(s, job_id, "bm.dea.failed", store::now_epoch()); });
  }
}

}  // namespace

Result<results::DeaJob> start_dea_job(store::Database& db, const accounts::Caller& caller, const DeaRunInput& in,
                                      const DeaJobRunner& runner) {
  auto job = db.write([&](soci::session& s) -> Result<results::DeaJob> {
    auto round = round_of_region(s, caller, in.round_id);
    if (!round) return round.error();
    if (auto st = check_input(in, results::dea_variable_codes(s, round->methodology_id)); !st) return st.error();
    results::DeaJob j;
    j.round_id = in.round_id;
    j.model = in.model;
    j.orientation = in.orientation;
    j.inputs = in.inputs;
    j.outputs = in.outputs;
    j.state = "queued";
    j.total = results::services_with_values(s, in.round_id);
    if (caller.principal.user_id > 0) j.created_by = caller.principal.user_id;
    j.id = results::insert_dea_job(s, j, store::now_epoch());
    return j;
  });
  if (!job) return job.error();
  const long long id = job->id, total = job->total;
  if (!runner.worker || total <= runner.inline_max) {
    execute_job(db, caller, in, id, total);
  } else {
    runner.worker->post(
        {[&db, caller, in, id, total] { execute_job(db, caller, in, id, total); },
         [&db, id] {
           db.write([&](soci::session& s) { results::fail_dea_job(s, id, "bm.dea.stopped", store::now_epoch()); });
         }});
  }
  return db.read([&](soci::session& s) -> Result<results::DeaJob> {
    auto j = results::get_dea_job(s, id);
    if (!j) return kNotFound;
    return *j;
  });
}

Result<results::DeaJob> get_dea_job(store::Database& db, const accounts::Caller& caller, long long job_id) {
  return db.read([&](soci::session& s) -> Result<results::DeaJob> {
    auto job = results::get_dea_job(s, job_id);
    if (!job) return kNotFound;
    auto round = results::get_round(s, job->round_id);
    if (!round || !viewer_for(caller.principal, round->region_org_id, results::group_members(s, round->group_id)))
      return kNotFound;
    return *job;
  });
}

}  // namespace kvalis::benchmark::app
