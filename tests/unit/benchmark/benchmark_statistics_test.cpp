// Descriptive statistics, ranks and reserves (src/benchmark/core/statistics.hpp). Cases and their
// independently computed expectations live in tests/data/benchmark/statistics_*.csv.
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/core/statistics.hpp"
#include "platform/core/csv.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::testing::Table;

using namespace kvalis::benchmark;

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("benchmark/" + relative); }

std::vector<double> numbers(const std::string& text) {
  std::vector<double> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ';')) out.push_back(std::stod(part));
  return out;
}

std::vector<std::optional<double>> optional_numbers(const std::string& text) {
  std::vector<std::optional<double>> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ';')) out.push_back(part == "none" ? std::nullopt : std::optional(std::stod(part)));
  return out;
}

void expect_close(double actual, double expected, const char* what) {
  EXPECT_NEAR(actual, expected, 1e-12 * std::max(1.0, std::fabs(expected))) << what;
}

TEST(BenchmarkStatistics, SummariesMatchTheTable) {
  const Table table = load_table("statistics_summary.csv");
  ASSERT_GE(table.rows.size(), 8u);
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    const auto summary = summarize(numbers(table.get(row, "values")));
    ASSERT_TRUE(summary.has_value());
    EXPECT_EQ(summary->n, std::stoul(table.get(row, "n")));
    expect_close(summary->min, std::stod(table.get(row, "min")), "min");
    expect_close(summary->q1, std::stod(table.get(row, "q1")), "q1");
    expect_close(summary->median, std::stod(table.get(row, "median")), "median");
    expect_close(summary->q3, std::stod(table.get(row, "q3")), "q3");
    expect_close(summary->max, std::stod(table.get(row, "max")), "max");
    expect_close(summary->mean, std::stod(table.get(row, "mean")), "mean");
    const std::string sd = table.get(row, "sd");
    ASSERT_EQ(summary->sd.has_value(), !sd.empty());
    if (summary->sd) expect_close(*summary->sd, std::stod(sd), "sd");
  }
}

TEST(BenchmarkStatistics, QuantilesAreRType7) {
  const std::vector<double> sorted{1, 2, 3, 4};
  EXPECT_DOUBLE_EQ(quantile_type7(sorted, 0.0), 1.0);
  EXPECT_DOUBLE_EQ(quantile_type7(sorted, 1.0), 4.0);
  EXPECT_DOUBLE_EQ(quantile_type7(sorted, 0.9), 3.7);  // Excel PERCENTILE.INC({1;2;3;4};0.9)
  EXPECT_DOUBLE_EQ(quantile_type7(sorted, 0.1), 1.3);
  EXPECT_DOUBLE_EQ(quantile_type7(std::vector<double>{5}, 0.25), 5.0);
  EXPECT_FALSE(summarize(std::vector<double>{}).has_value());
  EXPECT_FALSE(summarize(std::vector<double>{std::nan(""), HUGE_VAL}).has_value());
}

TEST(BenchmarkStatistics, PercentRanksAndZScoresMatchTheTable) {
  const Table table = load_table("statistics_ranks.csv");
  ASSERT_GE(table.rows.size(), 5u);
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    const auto values = numbers(table.get(row, "values"));
    const auto expected_ranks = numbers(table.get(row, "percent_ranks"));
    const auto expected_z = optional_numbers(table.get(row, "z_scores"));
    const auto ranks = percent_ranks(values);
    const auto summary = summarize(values);
    ASSERT_EQ(ranks.size(), values.size());
    for (std::size_t i = 0; i < values.size(); ++i) {
      ASSERT_TRUE(ranks[i].has_value());
      // Bit-identical to SQL's (rank - 1) / (n - 1).
      EXPECT_EQ(*ranks[i], expected_ranks[i]) << i;
      const auto z = z_score(values[i], *summary);
      ASSERT_EQ(z.has_value(), expected_z[i].has_value()) << i;
      if (z) expect_close(*z, *expected_z[i], "z");
    }
  }
  const auto with_missing = percent_ranks(std::vector<double>{3, std::nan(""), 1});
  EXPECT_EQ(with_missing[0], std::optional(1.0));
  EXPECT_FALSE(with_missing[1].has_value());
  EXPECT_EQ(with_missing[2], std::optional(0.0));
}

