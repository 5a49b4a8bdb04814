#include "platform/core/rounding.hpp"

#include <cmath>

namespace kvalis {

double round_half_away(double value, int digits) {
  if (!std::isfinite(value)) return value;
  const double scale = std::pow(10.0, digits);
  // std::round rounds halfway cases away from zero, on the exact double.
  const double r = std::round(value * scale) / scale;
  return r == 0 ? 0.0 : r;  // no "-0"
}

}  // namespace kvalis
