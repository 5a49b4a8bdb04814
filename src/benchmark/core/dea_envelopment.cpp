#include "benchmark/core/dea_envelopment.hpp"

#include <coin/ClpSimplex.hpp>
#include <coin/CoinPackedMatrix.hpp>

#include <algorithm>
#include <cmath>
#include <utility>
#include <vector>

namespace kvalis::benchmark::detail {
namespace {

const double kInfinity = COIN_DBL_MAX;
// Slacks and score gaps below this (in units of the variable's mean) are rounding noise.
constexpr double kSlackTolerance = 1e-9;
constexpr double kEfficientTolerance = 1e-6;

}  // namespace

ScaledData scale(const DeaData& data) {
  ScaledData d;
  d.n = data.dmu_count();
  d.m = data.input_names.size();
  d.s = data.output_names.size();
  d.input_scale.assign(d.m, 0.0);
  d.output_scale.assign(d.s, 0.0);
  for (std::size_t j = 0; j < d.n; ++j) {
    for (std::size_t i = 0; i < d.m; ++i) d.input_scale[i] += data.input(j, i) / static_cast<double>(d.n);
    for (std::size_t r = 0; r < d.s; ++r) d.output_scale[r] += data.output(j, r) / static_cast<double>(d.n);
  }
  // A variable that is 0 for every DMU (allowed: zero values are valid data) keeps its units.
  for (double& v : d.input_scale)
    if (v <= 0.0) v = 1.0;
  for (double& v : d.output_scale)
    if (v <= 0.0) v = 1.0;
  d.x.resize(data.inputs.size());
  d.y.resize(data.outputs.size());
  for (std::size_t j = 0; j < d.n; ++j) {
    for (std::size_t i = 0; i < d.m; ++i) d.x[j * d.m + i] = data.input(j, i) / d.input_scale[i];
    for (std::size_t r = 0; r < d.s; ++r) d.y[j * d.s + r] = data.output(j, r) / d.output_scale[r];
  }
  return d;
}

// The model behind EnvelopmentModel, solved by column generation. Column 0 is θ (input orientation) or
// φ (output orientation); the other columns are λ of a working set of DMUs. Rows: m inputs, s outputs,
// then Σλ = 1 for BCC. Between DMUs only θ's/φ's column and the right-hand sides change, and each solve
// starts from the previous basis.
//
// Why a working set: some optimal solution of every DMU's LP (the max-slack one) uses only strongly
// efficient DMUs as peers, and those are few. So the model holds the DMUs found efficient so far, the DMU
// being evaluated (which keeps the LP feasible) and any DMU whose λ prices out favourably; after each
// solve every undominated DMU outside the set is priced with the LP's duals, and the solve is repeated
// with the attractive ones added until none is left. The result is the optimum over all DMUs, while Clp
// works on a few dozen columns instead of thousands.
class EnvelopmentModel::Impl {
 public:
  Impl(const ScaledData& data, const DeaOptions& options)
      : d_(data), options_(options), input_oriented_(options.orientation == Orientation::kInput) {
    build();
  }

  DmuEfficiency solve(std::size_t o) {
    DmuEfficiency result;
    result.input_slacks.assign(d_.m, 0.0);
    result.output_slacks.assign(d_.s, 0.0);
    bool any_output = false;
    for (std::size_t r = 0; r < d_.s; ++r) any_output = any_output || d_.ys(o, r) > 0.0;
    if (!input_oriented_ && !any_output) {
      result.status = DmuStatus::kUnbounded;
      return result;
    }

    if (column_of_[o] < 0) add_members({o});
    set_dmu(o);
    set_objective(false);
    model_.setColumnBounds(0, 0.0, kInfinity);
    if (!solve_with_pricing(false)) return failure(o, result);
    double optimum = model_.primalColumnSolution()[0];
    if (std::fabs(optimum - 1.0) < kSlackTolerance) optimum = 1.0;
    result.lp_optimum = optimum;
    result.efficiency = input_oriented_ ? optimum : 1.0 / optimum;

    if (options_.compute_slacks) {
      set_objective(true);
      model_.setColumnBounds(0, optimum, optimum);
      if (!solve_with_pricing(true)) {
        // Rounding in phase one can leave θ/φ a hair too tight for phase two; loosen it by the noise level.
        const double loose = input_oriented_ ? optimum * (1.0 + kSlackTolerance) : optimum * (1.0 - kSlackTolerance);
        model_.setColumnBounds(0, loose, loose);
        if (!solve_with_pricing(true)) return failure(o, result);
      }
    }
    read_solution(o, optimum, result);
    // An inefficient DMU is never needed as a peer (see above); keep the working set small.
    if (!result.efficient && column_of_[o] >= 0) remove_member(o);
    return result;
  }

