#!/usr/bin/env python3
"""Generates the national network for bench/finance_bench.sh into a migrated Kvalis SQLite database.

    python3 bench/finance_gen.py DB [--services 7000 --providers 2000 --seed 13]

Deterministic (random.Random(seed)): 14 regions (catalogues/regions.csv), each a region organisation with a
financing model of 2026 (costs growing 3–6 % a year; a row per kind priced per client a year, and per bed-day for
the residential form of kinds that have one); providers with 1–6 services of the registry's kinds in their
allowed forms; network years 2025, 2026 and 2027 of every region (most services in, capacities moving a little,
a few services leaving in 2027); a planned budget of 2026 for every service (3 cost categories, all 8 revenue
sources); subsidy lines of 2026 with requested and most granted amounts. Prints one line "key=value ..."."""
import argparse
import csv
import os
import random
import sqlite3
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCES = ["client_payments", "health_insurance", "state_subsidy", "region", "municipalities", "eu_funds", "donations", "other"]


def catalogue(name):
    with open(os.path.join(ROOT, "catalogues", name), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("db")
    ap.add_argument("--services", type=int, default=7000)
    ap.add_argument("--providers", type=int, default=2000)
    ap.add_argument("--seed", type=int, default=13)
    a = ap.parse_args()
    t0 = time.time()
    rnd = random.Random(a.seed)
    regions = [r["code"] for r in catalogue("regions.csv")]
    kinds = [(k["code"], [f for f in k["forms"].split(";") if f]) for k in catalogue("service_kinds.csv") if k["forms"]]
    con = sqlite3.connect(a.db)
    cur = con.cursor()
    now = int(time.time())
    region_org = {}
    for code in regions:
        cur.execute("INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES ('region', ?, ?, ?, ?)",
                    (f"Kraj {code}", code, now, now))
        region_org[code] = cur.lastrowid
    providers = []
    for p in range(a.providers):
        code = regions[p % len(regions)]
        cur.execute("INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES ('provider', ?, ?, ?, ?)",
                    (f"Poskytovatel {p + 1}", code, now, now))
        providers.append((cur.lastrowid, code))
    # Models: a row per kind and a bed-day row for residential kinds.
    rows = 0
    for code in regions:
        growth = round(rnd.uniform(0.03, 0.06), 3)
        cur.execute("INSERT INTO nw_fin_models (region_org_id, year, name, status, cost_growth, created_at, updated_at) "
                    "VALUES (?, 2026, ?, 'approved', ?, ?, ?)", (region_org[code], f"Model {code} 2026", growth, now, now))
        model = cur.lastrowid
        for kind, forms in kinds:
            cost = rnd.uniform(40000, 600000)
            own = cost * rnd.uniform(0.0, 0.6)
            cur.execute("INSERT INTO nw_fin_model_rows (model_id, kind_code, form_code, unit, units_per_capacity, reference_cost, "
                        "own_revenue, other_public, subsidy_share) VALUES (?, ?, '', 'client', 1, ?, ?, ?, ?)",
                        (model, kind, round(cost), round(own), round(cost * rnd.uniform(0.0, 0.08)), round(rnd.uniform(0.7, 1.0), 2)))
            rows += 1
            if "pob" in forms:
                day = rnd.uniform(900, 2400)
                cur.execute("INSERT INTO nw_fin_model_rows (model_id, kind_code, form_code, unit, units_per_capacity, reference_cost, "
                            "own_revenue, other_public, subsidy_share) VALUES (?, ?, 'pob', 'bed_day', 365, ?, ?, ?, ?)",
                            (model, kind, round(day, 1), round(day * rnd.uniform(0.3, 0.7), 1), round(rnd.uniform(0, 80)),
                             round(rnd.uniform(0.8, 1.0), 2)))
                rows += 1
    # Services.
    services = []
    for i in range(a.services):
        provider, code = providers[rnd.randrange(len(providers))]
        kind, allowed = kinds[rnd.randrange(len(kinds))]
        forms = sorted(rnd.sample(allowed, rnd.randint(1, len(allowed))))
        capacity = rnd.randint(3, 120)
        status = "active" if rnd.random() > 0.02 else "ended"
        cur.execute("INSERT INTO services (provider_id, registry_id, name, kind_code, region_code, forms, capacity_total, capacity_unit, "
                    "status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'klient', ?, ?, ?)",
                    (provider, str(8000000 + i), f"Služba {i + 1}", kind, code, ";" + ";".join(forms) + ";", capacity, status, now, now))
        services.append((cur.lastrowid, code, capacity, status))
    # Network years 2025–2027.
    entries = 0
    for code in regions:
        ids = {}
        for year in (2025, 2026, 2027):
            cur.execute("INSERT INTO nw_network_years (region_org_id, year, status, created_at, updated_at) VALUES (?, ?, 'approved', ?, ?)",
                        (region_org[code], year, now, now))
            ids[year] = cur.lastrowid
        for sid, scode, capacity, status in services:
            if scode != code or status != "active" or rnd.random() < 0.04:
                continue
            cap = capacity
            for year in (2025, 2026, 2027):
                if year == 2027 and rnd.random() < 0.02:
                    break
                cap = max(1, cap + rnd.choice([0, 0, 0, 1, -1, 2]))
                cur.execute("INSERT INTO nw_network_entries (network_year_id, service_id, capacity, capacity_unit) VALUES (?, ?, ?, 'klient')",
                            (ids[year], sid, cap))
                entries += 1
    # Budgets of 2026 and lines.
    items = []
    lines = []
    for sid, code, capacity, status in services:
        cost = capacity * rnd.uniform(60000, 500000)
        for cat, share in (("personnel", 0.7), ("operating", 0.27), ("investment", 0.03)):
            items.append((sid, 2026, "cost", cat, round(cost * share)))
        weights = [rnd.uniform(0.2, 1.0) for _ in SOURCES]
        total = sum(weights)
        for src, w in zip(SOURCES, weights):
            items.append((sid, 2026, "revenue", src, round(cost * w / total)))
        requested = round(cost * rnd.uniform(0.2, 0.5))
        granted = round(requested * rnd.uniform(0.75, 1.0)) if rnd.random() < 0.85 else None
        lines.append((region_org[code], sid, 2026, requested, granted, now))
    cur.executemany("INSERT INTO nw_fin_budget_items (service_id, year, side, category, amount) VALUES (?, ?, ?, ?, ?)", items)
    cur.executemany("INSERT INTO nw_fin_lines (region_org_id, service_id, year, requested, granted, updated_at) VALUES (?, ?, ?, ?, ?, ?)", lines)
    cur.execute("UPDATE data_versions SET version = version + 1 WHERE scope IN ('network', 'registry')")
    con.commit()
    print(f"regions={len(regions)} providers={a.providers} services={len(services)} model_rows={rows} network_entries={entries} "
          f"budget_items={len(items)} lines={len(lines)} time_s={time.time() - t0:.2f}")


if __name__ == "__main__":
    main()
