// Data Envelopment Analysis (src/benchmark/core/dea.hpp).
//
// Expected results are in tests/data/benchmark/dea/expected.csv, data in the same folder. Sources:
//
// 1. deap_eg1.csv — T. Coelli (1996), "A Guide to DEAP Version 2.1: A Data Envelopment Analysis (Computer)
//    Program", CEPA Working Paper 96/08, University of New England: example 1 (5 firms, 1 output, 2 inputs,
//    input-oriented CRS). Published results (eg1-out.txt): te 0.500 1.000 0.833 0.714 1.000; input slack of
//    firm 1 on input 2 = 0.500; peers/weights 1: 2 (0.5); 3: 5 (0.5), 2 (1.0); 4: 5 (0.286), 2 (0.214);
//    input targets of firm 4 (2.143, 1.429). Exact values, checked by hand with dual certificates (v input
//    weights, u output weight; a DMU's score is optimal when u·y_o = θ with v·x_o = 1 and u·y_j ≤ v·x_j):
//      firm 3 (y 3; x 6,6): θ = 5/6 with λ2 = 1, λ5 = 1/2; certificate v = (1/18, 2/18), u = 5/18.
//      firm 4 (y 1; x 3,2): θ = 5/7 with λ2 = 3/14, λ5 = 2/7;  certificate v = (1/7, 2/7),  u = 5/7.
//      firm 1 (y 1; x 2,5): θ = 1/2 with λ2 = 1/2, slack on x2 = 2.5 - 2 = 0.5; v = (1/2, 0), u = 1/2.
//    In each case only DMUs with u·y_j = v·x_j may carry λ, and the resulting equations have one solution,
//    so the peers are unique.
// 2. deap_one_input.csv — the one-input, one-output data of DEAP examples 2 and 4 (year 1): CRS scores
//    0.500 0.500 1.000 0.800 0.833 and output-oriented VRS scores 1.000 0.545 1.000 0.923 1.000 are published
//    in eg4-out.txt. With one input and one output the CRS score is (y/x) / max(y/x) (max 1 at firm 3).
//    VRS frontier through (2,1), (3,3), (6,5): input orientation firm 2 → x 2.5 (0.625), firm 4 → x 4.5
//    (0.9); output orientation firm 2 → y 11/3 (φ 11/6), firm 4 → y 13/3 (φ 13/12). Derived by hand.
// 3. two_inputs_af.csv — six DMUs with two inputs and a unit output, the shape of the two-input example in
//    Cooper, Seiford & Tone, "Data Envelopment Analysis" (2nd ed., 2007), ch. 3. The values here were not
//    copied from the book; each is derived by hand:
//      A (4,3): radial projection onto the facet D–E (x1 + x2 = 6): θ = 6/7, λD = 5/7, λE = 2/7;
//               certificate v = (1/7, 1/7), u = 6/7 (D and E give 6/7, C 9/7, B 10/7, F 11/7).
//      B (7,3): onto the facet C–D (x1 + 4·x2 = 12): θ = 12/19, λC = 2/19, λD = 17/19;
//               certificate v = (1/19, 4/19), u = 12/19.
//      C, D, E: score 1 (certificates v = (1/12, 4/12), (1/12, 4/12), (1/6, 1/6)).
//      F (10,1): score 1, but C (8,1) uses 2 less of x1: weakly efficient, slack 2 on x1, peer C.
//    CCR output orientation: φ = 1/θ and λ = λ(input)/θ.
// 5. zeros.csv — zero values in some inputs and outputs, derived by hand in expected.csv.
// 4. bogetoft_otto.csv — the numerical example (x 20 40 40 60 70 50, y 20 30 50 40 60 20) of P. Bogetoft &
//    L. Otto, "Benchmarking with DEA, SFA, and R" (Springer, 2011), as used in the dealib project's example.
//    Scores derived by hand: CRS (y/x)/1.25; VRS frontier A (20,20) – C (40,50) – E (70,60).
#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <map>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "benchmark/core/dea.hpp"
#include "benchmark/core/dea_csv.hpp"
#include "platform/core/csv.hpp"
#include "support/data_table.hpp"

