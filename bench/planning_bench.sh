#!/usr/bin/env bash
# Speed of the planning module at national scale (issue 11), peers in the same run on the same rows:
#  (a) the whole country's roll-up of client outcomes by region and kind of service for one year — Kvalis
#      (outcome scan of its SQLite database + the roll-up kernel, load and compute apart and together) against
#      DuckDB computing the same in one statement on the same rows (exported from the database to CSV and
#      loaded into DuckDB tables before timing); equal numbers checked (1e-9); peak memory of both;
#  (b) answers of the HTTP API on the national database: one provider's impact report
#      (GET /api/planning/impact, when the server has it) and the regional roll-up of one region and of the
#      country (GET /api/planning/outcomes/regional), median and slowest of BENCH_HTTP_RUNS after one warm-up
#      (the warm-up's own time is shown too: it scans the database, the later requests take the scanned rows
#      from the server's cache, planning/app/regional_outcomes.hpp); the warm country and region 86 also go
#      into table (a) beside DuckDB's statement of the same run.
# Prints a Markdown section; called by bench/run.sh.
#   bash bench/planning_bench.sh [BUILD_DIR]
# Environment: BENCH_OUT (default bench/out), BENCH_THREADS (2), BENCH_CLIENTS (300000), BENCH_PROVIDERS (2000),
# BENCH_GOALS (900000), BENCH_FROM/BENCH_TO (2025-01-01/2025-12-31), BENCH_HTTP_RUNS (20), BENCH_PORT (18475),
# BENCH_REGENERATE=1 to build the database again.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-${BUILD_DIR:-build}}
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
OUT=${BENCH_OUT:-$ROOT/bench/out}/planning
THREADS=${BENCH_THREADS:-2}
FROM=${BENCH_FROM:-2025-01-01}
TO=${BENCH_TO:-2025-12-31}
RUNS=${BENCH_HTTP_RUNS:-20}
PORT=${BENCH_PORT:-18475}
BIN=$BUILD/bench/kvalis_planning_bench
KVALIS=$BUILD/kvalis
. bench/serve_lib.sh
DB=$OUT/national.db
CSV=$OUT/csv
PASSWORD=bench-heslo-2026
mkdir -p "$OUT" "$CSV"

