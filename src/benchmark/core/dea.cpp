#include "benchmark/core/dea.hpp"

#include <algorithm>
#include <atomic>
#include <climits>
#include <cmath>
#include <condition_variable>
#include <cstdio>
#include <exception>
#include <mutex>
#include <set>
#include <thread>

#include "benchmark/core/dea_envelopment.hpp"

namespace kvalis::benchmark {
namespace {

using detail::EnvelopmentModel;
using detail::ScaledData;

std::string quoted(const std::string& name) { return "'" + name + "'"; }

std::string number_text(double value) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%.10g", value);
  return buffer;
}

void add_issue(std::vector<DeaIssue>& issues, DeaIssueKind kind, std::string field, std::optional<std::size_t> dmu,
               std::string message) {
  if (issues.size() < kMaxDeaIssues) issues.push_back(DeaIssue{kind, std::move(field), dmu, std::move(message)});
}

void check_names(const std::vector<std::string>& names, const std::string& what, std::vector<DeaIssue>& issues) {
  std::set<std::string, std::less<>> seen;
  for (std::size_t k = 0; k < names.size(); ++k) {
    if (names[k].empty()) {
      add_issue(issues, DeaIssueKind::kEmptyName, what, what == "dmu" ? std::optional(k) : std::nullopt,
                "The " + what + " name number " + std::to_string(k + 1) + " is empty.");
    } else if (!seen.insert(names[k]).second) {
      add_issue(issues, DeaIssueKind::kDuplicateName, what, what == "dmu" ? std::optional(k) : std::nullopt,
                "The " + what + " name " + quoted(names[k]) + " is used more than once.");
    }
  }
}

// 'cost', 'fte'
std::string names_list(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + quoted(name);
  return out;
}

}  // namespace

std::vector<DeaPeer> peers_of(std::size_t dmu, const DmuEfficiency& efficiency) {
  std::vector<DeaPeer> out;
  for (const auto& peer : efficiency.peers)
    if (peer.dmu != dmu) out.push_back(peer);
  return out;
}

std::string DeaError::message() const {
  std::string out;
  for (const auto& issue : issues) {
    if (!out.empty()) out += '\n';
    out += issue.message;
  }
  return out;
}

std::vector<DeaIssue> validate_dea_data(const DeaData& data) {
  std::vector<DeaIssue> issues;
  const std::size_t n = data.dmu_count(), m = data.input_names.size(), s = data.output_names.size();
  if (n == 0) add_issue(issues, DeaIssueKind::kNoDmus, "dmu", std::nullopt, "There are no DMUs to compare.");
  if (m == 0) add_issue(issues, DeaIssueKind::kNoInputs, "input", std::nullopt, "At least one input is needed.");
  if (s == 0) add_issue(issues, DeaIssueKind::kNoOutputs, "output", std::nullopt, "At least one output is needed.");
  if (n + 1 > static_cast<std::size_t>(INT_MAX) / std::max<std::size_t>(1, m + s + 1))
    add_issue(issues, DeaIssueKind::kTooLarge, "dmu", std::nullopt, "There are too many DMUs for one model.");
  if (data.inputs.size() != n * m || data.outputs.size() != n * s) {
    add_issue(issues, DeaIssueKind::kShapeMismatch, "data", std::nullopt,
              "The input and output tables must have one value per DMU and variable (" + std::to_string(n) +
                  " DMUs × " + std::to_string(m) + " inputs and × " + std::to_string(s) + " outputs).");
    return issues;
  }
  check_names(data.dmu_names, "dmu", issues);
  check_names(data.input_names, "input", issues);
  check_names(data.output_names, "output", issues);
  for (std::size_t j = 0; j < n; ++j) {
    const std::string dmu = "DMU " + quoted(data.dmu_names[j]);
    bool all_read = true, positive_input = false, positive_output = false;
    for (std::size_t i = 0; i < m; ++i) {
      const double v = data.input(j, i);
      if (!std::isfinite(v)) {
        all_read = false;
        add_issue(issues, DeaIssueKind::kNotFinite, data.input_names[i], j,
                  dmu + ": input " + quoted(data.input_names[i]) + " is not a finite number.");
      } else if (v < 0.0) {
        all_read = false;
        add_issue(
            issues, DeaIssueKind::kNegativeInput, data.input_names[i], j,
            dmu + ": input " + quoted(data.input_names[i]) + " must not be negative (is " + number_text(v) + ").");
      }
      positive_input = positive_input || v > 0.0;
    }
    for (std::size_t r = 0; r < s; ++r) {
      const double v = data.output(j, r);
      if (!std::isfinite(v)) {
        all_read = false;
        add_issue(issues, DeaIssueKind::kNotFinite, data.output_names[r], j,
                  dmu + ": output " + quoted(data.output_names[r]) + " is not a finite number.");
      } else if (v < 0.0) {
        all_read = false;
        add_issue(
            issues, DeaIssueKind::kNegativeOutput, data.output_names[r], j,
            dmu + ": output " + quoted(data.output_names[r]) + " must not be negative (is " + number_text(v) + ").");
      }
      positive_output = positive_output || v > 0.0;
    }
    // Only where every value could be read: otherwise the bad value is the message.
    if (all_read && m > 0 && !positive_input)
      add_issue(
          issues, DeaIssueKind::kNoPositiveInput, "input", j,
          dmu + " has no positive input: " + names_list(data.input_names) + " " + (m == 1 ? "is" : "are all") + " 0.");
    if (all_read && s > 0 && !positive_output)
      add_issue(issues, DeaIssueKind::kNoPositiveOutput, "output", j,
                dmu + " has no positive output: " + names_list(data.output_names) + " " + (s == 1 ? "is" : "are all") +
                    " 0.");
  }
  return issues;
}