namespace {

using kvalis::testing::Table;

using namespace kvalis::benchmark;

constexpr double kTolerance = 1e-6;

std::string data_path(const std::string& relative) { return kvalis::testing::data_path("benchmark/" + relative); }

Table load_table(const std::string& relative) { return kvalis::testing::load_data_table("benchmark/" + relative); }

DeaData load_dataset(const std::string& name) {
  std::ifstream in(data_path("dea/" + name + ".csv"), std::ios::binary);
  auto table = read_dea_csv(in);
  if (auto* issues = std::get_if<std::vector<DeaCsvIssue>>(&table)) {
    ADD_FAILURE() << name << ": " << (issues->empty() ? "" : issues->front().message);
    return {};
  }
  return std::get<DeaCsvTable>(table).data;
}

std::vector<double> numbers(const std::string& text) {
  std::vector<double> out;
  std::stringstream in(text);
  std::string part;
  while (std::getline(in, part, ';')) out.push_back(std::stod(part));
  return out;
}

DeaOptions options_for(const std::string& model, const std::string& orientation) {
  DeaOptions options;
  options.returns_to_scale = model == "bcc" ? ReturnsToScale::kVariable : ReturnsToScale::kConstant;
  options.orientation = orientation == "output" ? Orientation::kOutput : Orientation::kInput;
  return options;
}

DeaResult run_ok(const DeaData& data, const DeaOptions& options) {
  auto result = run_dea(data, options);
  if (auto* error = std::get_if<DeaError>(&result)) {
    ADD_FAILURE() << error->message();
    return {};
  }
  return std::get<DeaResult>(result);
}

TEST(BenchmarkDea, PublishedAndHandSolvedExamples) {
  const Table table = load_table("dea/expected.csv");
  ASSERT_GE(table.rows.size(), 50u);
  std::map<std::string, DeaResult> runs;
  std::map<std::string, DeaData> datasets;
  for (const auto& row : table.rows) {
    const std::string dataset = table.get(row, "dataset");
    const std::string key = dataset + "/" + table.get(row, "model") + "/" + table.get(row, "orientation");
    SCOPED_TRACE("line " + std::to_string(row.line) + " " + key + " DMU " + table.get(row, "dmu"));
    if (!datasets.count(dataset)) datasets[dataset] = load_dataset(dataset);
    const DeaData& data = datasets[dataset];
    if (!runs.count(key)) runs[key] = run_ok(data, options_for(table.get(row, "model"), table.get(row, "orientation")));
    const DeaResult& result = runs[key];
    std::size_t dmu = 0;
    while (dmu < data.dmu_count() && data.dmu_names[dmu] != table.get(row, "dmu")) ++dmu;
    ASSERT_LT(dmu, result.dmus.size());
    const DmuEfficiency& e = result.dmus[dmu];
    ASSERT_EQ(e.status, DmuStatus::kOptimal);
    EXPECT_NEAR(e.efficiency, std::stod(table.get(row, "efficiency")), kTolerance);
    EXPECT_NEAR(e.lp_optimum, std::stod(table.get(row, "lp_optimum")), kTolerance);

    std::map<std::string, double> peers;
    for (const DeaPeer& peer : e.peers) peers[data.dmu_names[peer.dmu]] = peer.lambda;
    std::map<std::string, double> expected_peers;
    std::stringstream list(table.get(row, "peers"));
    for (std::string item; std::getline(list, item, ';');)
      expected_peers[item.substr(0, item.find(':'))] = std::stod(item.substr(item.find(':') + 1));
    ASSERT_EQ(peers.size(), expected_peers.size());
    for (const auto& [name, lambda] : expected_peers) {
      ASSERT_TRUE(peers.count(name)) << "missing peer " << name;
      EXPECT_NEAR(peers[name], lambda, kTolerance) << name;
    }

    const auto input_slacks = numbers(table.get(row, "input_slacks"));
    const auto output_slacks = numbers(table.get(row, "output_slacks"));
    ASSERT_EQ(e.input_slacks.size(), input_slacks.size());
    ASSERT_EQ(e.output_slacks.size(), output_slacks.size());
    bool slack_free = true;
    for (std::size_t i = 0; i < input_slacks.size(); ++i) {
      EXPECT_NEAR(e.input_slacks[i], input_slacks[i], kTolerance) << "input " << i;
      slack_free = slack_free && input_slacks[i] == 0.0;
    }
    for (std::size_t r = 0; r < output_slacks.size(); ++r) {
      EXPECT_NEAR(e.output_slacks[r], output_slacks[r], kTolerance) << "output " << r;
      slack_free = slack_free && output_slacks[r] == 0.0;
    }
    EXPECT_EQ(e.efficient, std::stod(table.get(row, "efficiency")) == 1.0 && slack_free);
  }
}

// Appends rather than operator+ (GCC 12 gives a false -Wrestrict for "x" + std::string at -O3).
std::string numbered(const char* prefix, std::size_t k) {
  std::string name(prefix);
  name += std::to_string(k);
  return name;
}

DeaData random_data(std::mt19937& random, std::size_t n, std::size_t m, std::size_t s, double zero_share = 0.0) {
  std::lognormal_distribution<double> noise(0.0, 0.4);
  std::uniform_real_distribution<double> uniform(0.0, 1.0);
  DeaData data;
  for (std::size_t i = 0; i < m; ++i) data.input_names.push_back(numbered("x", i));
  for (std::size_t r = 0; r < s; ++r) data.output_names.push_back(numbered("y", r));
  for (std::size_t j = 0; j < n; ++j) {
    data.dmu_names.push_back(numbered("dmu", j));
    const double size = 50.0 * noise(random);  // services differ in size, as real ones do
    for (std::size_t i = 0; i < m; ++i) data.inputs.push_back(std::round(size * noise(random) * 10.0) / 10.0 + 0.1);
    for (std::size_t r = 0; r < s; ++r)
      data.outputs.push_back(uniform(random) < zero_share ? 0.0 : std::round(size * noise(random) * noise(random)));
  }
  return data;
}

// The reported λ and slacks must reproduce the projection exactly: θ·x_o - Xλ = s⁻ and Yλ - y_o = s⁺
// (input orientation), x_o - Xλ = s⁻ and Yλ - φ·y_o = s⁺ (output orientation), Σλ = 1 for BCC.
void expect_consistent(const DeaData& data, const DeaResult& result, const DeaOptions& options) {
  const std::size_t m = data.input_names.size(), s = data.output_names.size();
  for (std::size_t o = 0; o < data.dmu_count(); ++o) {
    const DmuEfficiency& e = result.dmus[o];
    if (e.status != DmuStatus::kOptimal) continue;
    const bool input = options.orientation == Orientation::kInput;
    EXPECT_LE(e.efficiency, 1.0 + 1e-9);
    EXPECT_GE(e.efficiency, 0.0);
    double lambda_sum = 0.0;
    for (const auto& peer : e.peers) lambda_sum += peer.lambda;
    if (options.returns_to_scale == ReturnsToScale::kVariable) {
      EXPECT_NEAR(lambda_sum, 1.0, 1e-7) << o;
    }
    for (std::size_t i = 0; i < m; ++i) {
      double used = 0.0;
      for (const auto& peer : e.peers) used += peer.lambda * data.input(peer.dmu, i);
      const double target = (input ? e.lp_optimum : 1.0) * data.input(o, i);
      EXPECT_NEAR(target - used, e.input_slacks[i], 1e-6 * (1.0 + data.input(o, i))) << o;
      EXPECT_GE(e.input_slacks[i], 0.0);
    }
    for (std::size_t r = 0; r < s; ++r) {
      double made = 0.0;
      for (const auto& peer : e.peers) made += peer.lambda * data.output(peer.dmu, r);
      const double target = (input ? 1.0 : e.lp_optimum) * data.output(o, r);
      EXPECT_NEAR(made - target, e.output_slacks[r], 1e-6 * (1.0 + data.output(o, r))) << o;
      EXPECT_GE(e.output_slacks[r], 0.0);
    }
    for (std::size_t k = 1; k < e.peers.size(); ++k) EXPECT_LT(e.peers[k - 1].dmu, e.peers[k].dmu);
  }
}

// An independent solver for tiny instances: the envelopment LP in standard form (θ or φ, λ, one slack per
// inequality row, all ≥ 0) has its optimum at a vertex, so try every basis, keep the feasible ones and take
// the best objective. Exponential, but exact and sharing no code with the Clp path.
double vertex_enumeration_score(const DeaData& data, std::size_t o, const DeaOptions& options) {
  const std::size_t n = data.dmu_count(), m = data.input_names.size(), s = data.output_names.size();
  const bool input = options.orientation == Orientation::kInput;
  const bool bcc = options.returns_to_scale == ReturnsToScale::kVariable;
  const std::size_t rows = m + s + (bcc ? 1 : 0);
  // Columns: 0 = θ/φ, 1..n = λ, then a slack for each of the m + s inequality rows.
  const std::size_t columns = 1 + n + m + s;
  std::vector<std::vector<double>> a(rows, std::vector<double>(columns, 0.0));
  std::vector<double> b(rows, 0.0);
  for (std::size_t i = 0; i < m; ++i) {
    if (input) {  // θ x_io - Σ λ_j x_ij - s_i = 0
      a[i][0] = data.input(o, i);
      for (std::size_t j = 0; j < n; ++j) a[i][1 + j] = -data.input(j, i);
      a[i][1 + n + i] = -1.0;
    } else {  // Σ λ_j x_ij + s_i = x_io
      for (std::size_t j = 0; j < n; ++j) a[i][1 + j] = data.input(j, i);
      a[i][1 + n + i] = 1.0;
      b[i] = data.input(o, i);
    }
  }
  for (std::size_t r = 0; r < s; ++r) {
    const std::size_t row = m + r;
    for (std::size_t j = 0; j < n; ++j) a[row][1 + j] = data.output(j, r);
    a[row][1 + n + m + r] = -1.0;
    if (input) {  // Σ λ_j y_rj - s_r = y_ro
      b[row] = data.output(o, r);
    } else {  // Σ λ_j y_rj - φ y_ro - s_r = 0
      a[row][0] = -data.output(o, r);
    }
  }
  if (bcc) {
    for (std::size_t j = 0; j < n; ++j) a[rows - 1][1 + j] = 1.0;
    b[rows - 1] = 1.0;
  }
  double best = input ? HUGE_VAL : -HUGE_VAL;
  std::vector<std::size_t> basis(rows);
  for (std::size_t k = 0; k < rows; ++k) basis[k] = k;
  for (;;) {
    // Solve the rows × rows system for the chosen columns by Gaussian elimination with partial pivoting.
    std::vector<std::vector<double>> m_ab(rows, std::vector<double>(rows + 1));
    for (std::size_t r = 0; r < rows; ++r) {
      for (std::size_t k = 0; k < rows; ++k) m_ab[r][k] = a[r][basis[k]];
      m_ab[r][rows] = b[r];
    }
    bool singular = false;
    for (std::size_t c = 0; c < rows && !singular; ++c) {
      std::size_t pivot = c;
      for (std::size_t r = c + 1; r < rows; ++r)
        if (std::fabs(m_ab[r][c]) > std::fabs(m_ab[pivot][c])) pivot = r;
      if (std::fabs(m_ab[pivot][c]) < 1e-12) {
        singular = true;
        break;
      }
      std::swap(m_ab[c], m_ab[pivot]);
      for (std::size_t r = 0; r < rows; ++r) {
        if (r == c) continue;
        const double f = m_ab[r][c] / m_ab[c][c];
        for (std::size_t k = c; k <= rows; ++k) m_ab[r][k] -= f * m_ab[c][k];
      }
    }
    if (!singular) {
      bool feasible = true;
      double objective = 0.0;
      for (std::size_t k = 0; k < rows; ++k) {
        const double value = m_ab[k][rows] / m_ab[k][k];
        if (value < -1e-9) feasible = false;
        if (basis[k] == 0) objective = value;
      }
      if (feasible) best = input ? std::min(best, objective) : std::max(best, objective);
    }
    // Next combination of `rows` columns out of `columns`.
    std::size_t k = rows;
    while (k > 0 && basis[k - 1] == columns - rows + (k - 1)) --k;
    if (k == 0) break;
    ++basis[k - 1];
    for (std::size_t q = k; q < rows; ++q) basis[q] = basis[q - 1] + 1;
  }
  return best;
}

TEST(BenchmarkDea, AgreesWithVertexEnumerationOnTinyInstances) {
  std::mt19937 random(21);
  std::uniform_int_distribution<int> value(1, 9);
  int compared = 0;
  for (int trial = 0; trial < 60; ++trial) {
    DeaData data;
    const std::size_t n = 4 + trial % 4, m = 1 + trial % 2, s = 1 + (trial / 2) % 2;
    for (std::size_t j = 0; j < n; ++j) data.dmu_names.push_back(numbered("d", j));
    for (std::size_t i = 0; i < m; ++i) data.input_names.push_back(numbered("x", i));
    for (std::size_t r = 0; r < s; ++r) data.output_names.push_back(numbered("y", r));
    for (std::size_t k = 0; k < n * m; ++k) data.inputs.push_back(value(random));
    for (std::size_t k = 0; k < n * s; ++k) data.outputs.push_back(value(random));
    for (const auto rts : {ReturnsToScale::kConstant, ReturnsToScale::kVariable}) {
      for (const auto orientation : {Orientation::kInput, Orientation::kOutput}) {
        DeaOptions options;
        options.returns_to_scale = rts;
        options.orientation = orientation;
        const DeaResult result = run_ok(data, options);
        for (std::size_t o = 0; o < n; ++o) {
          const double expected = vertex_enumeration_score(data, o, options);
          ASSERT_EQ(result.dmus[o].status, DmuStatus::kOptimal);
          EXPECT_NEAR(result.dmus[o].lp_optimum, expected, 1e-7)
              << "trial " << trial << " DMU " << o << " rts " << static_cast<int>(rts) << " orientation "
              << static_cast<int>(orientation);
          ++compared;
        }
        expect_consistent(data, result, options);
      }
    }
  }
  EXPECT_EQ(compared, 4 * (15 * (4 + 5 + 6 + 7)));
}

TEST(BenchmarkDea, OneInputOneOutputCcrIsTheRatioToTheBestRatio) {
  std::mt19937 random(3);
  const DeaData data = random_data(random, 400, 1, 1);
  double best = 0.0;
  for (std::size_t j = 0; j < data.dmu_count(); ++j) best = std::max(best, data.output(j, 0) / data.input(j, 0));
  for (const auto orientation : {Orientation::kInput, Orientation::kOutput}) {
    DeaOptions options;
    options.orientation = orientation;
    const DeaResult result = run_ok(data, options);
    for (std::size_t j = 0; j < data.dmu_count(); ++j)
      EXPECT_NEAR(result.dmus[j].efficiency, data.output(j, 0) / data.input(j, 0) / best, 1e-9) << j;
    expect_consistent(data, result, options);
  }
}

TEST(BenchmarkDea, ModelsAgreeWithDeaTheory) {
  std::mt19937 random(5);
  const DeaData data = random_data(random, 600, 3, 3, 0.05);
  std::map<std::pair<int, int>, DeaResult> results;
  for (const auto rts : {ReturnsToScale::kConstant, ReturnsToScale::kVariable}) {
    for (const auto orientation : {Orientation::kInput, Orientation::kOutput}) {
      DeaOptions options;
      options.returns_to_scale = rts;
      options.orientation = orientation;
      results[{static_cast<int>(rts), static_cast<int>(orientation)}] = run_ok(data, options);
      expect_consistent(data, results[{static_cast<int>(rts), static_cast<int>(orientation)}], options);
    }
  }
  const auto& ccr_in = results[{0, 0}];
  const auto& ccr_out = results[{0, 1}];
  const auto& bcc_in = results[{1, 0}];
  const auto& bcc_out = results[{1, 1}];
  for (std::size_t j = 0; j < data.dmu_count(); ++j) {
    if (ccr_out.dmus[j].status != DmuStatus::kOptimal) {
      EXPECT_EQ(ccr_out.dmus[j].status, DmuStatus::kUnbounded);  // all outputs zero
      continue;
    }
    // CCR: input and output orientation give the same score (φ = 1/θ).
    EXPECT_NEAR(ccr_in.dmus[j].efficiency, ccr_out.dmus[j].efficiency, 1e-7) << j;
    EXPECT_NEAR(ccr_in.dmus[j].lp_optimum * ccr_out.dmus[j].lp_optimum, 1.0, 1e-7) << j;
    // The VRS frontier envelops more tightly: BCC scores are never below CCR scores.
    EXPECT_GE(bcc_in.dmus[j].efficiency, ccr_in.dmus[j].efficiency - 1e-9) << j;
    EXPECT_GE(bcc_out.dmus[j].efficiency, ccr_out.dmus[j].efficiency - 1e-9) << j;
    // Pareto-efficient under CCR implies Pareto-efficient under BCC.
    if (ccr_in.dmus[j].efficient) {
      EXPECT_TRUE(bcc_in.dmus[j].efficient) << j;
    }
  }
}

TEST(BenchmarkDea, ScoresDoNotDependOnUnits) {
  std::mt19937 random(8);
  DeaData data = random_data(random, 300, 2, 2);
  DeaOptions options;
  options.returns_to_scale = ReturnsToScale::kVariable;
  const DeaResult before = run_ok(data, options);
  for (std::size_t j = 0; j < data.dmu_count(); ++j) data.inputs[j * 2 + 1] *= 1000.0;  // CZK -> thousandths
  const DeaResult after = run_ok(data, options);
  for (std::size_t j = 0; j < data.dmu_count(); ++j) {
    EXPECT_NEAR(before.dmus[j].efficiency, after.dmus[j].efficiency, 1e-7) << j;
    EXPECT_NEAR(before.dmus[j].input_slacks[1] * 1000.0, after.dmus[j].input_slacks[1],
                1e-5 * (1.0 + after.dmus[j].input_slacks[1]))
        << j;
  }
}

TEST(BenchmarkDea, ThreadsAndProgressDoNotChangeScores) {
  std::mt19937 random(13);
  const DeaData data = random_data(random, 1500, 3, 2);
  DeaOptions options;
  options.orientation = Orientation::kOutput;
  std::vector<std::size_t> calls;
  options.progress = [&](std::size_t done, std::size_t total) {
    EXPECT_EQ(total, 1500u);
    calls.push_back(done);
  };
  options.progress_every = 400;
  const DeaResult single = run_ok(data, options);
  EXPECT_EQ(calls, (std::vector<std::size_t>{400, 800, 1200, 1500}));
  calls.clear();
  options.threads = 3;
  const DeaResult threaded = run_ok(data, options);
  ASSERT_FALSE(calls.empty());
  EXPECT_EQ(calls.back(), 1500u);
  for (std::size_t k = 1; k < calls.size(); ++k) EXPECT_LT(calls[k - 1], calls[k]);
  for (std::size_t j = 0; j < data.dmu_count(); ++j) {
    EXPECT_NEAR(single.dmus[j].efficiency, threaded.dmus[j].efficiency, 1e-7) << j;
    EXPECT_EQ(single.dmus[j].efficient, threaded.dmus[j].efficient) << j;
  }
  expect_consistent(data, threaded, options);
}

TEST(BenchmarkDea, DuplicatesAndZeroValues) {
  DeaData data;
  data.dmu_names = {"A", "A2", "B", "Z"};
  data.input_names = {"cost"};
  data.output_names = {"clients", "hours"};
  data.inputs = {10, 10, 20, 5};
  data.outputs = {5, 8, 5, 8, 4, 16, 0, 4};
  DeaOptions options;
  const DeaResult input = run_ok(data, options);
  // Z makes no clients (a zero output is valid data): 0.8 hours per unit of cost, on the hours frontier.
  EXPECT_EQ(input.dmus[3].status, DmuStatus::kOptimal);
  EXPECT_NEAR(input.dmus[3].efficiency, 1.0, 1e-9);
  // Identical DMUs get identical scores (1: A produces 0.5 clients and 0.8 hours per unit of cost).
  EXPECT_NEAR(input.dmus[0].efficiency, 1.0, 1e-9);
  EXPECT_NEAR(input.dmus[1].efficiency, 1.0, 1e-9);
  // B (20; 4, 16): 0.8 hours per unit like A but fewer clients; still on the frontier for hours.
  EXPECT_NEAR(input.dmus[2].efficiency, 1.0, 1e-9);
  options.orientation = Orientation::kOutput;
  const DeaResult output = run_ok(data, options);
  EXPECT_EQ(output.dmus[3].status, DmuStatus::kOptimal);
  EXPECT_NEAR(output.dmus[3].efficiency, 1.0, 1e-9);
  EXPECT_EQ(output.dmus[0].status, DmuStatus::kOptimal);
}

// An efficient DMU is its own projection; the peers reported leave it out.
TEST(BenchmarkDea, AnEfficientDmuIsNotItsOwnPeer) {
  const DeaData data = load_dataset("deap_eg1");
  const DeaResult result = run_ok(data, DeaOptions{});
  ASSERT_EQ(result.dmus.size(), 5u);
  // Firm 2 is efficient: its reference set is itself, its reported peers none.
  ASSERT_EQ(result.dmus[1].peers.size(), 1u);
  EXPECT_EQ(result.dmus[1].peers[0].dmu, 1u);
  EXPECT_TRUE(peers_of(1, result.dmus[1]).empty());
  // Firm 3 is not: its peers are firms 2 and 5, as published.
  const auto peers = peers_of(2, result.dmus[2]);
  ASSERT_EQ(peers.size(), 2u);
  EXPECT_EQ(peers[0].dmu, 1u);
  EXPECT_EQ(peers[1].dmu, 4u);
}

// Zero values are fine; a DMU without any positive input or any positive output is named.
TEST(BenchmarkDea, ADmuNeedsAPositiveInputAndAPositiveOutput) {
  DeaData data;
  data.dmu_names = {"Domov A", "Domov B", "Domov C"};
  data.input_names = {"cost", "fte"};
  data.output_names = {"clients", "hours"};
  data.inputs = {10, 0, 0, 0, 5, 2};
  data.outputs = {1, 0, 3, 4, 0, 0};
  const auto issues = validate_dea_data(data);
  ASSERT_EQ(issues.size(), 2u);
  EXPECT_EQ(issues[0].kind, DeaIssueKind::kNoPositiveInput);
  EXPECT_EQ(issues[0].dmu, std::optional<std::size_t>(1));
  EXPECT_EQ(issues[0].message, "DMU 'Domov B' has no positive input: 'cost', 'fte' are all 0.");
  EXPECT_EQ(issues[1].kind, DeaIssueKind::kNoPositiveOutput);
  EXPECT_EQ(issues[1].dmu, std::optional<std::size_t>(2));
  EXPECT_EQ(issues[1].message, "DMU 'Domov C' has no positive output: 'clients', 'hours' are all 0.");
}

TEST(BenchmarkDea, InvalidDataIsReportedInFull) {
  DeaData data;
  data.dmu_names = {"A", "", "A", "D"};
  data.input_names = {"cost"};
  data.output_names = {"clients", "clients"};
  data.inputs = {10, 0, -1, std::nan("")};
  data.outputs = {1, 2, 3, -4, 5, 6, HUGE_VAL, 0};
  const auto result = run_dea(data, DeaOptions{});
  ASSERT_TRUE(std::holds_alternative<DeaError>(result));
  const auto& issues = std::get<DeaError>(result).issues;
  std::map<DeaIssueKind, int> count;
  for (const auto& issue : issues) ++count[issue.kind];
  EXPECT_EQ(count[DeaIssueKind::kEmptyName], 1);
  EXPECT_EQ(count[DeaIssueKind::kDuplicateName], 2);  // DMU "A" and output "clients"
  EXPECT_EQ(count[DeaIssueKind::kNegativeInput], 1);  // 0 is a valid input
  EXPECT_EQ(count[DeaIssueKind::kNegativeOutput], 1);
  EXPECT_EQ(count[DeaIssueKind::kNotFinite], 2);
  for (const auto& issue : issues) EXPECT_FALSE(issue.message.empty());
  const std::string message = std::get<DeaError>(result).message();
  EXPECT_NE(message.find("DMU 'A': input 'cost' must not be negative (is -1"), std::string::npos) << message;
  EXPECT_NE(message.find("The dmu name number 2 is empty."), std::string::npos) << message;

  EXPECT_EQ(validate_dea_data(DeaData{}).size(), 3u);  // no DMUs, no inputs, no outputs
  DeaData shape;
  shape.dmu_names = {"A"};
  shape.input_names = {"x"};
  shape.output_names = {"y"};
  shape.inputs = {1, 2};
  shape.outputs = {1};
  const auto shape_issues = validate_dea_data(shape);
  ASSERT_EQ(shape_issues.size(), 1u);
  EXPECT_EQ(shape_issues[0].kind, DeaIssueKind::kShapeMismatch);
}

}  // namespace
