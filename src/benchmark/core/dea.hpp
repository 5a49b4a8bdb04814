#pragma once
// Data Envelopment Analysis (DEA): relative efficiency of services (decision-making units, DMUs) that turn
// inputs (costs, FTE, capacity) into outputs (clients, hours, bed-days, quality scores).
//
// Envelopment form, one LP per DMU o (X inputs, Y outputs, λ ≥ 0):
//   input-oriented:  min θ  s.t. Xλ ≤ θ·x_o, Yλ ≥ y_o          → efficiency = θ ∈ (0, 1]
//   output-oriented: max φ  s.t. Xλ ≤ x_o,   Yλ ≥ φ·y_o        → efficiency = 1/φ ∈ (0, 1], φ ≥ 1
//   CCR (constant returns to scale): as above; BCC (variable returns to scale): also Σλ = 1.
// A second phase fixes θ (or φ) and maximises the slacks, each divided by the mean of its variable so
// the result does not depend on units (CZK or thousands of CZK); peers and λ come from that phase.
//
// All LPs of a run share one Clp model (per thread): between DMUs only the column of θ/φ and the
// right-hand sides change, each solve starts from the previous basis, and λ columns enter by column
// generation, so Clp works on the few DMUs near the frontier however many there are (dea_envelopment.cpp).
#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kvalis::benchmark {

enum class ReturnsToScale { kConstant /* CCR */, kVariable /* BCC */ };
enum class Orientation { kInput, kOutput };

struct DeaOptions {
  ReturnsToScale returns_to_scale = ReturnsToScale::kConstant;
  Orientation orientation = Orientation::kInput;
  // The second phase. Without it, λ and slacks are those of some phase-one optimum (the slacks are not
  // maximal, so DmuEfficiency::efficient may then call a weakly efficient DMU efficient).
  bool compute_slacks = true;
  // Called with (DMUs done, DMU count) after every progress_every DMUs and once at the end.
  std::function<void(std::size_t done, std::size_t total)> progress;
  std::size_t progress_every = 500;
  // Worker threads, each with its own Clp model; 0 = std::thread::hardware_concurrency(). Scores and
  // slack totals do not depend on it; where a DMU has several equally good peer sets, which one is
  // reported may. The progress callback is always called on the caller's thread.
  unsigned threads = 1;
};

// Input data. inputs and outputs are row-major: value of input i for DMU d is inputs[d * input_count + i].
struct DeaData {
  std::vector<std::string> dmu_names;
  std::vector<std::string> input_names;
  std::vector<std::string> output_names;
  std::vector<double> inputs;
  std::vector<double> outputs;

  std::size_t dmu_count() const { return dmu_names.size(); }
  double input(std::size_t dmu, std::size_t i) const { return inputs[dmu * input_names.size() + i]; }
  double output(std::size_t dmu, std::size_t r) const { return outputs[dmu * output_names.size() + r]; }
};

enum class DeaIssueKind {
  kNoDmus,
  kNoInputs,
  kNoOutputs,
  kShapeMismatch,  // inputs/outputs size is not DMU count × variable count
  kEmptyName,      // a DMU, input or output without a name
  kDuplicateName,
  kNegativeInput,   // inputs must be ≥ 0
  kNegativeOutput,  // outputs must be ≥ 0
  // Zero values are fine (the standard CCR/BCC models accept them), but a DMU needs at least one positive
  // input (else the input-oriented score is 0 for nothing) and one positive output (else the
  // output-oriented score is unbounded).
  kNoPositiveInput,
  kNoPositiveOutput,
  kNotFinite,      // NaN or infinity
  kTooLarge,       // more DMUs or variables than the solver's int indices allow
  kSolverFailure,  // Clp could not build or solve the model (not caused by the data's form)
};

struct DeaIssue {
  DeaIssueKind kind = DeaIssueKind::kShapeMismatch;
  std::string field;               // "dmu", "input", "output" or a variable's name
  std::optional<std::size_t> dmu;  // 0-based DMU index where applicable
  std::string message;             // English sentence naming the DMU and variable
};

// Every problem found in the data (up to kMaxDeaIssues), not just the first.
struct DeaError {
  std::vector<DeaIssue> issues;
  std::string message() const;  // the issues' messages, one per line
};
inline constexpr std::size_t kMaxDeaIssues = 100;

enum class DmuStatus {
  kOptimal,
  kUnbounded,      // output orientation with all outputs of the DMU zero: φ is unbounded, no score
                   // (validate_dea_data refuses such data, so run_dea does not return it)
  kSolverFailure,  // the LP did not reach an optimum (numerical trouble); no score
};

// The reference set of the DMU's projection. An efficient DMU is its own projection (λ = 1 on itself);
// reports of peers leave the DMU itself out (peers_of below).
struct DeaPeer {
  std::size_t dmu = 0;  // index into DeaData::dmu_names
  double lambda = 0.0;  // > kPeerThreshold
};
inline constexpr double kPeerThreshold = 1e-9;

struct DmuEfficiency {
  DmuStatus status = DmuStatus::kOptimal;
  double efficiency = 0.0;            // θ (input orientation) or 1/φ (output orientation); 1 = on the frontier
  double lp_optimum = 0.0;            // θ or φ as the LP gives it
  std::vector<DeaPeer> peers;         // ascending by DMU index
  std::vector<double> input_slacks;   // in the input's own units, ≥ 0
  std::vector<double> output_slacks;  // in the output's own units, ≥ 0
  // Pareto–Koopmans efficient: score 1 and no slack (within 1e-6, relative to the variable's mean).
  bool efficient = false;
};

struct DeaResult {
  std::vector<DmuEfficiency> dmus;  // in the order of DeaData::dmu_names
  std::size_t lp_count = 0;         // LPs solved (phase one and phase two)
};

// The peers to report for DMU `dmu`: its reference set without the DMU itself (an efficient DMU is not
// its own peer, so its list is empty unless it is a combination of others).
std::vector<DeaPeer> peers_of(std::size_t dmu, const DmuEfficiency& efficiency);

// Checks names, shape and values; an empty vector means the data are fit for DEA.
std::vector<DeaIssue> validate_dea_data(const DeaData& data);

std::variant<DeaResult, DeaError> run_dea(const DeaData& data, const DeaOptions& options);

}  // namespace kvalis::benchmark