  std::size_t lp_count() const { return lp_count_; }

 private:
  bool bcc() const { return options_.returns_to_scale == ReturnsToScale::kVariable; }
  int input_row(std::size_t i) const { return static_cast<int>(i); }
  int output_row(std::size_t r) const { return static_cast<int>(d_.m + r); }

  void build() {
    rows_ = d_.m + d_.s + (bcc() ? 1 : 0);
    // λ_j's coefficients, DMU by DMU, for building columns and for pricing.
    coefficients_.assign(d_.n * rows_, 0.0);
    phase_two_cost_.assign(d_.n, 0.0);
    for (std::size_t j = 0; j < d_.n; ++j) {
      double* a = &coefficients_[j * rows_];
      double cost = 0.0;
      for (std::size_t i = 0; i < d_.m; ++i) {
        a[i] = input_oriented_ ? -d_.xs(j, i) : d_.xs(j, i);
        cost += d_.xs(j, i);
      }
      for (std::size_t r = 0; r < d_.s; ++r) {
        a[d_.m + r] = d_.ys(j, r);
        cost -= d_.ys(j, r);
      }
      if (bcc()) a[rows_ - 1] = 1.0;
      // Phase two: θ/φ fixed; maximise Σ scaled slacks. Each slack is linear in λ with a DMU-independent
      // coefficient (input slack -x̃_ij, output slack +ỹ_rj) plus a constant, so minimise Σ_j cost_j λ_j.
      phase_two_cost_[j] = cost;
    }
    priced_ = undominated();
    const std::size_t count = priced_.size();
    by_row_.assign(rows_ * count, 0.0);
    priced_cost_.assign(count, 0.0);
    for (std::size_t c = 0; c < count; ++c) {
      for (std::size_t k = 0; k < rows_; ++k) by_row_[k * count + c] = coefficients_[priced_[c] * rows_ + k];
      priced_cost_[c] = phase_two_cost_[priced_[c]];
    }
    column_of_.assign(d_.n, -1);

    // Only θ/φ at first, with placeholder coefficients that set_dmu() replaces.
    std::vector<int> theta_rows;
    std::vector<double> theta_elements;
    if (input_oriented_) {
      for (std::size_t i = 0; i < d_.m; ++i) theta_rows.push_back(input_row(i)), theta_elements.push_back(1.0);
    } else {
      for (std::size_t r = 0; r < d_.s; ++r) theta_rows.push_back(output_row(r)), theta_elements.push_back(-1.0);
    }
    const CoinBigIndex starts[2] = {0, static_cast<CoinBigIndex>(theta_elements.size())};
    const int lengths[1] = {static_cast<int>(theta_elements.size())};
    CoinPackedMatrix matrix(true, static_cast<int>(rows_), 1, starts[1], theta_elements.data(), theta_rows.data(),
                            starts, lengths);
    std::vector<double> row_lower(rows_), row_upper(rows_);
    for (std::size_t i = 0; i < d_.m; ++i) {
      row_lower[i] = input_oriented_ ? 0.0 : -kInfinity;
      row_upper[i] = input_oriented_ ? kInfinity : 1.0;
    }
    for (std::size_t r = 0; r < d_.s; ++r) {
      row_lower[d_.m + r] = 0.0;
      row_upper[d_.m + r] = kInfinity;
    }
    if (bcc()) row_lower.back() = row_upper.back() = 1.0;
    const double column_lower = 0.0, column_upper = kInfinity, objective = 0.0;

    model_.setLogLevel(0);
    model_.messageHandler()->setLogLevel(0);
    model_.loadProblem(matrix, &column_lower, &column_upper, &objective, row_lower.data(), row_upper.data());
    model_.scaling(0);  // the data are already scaled by their means
    // Keep Clp's work arrays between solves: otherwise every solve allocates and frees its factorization
    // areas (~160 kB), and the allocator handing them back to the system each time costs more than the
    // solve itself.
    model_.setPersistenceFlag(1);

    add_members(seeds());
  }

