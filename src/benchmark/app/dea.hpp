#pragma once
// Use case "run DEA over a round" (namespace kvalis::benchmark::app): the one function the HTTP handler,
// `kvalis dea --round` and the demo call. It checks that the caller runs the round's region (region staff
// or the platform administrator) and the request, loads the round's values (store), computes
// (core/dea_round), stores the run with its activity-log entry. The computation runs between the read and
// the write transaction, not inside one: a large round would otherwise hold SQLite's only writer for its
// whole length; the write checks the round still exists.
//
// Over HTTP a run is a job (bm_dea_jobs): start_dea_job records it and either runs it at once (a round of
// at most DeaJobRunner::inline_max services) or posts it to the server's worker thread; any process
// sharing the database answers get_dea_job.
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "accounts/core/caller.hpp"
#include "benchmark/store/benchmark_results_repo.hpp"
#include "platform/core/result.hpp"
#include "platform/core/worker.hpp"
#include "platform/store/database.hpp"

namespace kvalis::benchmark::app {

struct DeaRunInput {
  long long round_id = 0;
  std::string model;                // ccr | bcc
  std::string orientation;          // input | output
  std::vector<std::string> inputs;  // item or indicator codes of the round's methodology
  std::vector<std::string> outputs;
};

struct DeaRunOptions {
  bool store = true;  // false: compute only (kvalis dea --round without --store)
  std::function<void(std::size_t done, std::size_t total)> progress;
  std::size_t progress_every = 500;  // services between progress calls
  std::optional<long long> at;       // when the run is recorded (default now; the demo dates its run)
  // Replace the round's run with the same model, orientation and variables instead of adding one (the
  // demo refreshes its run in place when built again).
  bool replace_same = false;
};

struct DeaRunOutcome {
  store::benchmark_results_repo::DeaRun run;                      // run.id 0 when not stored
  std::vector<store::benchmark_results_repo::DeaResultRow> rows;  // ascending service id
};

// Errors: not_found (no such round, or the caller does not see it), forbidden (not the round's region),
// invalid_input naming the field (model, orientation, inputs[i], outputs[i]; inputs when no service has
// usable values of every variable).
Result<DeaRunOutcome> run_dea(store::Database& db, const accounts::Caller& caller, const DeaRunInput& in,
                              const DeaRunOptions& options = {});

// ---- jobs -----------------------------------------------------------------------------------------

struct DeaJobRunner {
  Worker* worker = nullptr;    // where a large round runs; nullptr: always at once
  long long inline_max = 200;  // services up to which the job runs within the call
};

// Checks like run_dea, records the job and runs it (at once or on the worker); the job as it stands.
Result<store::benchmark_results_repo::DeaJob> start_dea_job(store::Database& db, const accounts::Caller& caller,
                                                            const DeaRunInput& in, const DeaJobRunner& runner);
// A job of a round the caller sees (not_found otherwise).
Result<store::benchmark_results_repo::DeaJob> get_dea_job(store::Database& db, const accounts::Caller& caller,
                                                          long long job_id);

}  // namespace kvalis::benchmark::app
