"""pandas peer of bench/benchmark_bench.sh: the same comparison statistics with groupby, quantile
(linear interpolation = R type 7), rank(method="min") and vectorised z-scores and reserves. Reading the
CSV is not timed; the computation is, best of three. Prints "time_s=... max_rss_kb=...".

    python3 pandas_comparison.py DIR
"""
import resource
import sys
import time

import numpy as np
import pandas as pd


def compute(values, lower):
    d = values.dropna(subset=["value"])
    keys = ["round", "indicator", "peer"]
    g = d.groupby(keys, observed=True, sort=False)["value"]
    stats = g.agg(n="count", min="min", max="max", mean="mean", sd="std")
    q = g.quantile([0.25, 0.5, 0.75]).unstack()
    stats["q1"], stats["median"], stats["q3"] = q[0.25], q[0.5], q[0.75]
    rank = g.rank(method="min")
    m = d.join(stats, on=keys)
    n = m["n"]
    percent_rank = ((rank - 1) / (n - 1)).where(n > 1, 0.0)
    v = m["value"]
    z = ((v - m["mean"]) / m["sd"]).where((n >= 2) & (m["max"] > m["min"]))
    low = m["indicator"].map(lower).astype(bool).to_numpy()
    reserve_median = np.where(low, np.maximum(0, v - m["median"]), np.maximum(0, m["median"] - v))
    reserve_best = np.where(low, np.maximum(0, v - m["q1"]), np.maximum(0, m["q3"] - v))
    return stats, pd.DataFrame({"percent_rank": percent_rank, "z": z, "reserve_median": reserve_median,
                                "reserve_best": reserve_best})


def main():
    folder = sys.argv[1]
    values = pd.read_csv(f"{folder}/values.csv",
                         dtype={"round": "int32", "indicator": "category", "service": "int32", "peer": "category",
                                "value": "float64"})
    directions = pd.read_csv(f"{folder}/indicators.csv")
    lower = dict(zip(directions["indicator"], directions["direction"] == "lower"))
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        stats, scores = compute(values, lower)
        times.append(time.perf_counter() - t0)
    times.sort()
    print(f"time_s={times[0]:.6f} time_median_s={times[1]:.6f} groups={len(stats)} scores={len(scores)} "
          f"max_rss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss} version={pd.__version__}")


if __name__ == "__main__":
    main()
