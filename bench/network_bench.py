#!/usr/bin/env python3
"""Speed of the coverage map at national size (issue 12 "Speed"), against a peer in the same run.

1. generate: a national data set written into a migrated Kvalis SQLite database through SQL — the 14 regions
   (region organisations), 2,000 providers, 7,000 active services of the 34 kinds spread over the regions, each
   working in 1–3 ORP of its region (the 206 ORP of catalogues/territories.csv) with 1–2 target groups; per
   region its 15 need areas (catalogues/need_areas.csv), a published card per kind with 10–15 of the needs, and
   one locked coverage round in which every service submitted an answer for every need of its card.
2. time GET /api/network/coverage/map?region=all through HTTP (kvalis serve, the platform administrator):
   cold (the first request after the server starts: the map is computed) and warm (the server's map cache),
   and the same for the gaps export (gaps.csv);
3. the peer: SQLite itself computing the same map — counts per ORP × need by mode over the latest locked round of
   every region, the full grid with the gaps — in one GROUP BY statement with indexes (a covering index on the
   answers is added for it), best and median of several runs on the same database in the same run;
4. the numbers of both are compared cell by cell.

Prints a Markdown section. Usage: python3 bench/network_bench.py --kvalis build/kvalis [--out bench/out/network]
[--port 18442] [--runs 20] [--regenerate]
"""
import argparse
import csv
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import time
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PASSWORD = "bench-heslo-2026"


def catalogue(name):
    with open(os.path.join(ROOT, "catalogues", name + ".csv"), encoding="utf-8") as f:
        return list(csv.DictReader(f))


def log(*a):
    print(*a, file=sys.stderr, flush=True)


