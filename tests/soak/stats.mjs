// Latency samples of the soak (tests/soak/soak.mjs): a growable array of milliseconds and the
// nearest-rank percentile of a sorted one.

export class Latencies {
  constructor() {
    this.values = new Float64Array(1024);
    this.count = 0;
  }

  add(ms) {
    if (this.count === this.values.length) {
      const bigger = new Float64Array(this.values.length * 2);
      bigger.set(this.values);
      this.values = bigger;
    }
    this.values[this.count++] = ms;
  }

  sorted() {
    return this.values.slice(0, this.count).sort();
  }
}

// The nearest-rank p-th percentile (0 < p ≤ 100) of ascending values: the smallest value with at least p %
// of the values at or below it; NaN for no values.
export function percentile(sorted, p) {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}