  // DMUs that no other DMU dominates (no more of any input, no less of any output, and not identical).
  // A dominated DMU is never strongly efficient, so it never appears in a max-slack solution and need not
  // be priced. Candidates are visited by decreasing Σỹ - Σx̃, so a dominator comes no later than the DMU it
  // dominates except among equal sums, where a dominated DMU may be kept: keeping one too many is harmless.
  std::vector<std::size_t> undominated() const {
    std::vector<double> score(d_.n, 0.0);
    for (std::size_t j = 0; j < d_.n; ++j) {
      for (std::size_t i = 0; i < d_.m; ++i) score[j] -= d_.xs(j, i);
      for (std::size_t r = 0; r < d_.s; ++r) score[j] += d_.ys(j, r);
    }
    std::vector<std::size_t> order(d_.n);
    for (std::size_t j = 0; j < d_.n; ++j) order[j] = j;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return score[a] > score[b]; });
    std::vector<std::size_t> kept;
    for (std::size_t j : order) {
      bool dominated = false;
      for (std::size_t k : kept) {
        bool no_worse = true, better = false;
        for (std::size_t i = 0; i < d_.m && no_worse; ++i) {
          no_worse = d_.xs(k, i) <= d_.xs(j, i);
          better = better || d_.xs(k, i) < d_.xs(j, i);
        }
        for (std::size_t r = 0; r < d_.s && no_worse; ++r) {
          no_worse = d_.ys(k, r) >= d_.ys(j, r);
          better = better || d_.ys(k, r) > d_.ys(j, r);
        }
        if (no_worse && better) {
          dominated = true;
          break;
        }
      }
      if (!dominated) kept.push_back(j);
    }
    std::sort(kept.begin(), kept.end());
    return kept;
  }

  // DMUs certainly on the frontier, to start the working set: for each input/output pair the best ratio
  // y_r/x_i (CCR-efficient), and for BCC also the smallest input and largest output of each kind.
  std::vector<std::size_t> seeds() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < d_.m; ++i) {
      for (std::size_t r = 0; r < d_.s; ++r) {
        std::size_t best = 0;
        for (std::size_t j = 1; j < d_.n; ++j)
          if (d_.ys(j, r) * d_.xs(best, i) > d_.ys(best, r) * d_.xs(j, i)) best = j;
        out.push_back(best);
      }
    }
    if (bcc()) {
      for (std::size_t i = 0; i < d_.m; ++i) {
        std::size_t best = 0;
        for (std::size_t j = 1; j < d_.n; ++j)
          if (d_.xs(j, i) < d_.xs(best, i)) best = j;
        out.push_back(best);
      }
      for (std::size_t r = 0; r < d_.s; ++r) {
        std::size_t best = 0;
        for (std::size_t j = 1; j < d_.n; ++j)
          if (d_.ys(j, r) > d_.ys(best, r)) best = j;
        out.push_back(best);
      }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  // Puts the DMUs' λ into free column slots, adding columns only when none is free.
  void add_members(const std::vector<std::size_t>& dmus) {
    std::vector<std::size_t> appended;
    for (std::size_t j : dmus) {
      if (free_slots_.empty()) {
        appended.push_back(j);
        continue;
      }
      const int column = free_slots_.back();
      free_slots_.pop_back();
      const double* a = &coefficients_[j * rows_];
      for (std::size_t k = 0; k < rows_; ++k) model_.modifyCoefficient(static_cast<int>(k), column, a[k]);
      model_.setColumnBounds(column, 0.0, kInfinity);
      model_.setObjectiveCoefficient(column, phase_two_ ? phase_two_cost_[j] : 0.0);
      slot_dmu_[static_cast<std::size_t>(column)] = static_cast<long>(j);
      column_of_[j] = column;
    }
    if (appended.empty()) return;
    std::vector<CoinBigIndex> starts{0};
    std::vector<int> rows;
    std::vector<double> elements, lower(appended.size(), 0.0), upper(appended.size(), kInfinity), objective;
    for (std::size_t j : appended) {
      const double* a = &coefficients_[j * rows_];
      for (std::size_t k = 0; k < rows_; ++k) {
        if (a[k] == 0.0) continue;
        rows.push_back(static_cast<int>(k));
        elements.push_back(a[k]);
      }
      starts.push_back(static_cast<CoinBigIndex>(elements.size()));
      objective.push_back(phase_two_ ? phase_two_cost_[j] : 0.0);
      column_of_[j] = static_cast<int>(slot_dmu_.size());
      slot_dmu_.push_back(static_cast<long>(j));
    }
    model_.addColumns(static_cast<int>(appended.size()), lower.data(), upper.data(), objective.data(), starts.data(),
                      rows.data(), elements.data());
  }

  // Fixes the DMU's λ at 0 and leaves its column for reuse (Clp cannot delete columns of a model whose
  // arrays persist).
  void remove_member(std::size_t dmu) {
    const int column = column_of_[dmu];
    model_.setColumnBounds(column, 0.0, 0.0);
    model_.setObjectiveCoefficient(column, 0.0);
    slot_dmu_[static_cast<std::size_t>(column)] = -1;
    free_slots_.push_back(column);
    column_of_[dmu] = -1;
  }

  void set_dmu(std::size_t o) {
    if (input_oriented_) {
      for (std::size_t i = 0; i < d_.m; ++i) model_.modifyCoefficient(input_row(i), 0, d_.xs(o, i));
      for (std::size_t r = 0; r < d_.s; ++r) model_.setRowLower(output_row(r), d_.ys(o, r));
    } else {
      for (std::size_t i = 0; i < d_.m; ++i) model_.setRowUpper(input_row(i), d_.xs(o, i));
      for (std::size_t r = 0; r < d_.s; ++r) {
        const double y = d_.ys(o, r);
        // An output the DMU does not produce constrains nothing: free the row instead of storing a zero
        // coefficient (Clp drops explicit zeros from the matrix).
        if (y > 0.0) {
          model_.modifyCoefficient(output_row(r), 0, -y);
          model_.setRowLower(output_row(r), 0.0);
        } else {
          model_.setRowLower(output_row(r), -kInfinity);
        }
      }
    }
  }

  void set_objective(bool phase_two) {
    phase_two_ = phase_two;
    objective_.assign(slot_dmu_.size(), 0.0);
    if (phase_two) {
      for (std::size_t c = 1; c < slot_dmu_.size(); ++c)
        if (slot_dmu_[c] >= 0) objective_[c] = phase_two_cost_[static_cast<std::size_t>(slot_dmu_[c])];
    } else {
      objective_[0] = input_oriented_ ? 1.0 : -1.0;  // min θ, or max φ as min -φ
    }
    model_.chgObjCoefficients(objective_.data());
  }

  bool solve_with_pricing(bool phase_two) {
    for (;;) {
      if (!run()) return false;
      const std::vector<std::size_t> entering = price(phase_two);
      if (entering.empty()) return true;
      add_members(entering);
    }
  }

  // DMUs outside the working set whose λ has a negative reduced cost c_j - π·a_j, most negative first.
  // This pass over the undominated DMUs is the only per-LP work that grows with their number, so it runs
  // over contiguous rows in blocks that stay in the L1 cache, which the compiler vectorises.
  std::vector<std::size_t> price(bool phase_two) {
    const double* duals = model_.dualRowSolution();
    constexpr std::size_t kBlock = 256;
    double reduced[kBlock];
    const std::size_t count = priced_.size();
    candidates_.clear();
    for (std::size_t begin = 0; begin < count; begin += kBlock) {
      const std::size_t size = std::min(kBlock, count - begin);
      if (phase_two) {
        std::copy_n(&priced_cost_[begin], size, reduced);
      } else {
        std::fill_n(reduced, size, 0.0);
      }
      for (std::size_t k = 0; k < rows_; ++k) {
        const double dual = duals[k];
        if (dual == 0.0) continue;
        const double* row = &by_row_[k * count + begin];
        for (std::size_t j = 0; j < size; ++j) reduced[j] -= dual * row[j];
      }
      for (std::size_t j = 0; j < size; ++j) {
        if (reduced[j] < -kPricingTolerance && column_of_[priced_[begin + j]] < 0)
          candidates_.emplace_back(reduced[j], priced_[begin + j]);
      }
    }
    const std::size_t take = std::min(candidates_.size(), kMaxEntering);
    std::partial_sort(candidates_.begin(), candidates_.begin() + static_cast<std::ptrdiff_t>(take), candidates_.end());
    std::vector<std::size_t> entering;
    for (std::size_t k = 0; k < take; ++k) entering.push_back(candidates_[k].second);
    return entering;
  }

  // Solves from the current basis; on trouble once more from scratch.
  bool run() {
    ++lp_count_;
    model_.primal();
    if (model_.status() == 0) return true;
    model_.allSlackBasis(true);
    model_.primal();
    return model_.status() == 0;
  }

  DmuEfficiency& failure(std::size_t o, DmuEfficiency& result) {
    result.status = DmuStatus::kSolverFailure;
    if (column_of_[o] >= 0) remove_member(o);
    model_.allSlackBasis(true);
    return result;
  }

  void read_solution(std::size_t o, double optimum, DmuEfficiency& result) const {
    const double* solution = model_.primalColumnSolution();
    std::vector<double> input_use(d_.m, 0.0), output_made(d_.s, 0.0);
    for (std::size_t c = 1; c < slot_dmu_.size(); ++c) {
      const double lambda = solution[c];
      if (slot_dmu_[c] < 0 || lambda <= kPeerThreshold) continue;
      const auto j = static_cast<std::size_t>(slot_dmu_[c]);
      result.peers.push_back(DeaPeer{j, lambda});
      for (std::size_t i = 0; i < d_.m; ++i) input_use[i] += lambda * d_.xs(j, i);
      for (std::size_t r = 0; r < d_.s; ++r) output_made[r] += lambda * d_.ys(j, r);
    }
    std::sort(result.peers.begin(), result.peers.end(),
              [](const DeaPeer& a, const DeaPeer& b) { return a.dmu < b.dmu; });
    const double input_factor = input_oriented_ ? optimum : 1.0;
    const double output_factor = input_oriented_ ? 1.0 : optimum;
    bool slack_free = true;
    for (std::size_t i = 0; i < d_.m; ++i) {
      const double slack = input_factor * d_.xs(o, i) - input_use[i];
      if (slack > kEfficientTolerance) slack_free = false;
      result.input_slacks[i] = slack > kSlackTolerance ? slack * d_.input_scale[i] : 0.0;
    }
    for (std::size_t r = 0; r < d_.s; ++r) {
      const double slack = output_made[r] - output_factor * d_.ys(o, r);
      if (slack > kEfficientTolerance) slack_free = false;
      result.output_slacks[r] = slack > kSlackTolerance ? slack * d_.output_scale[r] : 0.0;
    }
    result.efficient = std::fabs(result.efficiency - 1.0) <= kEfficientTolerance && slack_free;
  }

  static constexpr double kPricingTolerance = 1e-9;
  static constexpr std::size_t kMaxEntering = 16;

  const ScaledData& d_;
  const DeaOptions& options_;
  const bool input_oriented_;
  std::size_t rows_ = 0;
  std::vector<double> coefficients_;    // n × rows_: λ_j's column, DMU by DMU
  std::vector<std::size_t> priced_;     // undominated DMUs, the only ones pricing looks at
  std::vector<double> by_row_;          // rows_ × priced_: their columns, row by row, for pricing
  std::vector<double> priced_cost_;     // their phase-two costs
  std::vector<double> phase_two_cost_;  // per DMU
  std::vector<int> column_of_;          // DMU -> model column, -1 outside the working set
  std::vector<long> slot_dmu_{-1};      // model column -> DMU whose λ it holds, -1 for θ/φ and free slots
  std::vector<int> free_slots_;         // columns fixed at 0, ready for reuse
  bool phase_two_ = false;
  std::vector<double> objective_;
  std::vector<std::pair<double, std::size_t>> candidates_;
  ClpSimplex model_;
  std::size_t lp_count_ = 0;
};

EnvelopmentModel::EnvelopmentModel(const ScaledData& data, const DeaOptions& options)
    : impl_(std::make_unique<Impl>(data, options)) {}
EnvelopmentModel::~EnvelopmentModel() = default;
DmuEfficiency EnvelopmentModel::solve(std::size_t dmu) { return impl_->solve(dmu); }
std::size_t EnvelopmentModel::lp_count() const { return impl_->lp_count(); }

}  // namespace kvalis::benchmark::detail