def generate(db_path, kvalis, services=7000, providers=2000, seed=12):
    rnd = random.Random(seed)
    subprocess.run([kvalis, "migrate", "--db", db_path], check=True, stdout=subprocess.DEVNULL)
    territories = [t for t in catalogue("territories")]
    by_region = {}
    for t in territories:
        by_region.setdefault(t["parent_code"], []).append(t["code"])
    regions = sorted(by_region)
    kinds = [k["code"] for k in catalogue("service_kinds")]
    needs = [(n["code"], n["name_cs"], n["name_en"]) for n in catalogue("need_areas")]
    groups = [g["code"] for g in catalogue("target_groups")]
    now = int(time.time())
    con = sqlite3.connect(db_path)
    cur = con.cursor()
    cur.execute("BEGIN")
    region_org = {}
    for code in regions:
        cur.execute(
            "INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES ('region', ?, ?, ?, ?)",
            (f"Kraj {code}", code, now, now))
        region_org[code] = cur.lastrowid
    # Providers spread over the regions in proportion to their ORP.
    weights = [len(by_region[r]) for r in regions]
    provider_rows = []
    for i in range(providers):
        region = rnd.choices(regions, weights)[0]
        cur.execute(
            "INSERT INTO organisations (type, name, region_code, created_at, updated_at) VALUES ('provider', ?, ?, ?, ?)",
            (f"Poskytovatel {i + 1}", region, now, now))
        provider_rows.append((cur.lastrowid, region))
    need_ids = {}
    for code in regions:
        for pos, (ncode, cs, en) in enumerate(needs):
            cur.execute(
                "INSERT INTO nw_need_areas (region_org_id, code, name_cs, name_en, position, created_at) VALUES (?, ?, ?, ?, ?, ?)",
                (region_org[code], ncode, cs, en, pos, now))
            need_ids[(code, ncode)] = cur.lastrowid
    card_needs = {}  # (region, kind) -> (version id, [need ids])
    for code in regions:
        for kind in kinds:
            cur.execute("INSERT INTO nw_cards (region_org_id, kind_code, form_code, created_at) VALUES (?, ?, '', ?)",
                        (region_org[code], kind, now))
            card = cur.lastrowid
            cur.execute(
                "INSERT INTO nw_card_versions (card_id, version_no, status, title, published_at, created_at, updated_at) "
                "VALUES (?, 1, 'published', ?, ?, ?, ?)", (card, f"Karta {kind}", now, now, now))
            version = cur.lastrowid
            chosen = sorted(rnd.sample(range(len(needs)), rnd.randint(10, 15)))
            ids = [need_ids[(code, needs[i][0])] for i in chosen]
            cur.executemany("INSERT INTO nw_card_needs (version_id, need_area_id, position) VALUES (?, ?, ?)",
                            [(version, nid, p) for p, nid in enumerate(ids)])
            card_needs[(code, kind)] = (version, ids)
    round_of = {}
    for code in regions:
        cur.execute(
            "INSERT INTO nw_coverage_rounds (region_org_id, title, period_from, period_to, kinds, deadline, status, "
            "opened_at, locked_at, created_at, updated_at) VALUES (?, 'Sběr pokrytí 2025', '2025-01-01', '2025-12-31', ?, "
            "'2025-11-30', 'locked', ?, ?, ?, ?)",
            (region_org[code], ";" + ";".join(kinds) + ";", now, now, now, now))
        round_of[code] = cur.lastrowid
    answers = 0
    modes = ["direct", "mediated", "referred", "none"]
    # How often a kind meets a need directly: a few needs of each kind seldom (so that some ORP have gaps).
    direct_share = {(k, nid): rnd.choice([2, 5, 40, 60, 75, 85]) for k in kinds for nid in range(len(needs))}
    need_index = {need_ids[(r, n[0])]: i for r in regions for i, n in enumerate(needs)}
    for i in range(services):
        provider, region = provider_rows[i % providers] if i < providers else rnd.choice(provider_rows)
        kind = kinds[i % len(kinds)] if i < len(kinds) * len(regions) else rnd.choice(kinds)
        cur.execute(
            "INSERT INTO services (provider_id, registry_id, name, kind_code, region_code, status, source, created_at, "
            "updated_at) VALUES (?, ?, ?, ?, ?, 'active', 'bench', ?, ?)",
            (provider, str(7000000 + i), f"Služba {i + 1}", kind, region, now, now))
        sid = cur.lastrowid
        for t in rnd.sample(by_region[region], min(len(by_region[region]), rnd.choice([1, 1, 2, 3]))):
            cur.execute("INSERT INTO service_territories (service_id, territory_code) VALUES (?, ?)", (sid, t))
        for g in rnd.sample(groups, rnd.randint(1, 2)):
            cur.execute("INSERT INTO service_target_groups (service_id, code) VALUES (?, ?)", (sid, g))
        version, ids = card_needs[(region, kind)]
        cur.execute(
            "INSERT INTO nw_coverage_submissions (round_id, service_id, card_version_id, status, submitted_at, updated_at) "
            "VALUES (?, ?, ?, 'submitted', ?, ?)", (round_of[region], sid, version, now, now))
        sub = cur.lastrowid
        cur.executemany(
            "INSERT INTO nw_coverage_answers (submission_id, need_area_id, mode) VALUES (?, ?, ?)",
            [(sub, nid, rnd.choices(modes, [direct_share[(kind, need_index[nid])], 20, 15, 10])[0]) for nid in ids])
        answers += len(ids)
    cur.execute("UPDATE data_versions SET version = version + 1 WHERE scope IN ('network', 'registry')")
    con.commit()
    # The peer's covering index (Kvalis's own reads use the schema's keys).
    con.execute("CREATE INDEX IF NOT EXISTS bench_answers_cover ON nw_coverage_answers (submission_id, need_area_id, mode)")
    con.execute("ANALYZE")
    con.close()
    subprocess.run([kvalis, "user", "add", "bench.admin", "--password", PASSWORD, "--platform-admin", "--db", db_path],
                   check=True, stdout=subprocess.DEVNULL)
    return {"regions": len(regions), "providers": providers, "services": services, "kinds": len(kinds),
            "territories": len(territories), "needs": len(needs), "answers": answers}


