"""scipy peer of bench/benchmark_bench.sh: input-oriented DEA (envelopment form, one LP per DMU) with
scipy.optimize.linprog(method="highs"), timed on a random sample of DMUs and scaled to all of them. The
sample's scores go to DIR/scipy_dea_<model>.csv for the cross-check with Kvalis.

    python3 scipy_dea.py DIR SAMPLE
"""
import resource
import sys
import time

import numpy as np
import scipy
from scipy.optimize import linprog


def main():
    folder, sample_size = sys.argv[1], int(sys.argv[2])
    names = np.loadtxt(f"{folder}/dea.csv", delimiter=",", skiprows=1, usecols=0, dtype=str)
    data = np.loadtxt(f"{folder}/dea.csv", delimiter=",", skiprows=1, usecols=range(1, 7))
    x, y = data[:, :3].T, data[:, 3:].T  # variables × DMUs
    # Each variable divided by its mean (θ does not change): with costs in CZK (~1e8) HiGHS's default
    # tolerances otherwise stop early on some DMUs (off by ~1e-4).
    x = x / x.mean(axis=1, keepdims=True)
    y = y / y.mean(axis=1, keepdims=True)
    n = data.shape[0]
    sample = np.random.default_rng(20261124).choice(n, size=min(sample_size, n), replace=False)
    # min θ  s.t.  X λ − θ x_o ≤ 0,  −Y λ ≤ −y_o,  λ ≥ 0  (BCC: Σ λ = 1)
    a_ub = np.zeros((6, n + 1))
    a_ub[:3, 1:] = x
    a_ub[3:, 1:] = -y
    c = np.zeros(n + 1)
    c[0] = 1.0
    bounds = [(0, None)] * (n + 1)
    out = []
    for model in ("ccr", "bcc"):
        a_eq = b_eq = None
        if model == "bcc":
            a_eq = np.ones((1, n + 1))
            a_eq[0, 0] = 0.0
            b_eq = [1.0]
        scores = []
        t0 = time.perf_counter()
        for o in sample:
            a_ub[:3, 0] = -x[:, o]
            b_ub = np.concatenate([np.zeros(3), -y[:, o]])
            r = linprog(c, A_ub=a_ub, b_ub=b_ub, A_eq=a_eq, b_eq=b_eq, bounds=bounds, method="highs")
            scores.append(r.fun if r.status == 0 else float("nan"))
        elapsed = time.perf_counter() - t0
        with open(f"{folder}/scipy_dea_{model}.csv", "w") as f:
            f.write("dmu,efficiency\n")
            for o, s in sorted(zip(sample, scores)):
                f.write(f"{names[o]},{s!r}\n")
        out.append(f"{model}_sample_s={elapsed:.6f} {model}_scaled_s={elapsed * n / len(sample):.6f}")
    print(" ".join(out) + f" sample={len(sample)} dmus={n} "
          f"max_rss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss} version={scipy.__version__}")


if __name__ == "__main__":
    main()