TEST(BenchmarkStatistics, ReservesMatchTheTable) {
  const Table table = load_table("statistics_reserve.csv");
  ASSERT_EQ(table.rows.size(), 12u);
  for (const auto& row : table.rows) {
    SCOPED_TRACE(table.get(row, "case"));
    const auto summary = summarize(numbers(table.get(row, "values")));
    const Direction direction =
        table.get(row, "direction") == "higher" ? Direction::kHigherIsBetter : Direction::kLowerIsBetter;
    const Reserve r = reserve(std::stod(table.get(row, "x")), *summary, direction);
    EXPECT_DOUBLE_EQ(r.to_median, std::stod(table.get(row, "to_median")));
    EXPECT_DOUBLE_EQ(r.to_best_quartile, std::stod(table.get(row, "to_best_quartile")));
  }
}

TEST(BenchmarkStatistics, SmallCellsAreSuppressed) {
  EXPECT_TRUE(is_suppressed(0));
  EXPECT_TRUE(is_suppressed(1));
  EXPECT_TRUE(is_suppressed(2));
  EXPECT_FALSE(is_suppressed(3));
  EXPECT_FALSE(is_suppressed(7000));
}

TEST(BenchmarkStatistics, BatchMatchesTheTable) {
  const Table table = load_table("statistics_batch.csv");
  ASSERT_GE(table.rows.size(), 20u);
  for (const std::string direction_name : {"higher", "lower"}) {
    std::vector<Observation> observations;
    std::vector<const kvalis::csv::Record*> expected;
    for (const auto& row : table.rows) {
      if (table.get(row, "direction") != direction_name) continue;
      observations.push_back(Observation{static_cast<std::uint32_t>(std::stoul(table.get(row, "group"))),
                                         static_cast<std::uint32_t>(std::stoul(table.get(row, "service"))),
                                         std::stod(table.get(row, "value"))});
      expected.push_back(&row);
    }
    const Direction direction = direction_name == "higher" ? Direction::kHigherIsBetter : Direction::kLowerIsBetter;
    const BatchResult result = compute_batch(observations, direction);
    ASSERT_EQ(result.services.size(), observations.size());
    for (std::size_t i = 0; i < observations.size(); ++i) {
      const auto& row = *expected[i];
      const ServiceScore& score = result.services[i];
      SCOPED_TRACE("line " + std::to_string(row.line));
      EXPECT_EQ(score.service, observations[i].service);
      EXPECT_EQ(score.group, observations[i].group);
      EXPECT_EQ(score.missing, table.get(row, "missing") == "yes");
      if (score.missing) continue;
      EXPECT_EQ(score.suppressed, table.get(row, "suppressed") == "yes");
      EXPECT_EQ(score.percent_rank, std::stod(table.get(row, "percent_rank")));
      const std::string z = table.get(row, "z");
      ASSERT_EQ(score.z.has_value(), z != "none");
      if (score.z) expect_close(*score.z, std::stod(z), "z");
      expect_close(score.reserve.to_median, std::stod(table.get(row, "to_median")), "to_median");
      expect_close(score.reserve.to_best_quartile, std::stod(table.get(row, "to_best_quartile")), "to_best_quartile");
    }
    // Groups come out ascending, each with the summary of its finite values.
    for (std::size_t g = 1; g < result.groups.size(); ++g)
      EXPECT_LT(result.groups[g - 1].group, result.groups[g].group);
    for (const auto& group : result.groups) {
      std::vector<double> values;
      for (const auto& o : observations)
        if (o.group == group.group) values.push_back(o.value);
      const auto summary = summarize(values);
      EXPECT_EQ(group.summary.n, summary->n);
      EXPECT_EQ(group.summary.median, summary->median);
      EXPECT_EQ(group.suppressed, is_suppressed(summary->n));
    }
  }
}