PEER_SQL = """
WITH latest AS (
  SELECT r.id FROM nw_coverage_rounds r
  WHERE r.status = 'locked' AND r.id = (SELECT r2.id FROM nw_coverage_rounds r2 WHERE r2.region_org_id = r.region_org_id
                                        AND r2.status = 'locked' ORDER BY r2.period_to DESC, r2.id DESC LIMIT 1)),
cells AS (
  SELECT t.territory_code AS territory, n.code AS need,
         SUM(a.mode = 'direct') AS direct, SUM(a.mode = 'mediated') AS mediated, SUM(a.mode = 'referred') AS referred,
         SUM(a.mode = 'none') AS none_, COUNT(*) AS services
  FROM latest l
  JOIN nw_coverage_submissions b ON b.round_id = l.id AND b.status = 'submitted'
  JOIN nw_coverage_answers a ON a.submission_id = b.id
  JOIN nw_need_areas n ON n.id = a.need_area_id
  JOIN service_territories t ON t.service_id = b.service_id
  GROUP BY t.territory_code, n.code),
grid AS (
  SELECT DISTINCT c.code AS territory, k.code AS need FROM catalogue_items c
  CROSS JOIN (SELECT DISTINCT code FROM nw_need_areas WHERE active = 1) k WHERE c.catalogue = 'territories')
SELECT g.territory, g.need, COALESCE(c.direct, 0), COALESCE(c.mediated, 0), COALESCE(c.referred, 0),
       COALESCE(c.none_, 0), COALESCE(c.services, 0),
       CASE WHEN COALESCE(c.direct, 0) = 0 THEN (CASE WHEN COALESCE(c.services, 0) = 0 THEN 'unanswered' ELSE 'no_direct' END) END,
       COALESCE(c.direct, 0) >= 3
FROM grid g LEFT JOIN cells c ON c.territory = g.territory AND c.need = g.need
ORDER BY g.territory, g.need
"""


def peer(db_path, runs):
    con = sqlite3.connect(db_path)
    times, rows = [], None
    for _ in range(runs):
        t0 = time.perf_counter()
        rows = con.execute(PEER_SQL).fetchall()
        times.append(time.perf_counter() - t0)
    plan = "\n".join(r[-1] for r in con.execute("EXPLAIN QUERY PLAN " + PEER_SQL).fetchall())
    con.close()
    return times, rows, plan


