#pragma once
// DEA over the services of a benchmarking round: each input and output is a data item or an indicator of
// the round's methodology, evaluated per service. Services lacking a usable value take no part and get a
// status saying why; the others are compared by run_dea (dea.hpp). Pure: the use case (benchmark/app/dea)
// loads the values and stores the rows.
//
// Statuses of a service's row (stored in bm_dea_results.status):
//   ok                          scored
//   unbounded, solver_failure   no score (see DmuStatus)
//   missing: <code>             the value of an item or indicator is missing (or cannot be computed)
//   implausible: <code>         the item's value was set aside by the round's plausibility rules
//   invalid: <code>             the value is negative or not a finite number
//   no_positive_input: <codes>  every input is 0 (the input codes, comma separated)
//   no_positive_output: <codes> every output is 0
#include <cstddef>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "benchmark/core/dea.hpp"
#include "benchmark/core/formula.hpp"

namespace kvalis::benchmark {

struct RoundDeaInput {
  ReturnsToScale returns_to_scale = ReturnsToScale::kConstant;
  Orientation orientation = Orientation::kInput;
  std::vector<std::string> inputs;  // item or indicator codes
  std::vector<std::string> outputs;
  std::map<std::string, IndicatorFormula> formulas;  // indicator code → formula; other codes are items
  std::map<long long, ItemValues> items;             // service id → its plausible item values
  // service id → item code → why its value was set aside ("implausible: occupancy_max")
  std::map<long long, std::map<std::string, std::string>> rejected;
  std::function<void(std::size_t done, std::size_t total)> progress;  // see DeaOptions::progress
  std::size_t progress_every = 500;
};

struct ServiceDeaRow {
  long long service_id = 0;
  std::optional<double> efficiency;
  std::string status;
  std::vector<std::pair<long long, double>> peers;     // other services (never the service itself), λ
  std::vector<std::pair<std::string, double>> slacks;  // variable code, slack in its units
};

struct RoundDeaOutcome {
  std::vector<ServiceDeaRow> rows;  // in ascending service id
  std::string error;                // non-empty: nothing could be solved
  bool nothing_to_compare = false;  // the error is that no service has usable values of every variable
  std::size_t compared = 0;         // services that took part in the LPs
};

// The statuses without a score that name variables: "no_positive_input: a, b" → ("no_positive_input", "a, b").
std::pair<std::string, std::string> split_dea_status(const std::string& status);

RoundDeaOutcome compute_round_dea(const RoundDeaInput& input);

}  // namespace kvalis::benchmark
