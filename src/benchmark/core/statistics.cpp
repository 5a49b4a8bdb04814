#include "benchmark/core/statistics.hpp"

#include <algorithm>
#include <atomic>
#include <cmath>
#include <numeric>
#include <thread>

namespace kvalis::benchmark {
namespace {

// R type 7 over n ascending values read through `at(k)`.
template <class At>
double quantile_at(const At& at, std::size_t n, double p) {
  if (n == 1 || p <= 0.0) return at(0);
  if (p >= 1.0) return at(n - 1);
  const double h = static_cast<double>(n - 1) * p;
  const auto lower = static_cast<std::size_t>(std::floor(h));
  const double fraction = h - static_cast<double>(lower);
  if (lower + 1 >= n) return at(n - 1);
  const double a = at(lower);
  const double b = at(lower + 1);
  // a + f·(b - a) is exact at both ends and equal values give exactly that value.
  return fraction == 0.0 ? a : a + fraction * (b - a);
}

// Summary of n ascending finite values read through `at(k)`; n > 0.
template <class At>
Summary summarize_sorted(const At& at, std::size_t n) {
  Summary s;
  s.n = n;
  s.min = at(0);
  s.max = at(n - 1);
  s.q1 = quantile_at(at, n, 0.25);
  s.median = quantile_at(at, n, 0.5);
  s.q3 = quantile_at(at, n, 0.75);
  double sum = 0.0;
  for (std::size_t k = 0; k < n; ++k) sum += at(k);
  s.mean = sum / static_cast<double>(n);
  // Rounding can put the mean of identical values a hair off them; keep it exact.
  s.mean = std::clamp(s.mean, s.min, s.max);
  if (n >= 2) {
    if (s.min == s.max) {
      s.sd = 0.0;
    } else {
      double squares = 0.0;
      for (std::size_t k = 0; k < n; ++k) {
        const double d = at(k) - s.mean;
        squares += d * d;
      }
      s.sd = std::sqrt(squares / static_cast<double>(n - 1));
    }
  }
  return s;
}

bool has_spread(const Summary& summary) { return summary.n >= 2 && summary.max > summary.min && summary.sd; }

}  // namespace

double quantile_type7(std::span<const double> sorted, double p) {
  return quantile_at([&](std::size_t k) { return sorted[k]; }, sorted.size(), p);
}

std::optional<Summary> summarize(std::span<const double> values) {
  std::vector<double> sorted;
  sorted.reserve(values.size());
  for (double v : values)
    if (std::isfinite(v)) sorted.push_back(v);
  if (sorted.empty()) return std::nullopt;
  std::sort(sorted.begin(), sorted.end());
  return summarize_sorted([&](std::size_t k) { return sorted[k]; }, sorted.size());
}

std::vector<std::optional<double>> percent_ranks(std::span<const double> values) {
  std::vector<Observation> observations(values.size());
  for (std::size_t i = 0; i < values.size(); ++i)
    observations[i] = Observation{0, static_cast<std::uint32_t>(i), values[i]};
  const BatchResult batch = compute_batch(observations, Direction::kHigherIsBetter);
  std::vector<std::optional<double>> ranks(values.size());
  for (std::size_t i = 0; i < values.size(); ++i)
    if (!batch.services[i].missing) ranks[i] = batch.services[i].percent_rank;
  return ranks;
}

std::optional<double> z_score(double x, const Summary& summary) {
  if (!has_spread(summary)) return std::nullopt;
  return (x - summary.mean) / *summary.sd;
}

Reserve reserve(double x, const Summary& summary, Direction direction) {
  if (direction == Direction::kHigherIsBetter)
    return Reserve{std::max(0.0, summary.median - x), std::max(0.0, summary.q3 - x)};
  return Reserve{std::max(0.0, x - summary.median), std::max(0.0, x - summary.q1)};
}

void compute_batch(std::span<const Observation> observations, Direction direction, BatchResult& result,
                   BatchWorkspace& workspace) {
  const std::size_t count = observations.size();
  result.groups.clear();
  result.services.resize(count);
  auto& entries = workspace.entries();
  entries.clear();
  entries.reserve(count);
  for (std::size_t i = 0; i < count; ++i) {
    const Observation& o = observations[i];
    ServiceScore& score = result.services[i];
    score = ServiceScore{};
    score.group = o.group;
    score.service = o.service;
    if (std::isfinite(o.value)) {
      entries.push_back(BatchWorkspace::Entry{o.group, static_cast<std::uint32_t>(i), o.value});
    } else {
      score.missing = true;
    }
  }
  std::sort(entries.begin(), entries.end(), [](const BatchWorkspace::Entry& a, const BatchWorkspace::Entry& b) {
    return a.group != b.group ? a.group < b.group : a.value < b.value;
  });

  for (std::size_t begin = 0; begin < entries.size();) {
    const std::uint32_t group = entries[begin].group;
    std::size_t end = begin + 1;
    while (end < entries.size() && entries[end].group == group) ++end;
    const std::size_t n = end - begin;
    const BatchWorkspace::Entry* run = entries.data() + begin;
    const Summary summary = summarize_sorted([run](std::size_t k) { return run[k].value; }, n);
    const bool suppressed = is_suppressed(n);
    const bool spread = has_spread(summary);
    const double sd = spread ? *summary.sd : 1.0;
    std::size_t tie_start = 0;  // SQL RANK(): ties share the lowest rank
    for (std::size_t k = 0; k < n; ++k) {
      if (k > 0 && run[k].value != run[k - 1].value) tie_start = k;
      ServiceScore& score = result.services[run[k].index];
      score.suppressed = suppressed;
      // Divide rather than multiply by 1/(n-1) so the value is bit-identical to SQL's (rank-1)/(n-1).
      score.percent_rank = n > 1 ? static_cast<double>(tie_start) / static_cast<double>(n - 1) : 0.0;
      if (spread) score.z = (run[k].value - summary.mean) / sd;
      score.reserve = reserve(run[k].value, summary, direction);
    }
    result.groups.push_back(GroupStatistics{group, summary, suppressed});
    begin = end;
  }
}

BatchResult compute_batch(std::span<const Observation> observations, Direction direction) {
  BatchResult result;
  BatchWorkspace workspace;
  compute_batch(observations, direction, result, workspace);
  return result;
}

void compute_batches(std::span<const BatchTask> tasks, unsigned thread_count) {
  if (thread_count == 0) thread_count = std::max(1u, std::thread::hardware_concurrency());
  thread_count = static_cast<unsigned>(std::min<std::size_t>(thread_count, tasks.size()));
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    BatchWorkspace workspace;
    for (std::size_t i = next++; i < tasks.size(); i = next++)
      compute_batch(tasks[i].observations, tasks[i].direction, *tasks[i].result, workspace);
  };
  if (thread_count <= 1) {
    work();
    return;
  }
  std::vector<std::thread> threads;
  threads.reserve(thread_count - 1);
  for (unsigned t = 1; t < thread_count; ++t) threads.emplace_back(work);
  work();
  for (auto& thread : threads) thread.join();
}

}  // namespace kvalis::benchmark