def request(port, path, cookie=None, data=None):
    headers = {"Content-Type": "application/json"} if data else {}
    if cookie:
        headers["Cookie"] = cookie
    req = urllib.request.Request(f"http://127.0.0.1:{port}{path}", data=data, headers=headers)
    t0 = time.perf_counter()
    with urllib.request.urlopen(req, timeout=60) as r:
        body = r.read()
        elapsed = time.perf_counter() - t0
        return r.status, body, elapsed, r.headers


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--kvalis", default=os.path.join(ROOT, "build", "kvalis"))
    ap.add_argument("--out", default=os.path.join(os.environ.get("BENCH_OUT", os.path.join(ROOT, "bench", "out")), "network"))
    ap.add_argument("--port", type=int, default=int(os.environ.get("BENCH_NETWORK_PORT", "18442")))
    ap.add_argument("--runs", type=int, default=20)
    ap.add_argument("--regenerate", action="store_true")
    a = ap.parse_args()
    os.makedirs(a.out, exist_ok=True)
    db = os.path.join(a.out, "national.db")
    facts_file = os.path.join(a.out, "generate.json")
    if a.regenerate or not os.path.exists(db):
        for ext in ("", "-wal", "-shm"):
            if os.path.exists(db + ext):
                os.remove(db + ext)
        log("generating the national coverage data set into", db)
        t0 = time.perf_counter()
        facts = generate(db, a.kvalis)
        facts["seconds"] = round(time.perf_counter() - t0, 1)
        with open(facts_file, "w") as f:
            json.dump(facts, f)
    with open(facts_file) as f:
        facts = json.load(f)
    load_start = open("/proc/loadavg").read().split()[:3]

    server = subprocess.Popen([a.kvalis, "serve", "--db", db, "--listen", f"127.0.0.1:{a.port}"],
                              stdout=open(os.path.join(a.out, "serve.log"), "w"), stderr=subprocess.STDOUT)
    try:
        for _ in range(400):
            try:
                request(a.port, "/api/health")
                break
            except Exception:
                time.sleep(0.05)
        _, _, _, headers = request(a.port, "/api/session", data=json.dumps({"login": "bench.admin", "password": PASSWORD}).encode())
        cookie = "; ".join(c.split(";")[0] for c in headers.get_all("Set-Cookie"))
        url = "/api/network/coverage/map?region=all"
        status, body, cold, _ = request(a.port, url, cookie)
        warm = [request(a.port, url, cookie)[2] for _ in range(a.runs)]
        gstatus, gbody, gcold, _ = request(a.port, "/api/network/coverage/gaps.csv?region=all", cookie)
        gwarm = [request(a.port, "/api/network/coverage/gaps.csv?region=all", cookie)[2] for _ in range(a.runs)]
        kind_url = "/api/network/coverage/map?region=all&kind=4"
        _, kbody, kcold, _ = request(a.port, kind_url, cookie)
        kwarm = [request(a.port, kind_url, cookie)[2] for _ in range(a.runs)]
        kgaps = len(json.loads(kbody)["gaps"])
        region_url = "/api/network/coverage/map?region=86"
        _, rbody, rcold, _ = request(a.port, region_url, cookie)
        rwarm = [request(a.port, region_url, cookie)[2] for _ in range(a.runs)]
        rss = 0
        with open(f"/proc/{server.pid}/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    rss = int(line.split()[1])
    finally:
        server.terminate()
        server.wait(timeout=20)
    peer_times, rows, plan = peer(db, 7)
    load_end = open("/proc/loadavg").read().split()[:3]

    # Same numbers?
    m = json.loads(body)
    need_code = {n["id"]: n["code"] for n in m["needs"]}
    ours = {(c["territory"], need_code[c["need_area_id"]]): (c["direct"], c["mediated"], c["referred"], c["none"], c["services"])
            for c in m["cells"]}
    theirs = {(r[0], r[1]): tuple(r[2:7]) for r in rows}
    differ = sum(1 for k in set(ours) | set(theirs) if ours.get(k) != theirs.get(k))
    gaps_peer = sum(1 for r in rows if r[7])
    overlaps_peer = sum(1 for r in rows if r[8])
    same = differ == 0 and gaps_peer == len(m["gaps"]) and overlaps_peer == len(m["overlaps"])

    def ms(s):
        return f"{s * 1000:.1f} ms"

    med = statistics.median(warm)
    peer_best, peer_med = min(peer_times), statistics.median(peer_times)
    print(f"Measured {time.strftime('%Y-%m-%d', time.gmtime())} on {os.cpu_count()} cores; load average "
          f"{' '.join(load_start)} at the start, {' '.join(load_end)} at the end (the cores are shared).")
    print(f"Data (`bench/network_bench.py`, deterministic, SQL into a migrated Kvalis SQLite database): {facts['regions']} regions, "
          f"{facts['providers']} providers, {facts['services']} services of {facts['kinds']} kinds, {facts['territories']} ORP, "
          f"{facts['needs']} needs, {facts['answers']} answers in one locked round per region; written in {facts['seconds']} s.")
    print()
    print(f"The map of the whole country: {len(m['cells'])} cells (ORP × need), {len(m['gaps'])} gaps, {len(m['overlaps'])} overlaps "
          f"(≥ 3 services directly); {'the same numbers on both sides, cell by cell' if same else f'NUMBERS DIFFER in {differ} cells'}. "
          f"HTTP: {a.runs} requests one after another, server peak RSS {rss / 1024:.0f} MB.")
    print()
    print("| measurement | Kvalis | SQLite GROUP BY (peer) | ratio (peer / Kvalis) | status, body |")
    print("|---|---|---|---|---|")
    print(f"| GET /api/network/coverage/map?region=all, cold (first request: scan + aggregate + JSON) | {ms(cold)} | "
          f"{ms(peer_times[0])} (first run) | {peer_times[0] / cold:.1f}× | {status}, {len(body)} B |")
    print(f"| the same, warm (the server's map cache per data version) | {ms(med)} median (slowest {ms(max(warm))}) | "
          f"{ms(peer_best)} best ({ms(peer_med)} median) | {peer_best / med:.1f}× | {status}, {len(body)} B |")
    print(f"| GET …/gaps.csv?region=all, cold / warm median | {ms(gcold)} / {ms(statistics.median(gwarm))} | | | {gstatus}, {len(gbody)} B |")
    print(f"| GET …/map?region=all&kind=4 (one kind: {kgaps} gaps), cold / warm median | {ms(kcold)} / {ms(statistics.median(kwarm))} | | | 200, {len(kbody)} B |")
    print(f"| GET …/map?region=86 (one region), cold / warm median | {ms(rcold)} / {ms(statistics.median(rwarm))} | | | 200, {len(rbody)} B |")
    print()
    print("Target: the map and its gaps for the whole country under 200 ms through the API.")
    print()
    print("The peer's query plan (SQLite " + sqlite3.sqlite_version + "):")
    print()
    print("```")
    print(plan)
    print("```")


if __name__ == "__main__":
    main()