log() { printf '%s\n' "$*" >&2; }
val() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p" | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0) printf "%.1f×", b / a; else print "–" }'; }
secs() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.0f ms", s * 1000; else printf "%.2f s", s }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- peers and binaries -----------------------------------------------------------------------------------
if [ ! -d "$ROOT/bench/peers/duckdb/node_modules/@duckdb/node-api" ]; then
  log "installing @duckdb/node-api (bench/peers/duckdb)"
  (cd "$ROOT/bench/peers/duckdb" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
command -v sqlite3 >/dev/null || { log "sqlite3 (the command-line tool) is missing: apt-get install sqlite3"; exit 1; }
[ -x "$BIN" ] || cmake --build "$BUILD" --target kvalis_planning_bench >&2
[ -x "$KVALIS" ] || cmake --build "$BUILD" --target kvalis >&2

# ---- data -------------------------------------------------------------------------------------------------
if [ ! -f "$DB" ] || [ -n "${BENCH_REGENERATE:-}" ]; then
  log "generating the national planning data set into $DB"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$KVALIS" migrate --db "$DB" >/dev/null
  GEN=$("$BIN" generate "$DB" --clients "${BENCH_CLIENTS:-300000}" --providers "${BENCH_PROVIDERS:-2000}" \
    --goals "${BENCH_GOALS:-900000}")
  echo "$GEN" >"$OUT/generate.txt"
  "$KVALIS" user add bench.admin --password "$PASSWORD" --platform-admin --db "$DB" >/dev/null
  # A member of the Královéhradecký kraj organisation (region 86; the generator gives the regions ids 1–14).
  REGION_ORG=$(sqlite3 "$DB" "SELECT id FROM organisations WHERE type = 'region' AND region_code = '86'")
  "$KVALIS" user add bench.kraj --password "$PASSWORD" --org "$REGION_ORG" --role manager --db "$DB" >/dev/null
  rm -f "$CSV"/*.csv
fi
GEN=$(cat "$OUT/generate.txt")
log "$GEN"
if [ ! -f "$CSV/ratings.csv" ]; then
  log "exporting the rows DuckDB reads to $CSV"
  export_csv() { sqlite3 -header -csv "$DB" "$2" >"$CSV/$1.csv"; }
  export_csv services "SELECT id, region_code, kind_code FROM services"
  export_csv settings "SELECT organisation_id, gas_rho FROM pl_settings"
  export_csv clients "SELECT id, service_id, organisation_id FROM pl_clients"
  export_csv client_goals "SELECT id, client_id, weight FROM pl_client_goals"
  export_csv reviews "SELECT id, client_id, held_on FROM pl_reviews"
  export_csv ratings "SELECT review_id, client_goal_id, level FROM pl_goal_ratings"
fi

# ---- (a) the national roll-up -----------------------------------------------------------------------------
log "Kvalis national roll-up $FROM..$TO"
K=$("$BIN" rollup "$DB" --from "$FROM" --to "$TO" --threads "$THREADS" --repeat 5 --out "$OUT/kvalis_rollup.csv")
log "$K"
log "DuckDB national roll-up"
D=$(node "$ROOT/bench/peers/duckdb/planning_rollup.mjs" "$CSV" "$FROM" "$TO" "$OUT/duckdb_rollup.csv" "$THREADS")
log "$D"
CHECK=$(python3 "$ROOT/bench/peers/check_equal.py" "$OUT/kvalis_rollup.csv" "$OUT/duckdb_rollup.csv" 1e-9 2) || true
log "check: $CHECK"

# ---- (b) the HTTP API on the national database ------------------------------------------------------------
BIN=$KVALIS start_kvalis "$DB" "$PORT" "$OUT/serve.log" -
SERVER=$SERVER_PID
trap 'kill $SERVER 2>/dev/null || true' EXIT
login() { session_cookie "http://127.0.0.1:$PORT" "$1" "$PASSWORD"; }
ADMIN_COOKIE=$(login bench.admin)
KRAJ_COOKIE=$(login bench.kraj)
# "median max status bytes first" of RUNS requests after one warm-up (first: the warm-up's time).
time_get() {
  local cookie=$1 url=$2 status bytes first
  curl -s -o "$OUT/http-body.json" -w '%{http_code} %{size_download} %{time_total}\n' -H "Cookie: kvalis_session=$cookie" \
    "http://127.0.0.1:$PORT$url" >"$OUT/http-first.txt"
  read -r status bytes first <"$OUT/http-first.txt"
  for _ in $(seq 1 "$RUNS"); do
    curl -s -o /dev/null -w '%{time_total}\n' -H "Cookie: kvalis_session=$cookie" "http://127.0.0.1:$PORT$url"
  done | sort -n | awk -v s="$status" -v b="$bytes" -v f="$first" \
    '{ a[NR] = $1 } END { printf "%s %s %s %s %s\n", a[int((NR + 1) / 2)], a[NR], s, b, f }'
}
# The provider with the most clients: the largest impact report.
read -r PROVIDER PROVIDER_CLIENTS < <(sqlite3 -separator ' ' "$DB" \
  "SELECT organisation_id, count(*) FROM pl_clients GROUP BY organisation_id ORDER BY count(*) DESC, organisation_id LIMIT 1")
PLAN=$(sqlite3 "$DB" "SELECT id FROM pl_strategic_plans WHERE organisation_id = $PROVIDER ORDER BY id LIMIT 1")
REGION_CLIENTS=$(sqlite3 "$DB" "SELECT count(*) FROM pl_clients c JOIN services s ON s.id = c.service_id WHERE s.region_code = '86'")
HAS_IMPACT=$(curl -s "http://127.0.0.1:$PORT/api/openapi.json" | grep -c '"/api/planning/impact"' || true)
declare -A H
if [ "$HAS_IMPACT" -gt 0 ]; then
  log "HTTP: impact report of provider $PROVIDER"
  H[impact]=$(time_get "$ADMIN_COOKIE" "/api/planning/impact?organisation_id=$PROVIDER&strategic_plan_id=$PLAN&from=$FROM&to=$TO")
  log "${H[impact]}"
fi
log "HTTP: regional roll-up of region 86 (region staff) and of the country (platform administrator)"
H[region]=$(time_get "$KRAJ_COOKIE" "/api/planning/outcomes/regional?from=$FROM&to=$TO&region_code=86")
log "${H[region]}"
H[country]=$(time_get "$ADMIN_COOKIE" "/api/planning/outcomes/regional?from=$FROM&to=$TO")
log "${H[country]}"
H[kind]=$(time_get "$KRAJ_COOKIE" "/api/planning/outcomes/regional?from=$FROM&to=$TO&region_code=86&kind_code=4")
log "${H[kind]}"
SERVER_RSS=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER/status")
kill "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
trap - EXIT

# ---- section ----------------------------------------------------------------------------------------------
ok() { [ "$(val "$1" mismatches)" = 0 ] && echo "equal (max rel. diff. $(val "$1" max_difference))" || echo "**DIFFERENT**: $1"; }
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
http_row() {  # label, measurement, target
  local m=$2
  read -r med max status bytes first <<<"$m"
  echo "| $1 | $(ms "$med") | $(ms "$max") | $(ms "$first") | $status, $bytes B | $3 |"
}
# Table (a)'s row of a warm HTTP request: label, measurement, and "country" to set it against DuckDB's statement
# ($dt, the whole country; a region's request is not the same work).
warm_row() {
  local med max status bytes first peer="" faster=""
  read -r med max status bytes first <<<"$2"
  [ "${3:-}" = country ] && peer=$(secs "$dt") && faster=$(ratio "$med" "$dt")
  echo "| $1 | $(ms "$med") (slowest $(ms "$max")) | $peer | $faster | $(mb "$SERVER_RSS") (server) | |" \
       "$status; $RUNS requests after one warm-up ($(ms "$first"), the scan) |"
}
CPU=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)
kc=$(val "$K" compute_s); kl=$(val "$K" load_s); kt=$(val "$K" total_s); dt=$(val "$D" time_s)
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) × $CPU, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
     "load average $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (the 2 cores are shared)."
echo "Data (\`kvalis_planning_bench generate\`, deterministic): $(val "$GEN" providers) providers, $(val "$GEN" services) services" \
     "in 14 regions, $(val "$GEN" clients) clients, $(val "$GEN" client_goals) personal goals, $(val "$GEN" reviews) reviews" \
     "2022–2025 with $(val "$GEN" ratings) GAS ratings, $(val "$GEN" goals) plan goals; written in $(val "$GEN" time_s) s;" \
     "database $(du -m "$DB" | cut -f1) MB."
echo
echo "(a) The whole country's roll-up for $FROM..$TO: $(val "$K" ratings) ratings of $(val "$K" clients) clients," \
     "$(val "$K" cells) cells (region × kind), $(val "$K" suppressed) suppressed. Times are the best of 5 (Kvalis) or 3" \
     "(DuckDB) runs, medians in brackets; DuckDB's is the statement alone on tables already in memory" \
     "(loading its CSV took $(val "$D" load_csv_s) s, not counted). Max RSS is the whole process's, data included."
echo
echo "| measurement | Kvalis | DuckDB $(val "$D" version), $THREADS threads | Kvalis faster | Kvalis max RSS | DuckDB max RSS | results |"
echo "|---|---|---|---|---|---|---|"
echo "| compute (data in memory), $THREADS threads | $(secs "$kc") ($(secs "$(val "$K" compute_median_s)")) |" \
     "$(secs "$dt") ($(secs "$(val "$D" time_median_s)")) | $(ratio "$kc" "$dt") | $(mb "$(val "$K" max_rss_kb)") |" \
     "$(mb "$(val "$D" max_rss_kb)") | $(ok "$CHECK"), tolerance 1e-9 |"
echo "| load from the Kvalis database (one ordered query) | $(secs "$kl") ($(secs "$(val "$K" load_median_s)")) | | | | | |"
dl=$(val "$D" load_csv_s); dtl=$(awk -v a="$dl" -v b="$dt" 'BEGIN { print a + b }')
echo "| load + compute: Kvalis from its database; DuckDB reading the CSV export + the statement | $(secs "$kt") ($(secs "$(val "$K" total_median_s)")) |" \
     "$(secs "$dtl") | $(ratio "$kt" "$dtl") | | | |"
echo "| load + compute against DuckDB's statement alone | $(secs "$kt") | $(secs "$dt") | $(ratio "$kt" "$dt") | | | |"
warm_row "warm, through HTTP: whole country (GET /api/planning/outcomes/regional, platform administrator; median)" "${H[country]}" country
warm_row "warm, through HTTP: region 86 (region staff; median)" "${H[region]}"
echo
echo "(b) HTTP API on the national database (\`kvalis serve\`, SQLite), $RUNS requests one after another after a warm-up;" \
     "the largest provider has $PROVIDER_CLIENTS clients, region 86 has $REGION_CLIENTS. Server peak RSS $(mb "$SERVER_RSS")."
echo
echo "| request | median | slowest | first (warm-up) | status, body | target |"
echo "|---|---|---|---|---|---|"
if [ -n "${H[impact]:-}" ]; then
  http_row "impact report of the largest provider (GET /api/planning/impact, platform administrator)" "${H[impact]}" "< 100 ms"
else
  echo "| impact report (GET /api/planning/impact) | not in this build | | | | < 100 ms |"
fi
http_row "regional roll-up, region 86 (region staff)" "${H[region]}" ""
http_row "regional roll-up, region 86, one kind (4)" "${H[kind]}" ""
http_row "regional roll-up, whole country (platform administrator)" "${H[country]}" ""
echo
echo "Targets: the country's roll-up ≥ 3× faster than DuckDB with equal numbers and less memory; one provider's impact report < 100 ms."