std::variant<DeaResult, DeaError> run_dea(const DeaData& data, const DeaOptions& options) {
  if (auto issues = validate_dea_data(data); !issues.empty()) return DeaError{std::move(issues)};
  const ScaledData scaled = detail::scale(data);
  const std::size_t n = scaled.n;
  const std::size_t every = std::max<std::size_t>(1, options.progress_every);
  DeaResult result;
  result.dmus.resize(n);

  unsigned threads = options.threads == 0 ? std::thread::hardware_concurrency() : options.threads;
  // Below a few hundred DMUs a thread costs more than it saves.
  threads = static_cast<unsigned>(std::clamp<std::size_t>(threads, 1, std::max<std::size_t>(1, n / 256)));
  if (threads == 1) {
    EnvelopmentModel model(scaled, options);
    for (std::size_t o = 0; o < n; ++o) {
      result.dmus[o] = model.solve(o);
      if (options.progress && ((o + 1) % every == 0 || o + 1 == n)) options.progress(o + 1, n);
    }
    result.lp_count = model.lp_count();
    return result;
  }

  // Workers take blocks of DMUs from a shared counter; the caller's thread only reports progress.
  constexpr std::size_t kBlock = 64;
  std::atomic<std::size_t> next{0};
  std::atomic<std::size_t> lp_count{0};
  std::mutex mutex;
  std::condition_variable changed;
  std::size_t done = 0;
  unsigned finished = 0;
  std::exception_ptr failure;
  auto work = [&] {
    try {
      EnvelopmentModel model(scaled, options);
      for (std::size_t begin = next.fetch_add(kBlock); begin < n; begin = next.fetch_add(kBlock)) {
        const std::size_t end = std::min(n, begin + kBlock);
        for (std::size_t o = begin; o < end; ++o) result.dmus[o] = model.solve(o);
        std::lock_guard lock(mutex);
        done += end - begin;
        changed.notify_one();
      }
      lp_count += model.lp_count();
    } catch (...) {
      std::lock_guard lock(mutex);
      if (!failure) failure = std::current_exception();
      next = n;
    }
    std::lock_guard lock(mutex);
    ++finished;
    changed.notify_one();
  };
  std::vector<std::thread> workers;
  for (unsigned t = 0; t < threads; ++t) workers.emplace_back(work);
  {
    std::unique_lock lock(mutex);
    std::size_t reported = 0;
    while (finished < threads) {
      changed.wait(lock);
      if (options.progress && done / every > reported / every && done < n) {
        reported = done;
        const std::size_t now = done;
        lock.unlock();
        options.progress(now - now % every, n);
        lock.lock();
      }
    }
  }
  for (auto& worker : workers) worker.join();
  if (failure) std::rethrow_exception(failure);
  if (options.progress) options.progress(n, n);
  result.lp_count = lp_count;
  return result;
}

}  // namespace kvalis::benchmark
