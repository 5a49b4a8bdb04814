#!/usr/bin/env python3
"""The peer of bench/finance_bench.sh: the financing outlook of the whole network computed by pandas from the same
Kvalis SQLite database, vectorised (no Python loop over services or years), by the rules of
src/network/app/financing_outlook.hpp and src/network/core/financing*.hpp:

- each region's model: the latest model year not after year_from, else its earliest;
- a service's row: the first of its forms with a (kind, form) row, else the kind's row for every form;
- capacity in year y: the service's entry in the region's latest network year not after y (0 when not in it);
  with no network year yet, the registered capacity of an active service;
- reference cost × (1 + growth)^(y − model year); units = capacity × units_per_capacity; compensation =
  max(0, reference − own) × units; optimal = max(0, compensation × share − other_public × units);
- own revenues split as the service's budget (latest planned year not after year_from, else its earliest)
  splits client payments, health insurance, donations and other; other public money as it splits region,
  municipalities and EU funds (no such revenues: all client payments / all municipalities);
- the what-if: one service's capacity from a year.

    python3 bench/finance_peer.py DB --year-from 2026 --years 5 --service ID --value CAP --from-year 2028
        [--repeat 5 --out peer.csv --kvalis kvalis.json]

Prints "key=value ..." (load_s, compute_s best, compute_median_s, max_rss_kb, version; with --kvalis the
comparison: mismatches, max_difference)."""
import argparse
import json
import resource
import sqlite3
import statistics
import time

import numpy as np
import pandas as pd

SOURCES = ["client_payments", "health_insurance", "state_subsidy", "region", "municipalities", "eu_funds", "donations", "other"]
OWN = ["client_payments", "health_insurance", "donations", "other"]
PUBLIC = ["region", "municipalities", "eu_funds"]


def load(db):
    con = sqlite3.connect(db)
    q = lambda sql: pd.read_sql_query(sql, con)
    data = {
        "services": q("SELECT id, region_code, kind_code, forms, status, capacity_total FROM services"),
        "regions": q("SELECT id AS region_org_id, region_code FROM organisations WHERE type = 'region'"),
        "models": q("SELECT id AS model_id, region_org_id, year AS model_year, cost_growth FROM nw_fin_models"),
        "rows": q("SELECT model_id, kind_code, form_code, units_per_capacity AS upc, reference_cost AS ref, own_revenue AS own, "
                  "other_public AS op, subsidy_share AS share FROM nw_fin_model_rows"),
        "network_years": q("SELECT id AS network_year_id, region_org_id, year AS network_year FROM nw_network_years"),
        "entries": q("SELECT network_year_id, service_id, capacity FROM nw_network_entries"),
        "revenues": q("SELECT service_id, year, category, amount FROM nw_fin_budget_items WHERE side = 'revenue' AND actual = 0"),
    }
    con.close()
    return data


def latest_not_after(df, key, year_col, year):
    """Per key: the row of the latest year not after `year`, else the earliest."""
    df = df.sort_values([key, year_col])
    before = df[df[year_col] <= year].groupby(key).tail(1)
    first = df.groupby(key).head(1)
    return pd.concat([before, first[~first[key].isin(before[key])]])


def prepare(d, year_from, years):
    """What does not depend on the what-if: each service's row, its capacity per year and its revenue shares."""
    svc = d["services"].merge(d["regions"], on="region_code", how="left")
    models = latest_not_after(d["models"], "region_org_id", "model_year", year_from)
    svc = svc.merge(models, on="region_org_id", how="left")
    # The row: the first form with its own row, else the kind's row for every form.
    forms = svc[["id", "model_id", "kind_code", "forms"]].assign(form_code=svc["forms"].str.strip(";").str.split(";")).explode("form_code")
    forms["pos"] = forms.groupby("id").cumcount()
    rows = d["rows"]
    by_form = forms.merge(rows[rows.form_code != ""], on=["model_id", "kind_code", "form_code"]).sort_values(["id", "pos"]).groupby("id").head(1)
    every = svc[["id", "model_id", "kind_code"]].merge(rows[rows.form_code == ""], on=["model_id", "kind_code"])
    every = every[~every["id"].isin(by_form["id"])]
    cols = ["id", "upc", "ref", "own", "op", "share"]
    svc = svc.merge(pd.concat([by_form[cols], every[cols]]), on="id", how="inner")
    # Capacity per year: the latest network year not after y, else the registered capacity.
    grid = svc[["id", "region_org_id", "model_year", "cost_growth", "upc", "ref", "own", "op", "share", "status", "capacity_total"]].merge(
        pd.DataFrame({"y": np.arange(year_from, year_from + years)}), how="cross")
    ny = d["network_years"].sort_values("network_year")
    grid = pd.merge_asof(grid.sort_values("y"), ny, left_on="y", right_on="network_year", by="region_org_id", direction="backward")
    grid = grid.merge(d["entries"].rename(columns={"service_id": "id"}), on=["network_year_id", "id"], how="left")
    registered = np.where(grid["status"] == "active", grid["capacity_total"], 0.0)
    grid["cap"] = np.where(grid["network_year_id"].isna(), registered, grid["capacity"].fillna(0.0)).astype(float)
    # Revenue shares from the budget.
    rev = d["revenues"]
    years_of = latest_not_after(rev[["service_id", "year"]].drop_duplicates(), "service_id", "year", year_from)
    rev = rev.merge(years_of, on=["service_id", "year"]).pivot_table(index="service_id", columns="category", values="amount", aggfunc="sum")
    rev = rev.reindex(columns=SOURCES, fill_value=0.0).fillna(0.0).clip(lower=0.0)
    own_sum = rev[OWN].sum(axis=1)
    pub_sum = rev[PUBLIC].sum(axis=1)
    shares = pd.DataFrame(index=rev.index)
    for s in OWN:
        shares["own_" + s] = np.where(own_sum > 0, rev[s] / own_sum.where(own_sum > 0, 1), 1.0 if s == "client_payments" else 0.0)
    for s in PUBLIC:
        shares["pub_" + s] = np.where(pub_sum > 0, rev[s] / pub_sum.where(pub_sum > 0, 1), 1.0 if s == "municipalities" else 0.0)
    grid = grid.merge(shares, left_on="id", right_index=True, how="left")
    grid["own_client_payments"] = grid["own_client_payments"].fillna(1.0)
    grid["pub_municipalities"] = grid["pub_municipalities"].fillna(1.0)
    return grid.fillna({c: 0.0 for c in grid.columns if c.startswith(("own_", "pub_"))})


