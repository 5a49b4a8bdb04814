#pragma once
// Internal to dea.cpp: the envelopment LPs of one DEA run on one Clp model. Separate so that dea.cpp holds
// the public contract (validation, threads, progress) and this the solver; Clp's headers stay in the .cpp.
#include <cstddef>
#include <memory>
#include <vector>

#include "benchmark/core/dea.hpp"

namespace kvalis::benchmark::detail {

// Data divided by the mean of each variable, so the LP is well scaled whatever the units.
struct ScaledData {
  std::size_t n = 0, m = 0, s = 0;
  std::vector<double> input_scale, output_scale;  // the means (1 for an all-zero output)
  std::vector<double> x, y;                       // row-major like DeaData
  double xs(std::size_t j, std::size_t i) const { return x[j * m + i]; }
  double ys(std::size_t j, std::size_t r) const { return y[j * s + r]; }
};

// data must have passed validate_dea_data.
ScaledData scale(const DeaData& data);

// Solves DMU after DMU; not thread-safe, use one per thread. data and options must outlive it.
class EnvelopmentModel {
 public:
  EnvelopmentModel(const ScaledData& data, const DeaOptions& options);
  ~EnvelopmentModel();
  EnvelopmentModel(const EnvelopmentModel&) = delete;
  EnvelopmentModel& operator=(const EnvelopmentModel&) = delete;

  DmuEfficiency solve(std::size_t dmu);
  std::size_t lp_count() const;  // Clp solves so far, pricing rounds included

 private:
  class Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kvalis::benchmark::detail
