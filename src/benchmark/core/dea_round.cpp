#include "benchmark/core/dea_round.hpp"

#include <algorithm>
#include <cmath>
#include <variant>

namespace kvalis::benchmark {
namespace {

struct Value {
  double value = 0.0;
  std::string problem;  // empty: usable
};

// An item's value, or an indicator evaluated on the service's items. A missing item that the
// plausibility rules set aside is reported as implausible, not as missing.
Value value_of(const RoundDeaInput& in, const std::string& code, const ItemValues& items,
               const std::map<std::string, std::string>* rejected) {
  if (auto f = in.formulas.find(code); f != in.formulas.end()) {
    const auto e = evaluate_indicator(f->second, items);
    if (e.ok()) return {e.value, {}};
    if (e.status == EvaluationStatus::kMissingItem && rejected)
      for (const auto& item : e.missing_items)
        if (auto it = rejected->find(item); it != rejected->end()) return {0.0, it->second};
    return {0.0, "missing: " + code};
  }
  if (auto it = items.find(code); it != items.end()) return {it->second, {}};
  return {0.0, (rejected && rejected->count(code) ? "implausible: " : "missing: ") + code};
}

std::string joined(const std::vector<std::string>& codes) {
  std::string out;
  for (const auto& c : codes) out += (out.empty() ? "" : ", ") + c;
  return out;
}

std::string status_of(DmuStatus status) {
  switch (status) {
    case DmuStatus::kOptimal:
      return "ok";
    case DmuStatus::kUnbounded:
      return "unbounded";
    case DmuStatus::kSolverFailure:
      return "solver_failure";
  }
  return "solver_failure";
}

}  // namespace

std::pair<std::string, std::string> split_dea_status(const std::string& status) {
  const auto colon = status.find(": ");
  if (colon == std::string::npos) return {status, {}};
  return {status.substr(0, colon), status.substr(colon + 2)};
}

RoundDeaOutcome compute_round_dea(const RoundDeaInput& in) {
  RoundDeaOutcome out;
  const std::size_t m = in.inputs.size();
  std::vector<std::string> variables = in.inputs;
  variables.insert(variables.end(), in.outputs.begin(), in.outputs.end());

  DeaData data;
  data.input_names = in.inputs;
  data.output_names = in.outputs;
  std::vector<long long> dmu_service;
  for (const auto& [service, items] : in.items) {
    const auto rej = in.rejected.find(service);
    const auto* rejected = rej == in.rejected.end() ? nullptr : &rej->second;
    std::vector<double> row;
    std::string problem;
    bool positive_input = false, positive_output = false;
    for (std::size_t k = 0; k < variables.size() && problem.empty(); ++k) {
      const Value v = value_of(in, variables[k], items, rejected);
      problem = v.problem;
      if (problem.empty() && (!std::isfinite(v.value) || v.value < 0.0)) problem = "invalid: " + variables[k];
      (k < m ? positive_input : positive_output) |= v.value > 0.0;
      row.push_back(v.value);
    }
    // Zero values are valid data; a service needs one positive input and one positive output.
    if (problem.empty() && !positive_input) problem = "no_positive_input: " + joined(in.inputs);
    if (problem.empty() && !positive_output) problem = "no_positive_output: " + joined(in.outputs);
    if (!problem.empty()) {
      out.rows.push_back(ServiceDeaRow{service, std::nullopt, problem, {}, {}});
      continue;
    }
    data.dmu_names.push_back(std::to_string(service));
    dmu_service.push_back(service);
    data.inputs.insert(data.inputs.end(), row.begin(), row.begin() + static_cast<long>(m));
    data.outputs.insert(data.outputs.end(), row.begin() + static_cast<long>(m), row.end());
  }
  if (data.dmu_names.empty()) {
    out.error = "no service has usable values of every input and output";
    out.nothing_to_compare = true;
    return out;
  }
  DeaOptions options;
  options.returns_to_scale = in.returns_to_scale;
  options.orientation = in.orientation;
  options.progress = in.progress;
  options.progress_every = in.progress_every;
  auto outcome = run_dea(data, options);
  if (auto* err = std::get_if<DeaError>(&outcome)) {
    out.error = err->message();
    return out;
  }
  const auto& result = std::get<DeaResult>(outcome);
  out.compared = result.dmus.size();
  for (std::size_t d = 0; d < result.dmus.size(); ++d) {
    const auto& e = result.dmus[d];
    ServiceDeaRow row;
    row.service_id = dmu_service[d];
    row.status = status_of(e.status);
    if (e.status == DmuStatus::kOptimal) row.efficiency = e.efficiency;
    for (const auto& p : peers_of(d, e)) row.peers.emplace_back(dmu_service[p.dmu], p.lambda);
    for (std::size_t i = 0; i < e.input_slacks.size(); ++i) row.slacks.emplace_back(in.inputs[i], e.input_slacks[i]);
    for (std::size_t r = 0; r < e.output_slacks.size(); ++r) row.slacks.emplace_back(in.outputs[r], e.output_slacks[r]);
    out.rows.push_back(std::move(row));
  }
  std::sort(out.rows.begin(), out.rows.end(),
            [](const ServiceDeaRow& a, const ServiceDeaRow& b) { return a.service_id < b.service_id; });
  return out;
}

}  // namespace kvalis::benchmark
