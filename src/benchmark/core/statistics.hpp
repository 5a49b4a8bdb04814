#pragma once
// Descriptive statistics of an indicator within a peer group, each service's position in the group
// (percent rank, z-score) and its "reserve" (how far it is from the group median and best quartile).
//
// Definitions, chosen so results can be checked against common tools:
// - quantiles: R type 7 = Excel QUARTILE.INC / PERCENTILE.INC = numpy's default = DuckDB's
//   quantile_cont: h = (n-1)·p, q = x[floor h] + (h - floor h)·(x[floor h + 1] - x[floor h]);
// - standard deviation: the sample one (divisor n-1), as Excel STDEV.S and DuckDB stddev_samp;
// - percent rank: SQL PERCENT_RANK over ascending values, (rank-1)/(n-1), where rank is the SQL RANK()
//   (ties share the lowest rank), and 0 when n = 1. It equals DuckDB's
//   `percent_rank() OVER (PARTITION BY group ORDER BY value)`. It is a fraction in [0, 1];
//   multiply by 100 to show a percentile;
// - z-score: (x - mean) / sd, absent when n < 2 or sd is (numerically) 0.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <vector>

namespace kvalis::benchmark {

enum class Direction { kHigherIsBetter, kLowerIsBetter };

// Groups with fewer services than this are flagged suppressed: publishing their statistics would let a
// reader identify single providers (small-cell suppression).
inline constexpr std::size_t kMinimumGroupSize = 3;

inline bool is_suppressed(std::size_t group_size) { return group_size < kMinimumGroupSize; }

struct Summary {
  std::size_t n = 0;
  double min = 0.0;
  double q1 = 0.0;
  double median = 0.0;
  double q3 = 0.0;
  double max = 0.0;
  double mean = 0.0;
  std::optional<double> sd;  // sample standard deviation; absent when n < 2
};

// Quantile of ascending values by R type 7; p in [0, 1]. sorted must not be empty.
double quantile_type7(std::span<const double> sorted, double p);

// Summary of the finite values (NaN and ±inf are ignored); nullopt when none is left.
std::optional<Summary> summarize(std::span<const double> values);

// Percent rank of each value within `values`, in the same order, as defined above.
// Non-finite values are ignored for the ranking and get nullopt.
std::vector<std::optional<double>> percent_ranks(std::span<const double> values);

// (x - mean) / sd, or nullopt when the summary has no usable standard deviation.
std::optional<double> z_score(double x, const Summary& summary);

// How much the indicator must improve to reach the group median / best quartile, in the indicator's
// units; 0 when the service is already there. Higher-is-better: max(0, median - x), max(0, Q3 - x);
// lower-is-better: max(0, x - median), max(0, x - Q1).
struct Reserve {
  double to_median = 0.0;
  double to_best_quartile = 0.0;
};
Reserve reserve(double x, const Summary& summary, Direction direction);

// ---------------------------------------------------------------------------------------------------
// Batch API for national scale: one call per indicator × round (or per any set of peer groups), all
// groups at once. The caller maps its peer groups and services to integer ids.

struct Observation {
  std::uint32_t group = 0;    // peer group id (any values; need not be dense)
  std::uint32_t service = 0;  // passed through to the result
  double value = 0.0;         // indicator value; a non-finite value is treated as missing
};

struct GroupStatistics {
  std::uint32_t group = 0;
  Summary summary;
  bool suppressed = false;  // summary.n < kMinimumGroupSize
};

struct ServiceScore {
  std::uint32_t group = 0;
  std::uint32_t service = 0;
  bool missing = false;       // the observation's value was not finite; nothing below is meaningful
  bool suppressed = false;    // the service's group is suppressed
  double percent_rank = 0.0;  // in [0, 1]
  std::optional<double> z;
  Reserve reserve;
};

struct BatchResult {
  std::vector<GroupStatistics> groups;  // ascending by group id; groups with no finite value are absent
  std::vector<ServiceScore> services;   // services[i] belongs to observations[i]
};

// Scratch memory reused between calls, so a long run allocates only while its inputs grow.
class BatchWorkspace {
 public:
  struct Entry {
    std::uint32_t group;
    std::uint32_t index;
    double value;
  };
  std::vector<Entry>& entries() { return entries_; }

 private:
  std::vector<Entry> entries_;
};

// O(n log n): sorts (group, value, index) once, then one pass per group. `result` is overwritten; its
// vectors keep their capacity.
void compute_batch(std::span<const Observation> observations, Direction direction, BatchResult& result,
                   BatchWorkspace& workspace);
BatchResult compute_batch(std::span<const Observation> observations, Direction direction);

// Many independent batches (e.g. 40 indicators × 10 rounds), split across threads. thread_count 0 means
// std::thread::hardware_concurrency(). Each task's result is written to *task.result.
struct BatchTask {
  std::span<const Observation> observations;
  Direction direction = Direction::kHigherIsBetter;
  BatchResult* result = nullptr;
};
void compute_batches(std::span<const BatchTask> tasks, unsigned thread_count = 0);

}  // namespace kvalis::benchmark
