"""Compares two result CSV files of the same shape and row order field by field: numbers within a relative
tolerance (|a - b| <= tol * max(1, |a|, |b|)), empty fields only with empty fields, text exactly.
Prints "rows=N max_difference=D mismatches=M" and exits 1 when anything differs.

    python3 check_equal.py A.csv B.csv TOLERANCE [KEY_COLUMNS [subset]]

With "subset", B holds only some of A's rows (e.g. a sample of DMUs): each is compared with A's row of
the same key.
"""
import csv
import itertools
import sys


def main():
    a_path, b_path, tol = sys.argv[1], sys.argv[2], float(sys.argv[3])
    keys = int(sys.argv[4]) if len(sys.argv) > 4 else 3
    subset = len(sys.argv) > 5 and sys.argv[5] == "subset"
    rows = mismatches = 0
    worst = 0.0
    example = ""
    with open(a_path, newline="") as fa, open(b_path, newline="") as fb:
        ra, rb = csv.reader(fa), csv.reader(fb)
        ha, hb = next(ra), next(rb)
        if ha != hb:
            print(f"rows=0 max_difference=nan mismatches=1 header {ha} != {hb}")
            sys.exit(1)
        if subset:
            by_key = {tuple(r[:keys]): r for r in ra}
            pairs = ((by_key.get(tuple(r[:keys])), r) for r in rb)
        else:
            pairs = itertools.zip_longest(ra, rb)
        for x, y in pairs:
            rows += 1
            if x is None or y is None or x[:keys] != y[:keys]:
                mismatches += 1
                example = example or f"row {rows}: {x} / {y}"
                continue
            for u, v in zip(x[keys:], y[keys:]):
                if u == v:
                    continue
                if u == "" or v == "":
                    mismatches += 1
                    example = example or f"row {rows}: {x} / {y}"
                    continue
                fu, fv = float(u), float(v)
                d = abs(fu - fv) / max(1.0, abs(fu), abs(fv))
                worst = max(worst, d)
                if d > tol:
                    mismatches += 1
                    example = example or f"row {rows}: {x} / {y}"
    print(f"rows={rows} max_difference={worst:.3g} mismatches={mismatches}" + (f" first: {example}" if example else ""))
    sys.exit(1 if mismatches else 0)


if __name__ == "__main__":
    main()