std::vector<Observation> random_observations(std::mt19937& random, std::size_t count, std::uint32_t groups) {
  std::lognormal_distribution<double> value(10.0, 0.4);
  std::uniform_int_distribution<std::uint32_t> group(0, groups - 1);
  std::vector<Observation> out(count);
  for (std::size_t i = 0; i < count; ++i) {
    // Rounded values so that ties occur.
    out[i] = Observation{group(random) * 10 + 3, static_cast<std::uint32_t>(i), std::round(value(random) / 100.0)};
  }
  return out;
}

TEST(BenchmarkStatistics, BatchAgreesWithTheSingleGroupFunctions) {
  std::mt19937 random(7);
  const auto observations = random_observations(random, 3000, 12);
  const BatchResult result = compute_batch(observations, Direction::kLowerIsBetter);
  std::map<std::uint32_t, std::vector<double>> by_group;
  for (const auto& o : observations) by_group[o.group].push_back(o.value);
  ASSERT_EQ(result.groups.size(), by_group.size());
  std::map<std::uint32_t, std::vector<std::optional<double>>> ranks;
  std::map<std::uint32_t, std::size_t> seen;
  for (const auto& [group, values] : by_group) ranks[group] = percent_ranks(values);
  for (std::size_t i = 0; i < observations.size(); ++i) {
    const auto& o = observations[i];
    const auto summary = summarize(by_group[o.group]);
    const ServiceScore& score = result.services[i];
    EXPECT_EQ(score.percent_rank, *ranks[o.group][seen[o.group]++]);
    ASSERT_TRUE(score.z.has_value());
    EXPECT_NEAR(*score.z, *z_score(o.value, *summary), 1e-12);
    EXPECT_EQ(score.reserve.to_median, reserve(o.value, *summary, Direction::kLowerIsBetter).to_median);
    EXPECT_EQ(score.reserve.to_best_quartile, reserve(o.value, *summary, Direction::kLowerIsBetter).to_best_quartile);
  }
}

TEST(BenchmarkStatistics, ManyBatchesOnThreadsEqualOneByOne) {
  std::mt19937 random(11);
  std::vector<std::vector<Observation>> inputs;
  for (int t = 0; t < 40; ++t) inputs.push_back(random_observations(random, 500 + 37 * t, 14));
  std::vector<BatchResult> threaded(inputs.size());
  std::vector<BatchTask> tasks;
  for (std::size_t t = 0; t < inputs.size(); ++t)
    tasks.push_back(BatchTask{inputs[t], t % 2 ? Direction::kHigherIsBetter : Direction::kLowerIsBetter, &threaded[t]});
  compute_batches(tasks, 3);
  BatchWorkspace workspace;
  BatchResult single;
  for (std::size_t t = 0; t < inputs.size(); ++t) {
    compute_batch(inputs[t], tasks[t].direction, single, workspace);  // reuses one result and workspace
    ASSERT_EQ(single.services.size(), threaded[t].services.size());
    ASSERT_EQ(single.groups.size(), threaded[t].groups.size());
    for (std::size_t i = 0; i < single.services.size(); ++i) {
      EXPECT_EQ(single.services[i].percent_rank, threaded[t].services[i].percent_rank);
      EXPECT_EQ(single.services[i].z, threaded[t].services[i].z);
      EXPECT_EQ(single.services[i].reserve.to_median, threaded[t].services[i].reserve.to_median);
    }
    for (std::size_t g = 0; g < single.groups.size(); ++g)
      EXPECT_EQ(single.groups[g].summary.q3, threaded[t].groups[g].summary.q3);
  }
  compute_batches({}, 0);  // nothing to do is fine
}

}  // namespace