def outlook(grid, cap):
    ref = grid["ref"] * (1.0 + grid["cost_growth"]) ** (grid["y"] - grid["model_year"])
    units = cap * grid["upc"]
    own = grid["own"] * units
    comp = (ref - grid["own"]).clip(lower=0.0) * units
    optimal = (comp * grid["share"] - grid["op"] * units).clip(lower=0.0)
    public = grid["op"] * units
    out = pd.DataFrame({"y": grid["y"], "total_cost": ref * units, "total_optimal": optimal, "state_subsidy": optimal})
    for s in OWN:
        out[s] = own * grid["own_" + s]
    for s in PUBLIC:
        out[s] = public * grid["pub_" + s]
    return out.groupby("y").sum()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--year-from", type=int, default=2026)
    ap.add_argument("--years", type=int, default=5)
    ap.add_argument("--service", type=int, required=True)
    ap.add_argument("--value", type=float, required=True)
    ap.add_argument("--from-year", type=int, required=True)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--out")
    ap.add_argument("--kvalis")
    a = ap.parse_args()
    t0 = time.perf_counter()
    data = load(a.db)
    load_s = time.perf_counter() - t0
    times = []
    for _ in range(a.repeat):
        t = time.perf_counter()
        grid = prepare(data, a.year_from, a.years)
        base = outlook(grid, grid["cap"])
        whatif_cap = grid["cap"].where(~((grid["id"] == a.service) & (grid["y"] >= a.from_year)), a.value)
        whatif = outlook(grid, whatif_cap)
        times.append(time.perf_counter() - t)
    result = {}
    for name, table in (("base", base), ("whatif", whatif)):
        for measure in ["total_cost", "total_optimal"] + SOURCES:
            for y, v in table[measure].items():
                result[(name, measure, int(y))] = float(v)
    if a.out:
        with open(a.out, "w") as f:
            f.write("scenario,measure,year,value\n")
            for (n, m, y), v in sorted(result.items()):
                f.write(f"{n},{m},{y},{v!r}\n")
    line = (f"version={pd.__version__} load_s={load_s:.4f} compute_s={min(times):.4f} compute_median_s={statistics.median(times):.4f} "
            f"max_rss_kb={resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}")
    if a.kvalis:
        k = json.load(open(a.kvalis))
        theirs = {}
        for i, y in enumerate(k["years"]):
            theirs[("whatif", "total_cost", y)] = k["total_cost"][i]
            theirs[("whatif", "total_optimal", y)] = k["total_optimal"][i]
            theirs[("base", "total_cost", y)] = k["base_total_cost"][i]
            theirs[("base", "total_optimal", y)] = k["base_total_optimal"][i]
            for s in k["by_source"]:
                theirs[("whatif", s["source"], y)] = s["values"][i]
                theirs[("base", s["source"], y)] = s["base_values"][i]
        worst, bad = 0.0, 0
        for key, v in result.items():
            w = theirs.get(key)
            if w is None:
                bad += 1
                continue
            d = abs(v - w) / max(1.0, abs(v))
            worst = max(worst, d)
            bad += d > 1e-9
        line += f" compared={len(result)} mismatches={bad} max_difference={worst:.2e}"
    print(line)


if __name__ == "__main__":
    main()
