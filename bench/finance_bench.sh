#!/usr/bin/env bash
# Speed of the network's financing outlook at national scale (issue 13 "Speed"), with its peer in the same run on
# the same rows:
#  (a) the outlook of the whole network (7,000 services, 5 years, 8 sources) through the HTTP API
#      (GET /api/network/fin/outlook, platform administrator): the first request after the server starts (it
#      reads the base: services, network years, models, budgets) and warm requests (the base from the server's
#      cache, network/app/financing_outlook.hpp);
#  (b) the what-if: one change to a scenario (POST …/scenarios/{id}/changes: a service's capacity from 2028),
#      then the outlook with the scenario recomputed (GET …/outlook?scenario=…), BENCH_HTTP_RUNS times, each
#      change removed again afterwards; target < 100 ms after one change;
#  (c) the Excel export of the whole network with the scenario (GET …/outlook.xlsx, 4 sheets, every service):
#      time and the server's peak RSS; targets < 2 s and < 200 MB;
#  peer: pandas computing the same outlook (base and what-if) from the same database, vectorised
#  (bench/finance_peer.py), its compute alone (data already in DataFrames) and its load; the numbers of both
#  compared (relative difference ≤ 1e-9).
# Prints a Markdown section; called by bench/run.sh.
#   bash bench/finance_bench.sh [BUILD_DIR]
# Environment: BENCH_OUT (default bench/out), BENCH_SERVICES (7000), BENCH_PROVIDERS (2000), BENCH_HTTP_RUNS (20),
# BENCH_PORT (18448), BENCH_PYTHON (a python3 with pandas; default /usr/bin/python3), BENCH_REGENERATE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-${BUILD_DIR:-build}}
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
OUT=${BENCH_OUT:-$ROOT/bench/out}/finance
RUNS=${BENCH_HTTP_RUNS:-20}
PORT=${BENCH_PORT:-18448}
KVALIS=$BUILD/kvalis
. bench/serve_lib.sh
DB=$OUT/national.db
PASSWORD=bench-heslo-2026
YEAR_FROM=2026
YEARS=5
mkdir -p "$OUT"

log() { printf '%s\n' "$*" >&2; }
val() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p" | head -1; }
PY=${BENCH_PYTHON:-/usr/bin/python3}
"$PY" -c 'import pandas' 2>/dev/null || PY=python3
"$PY" -c 'import pandas' 2>/dev/null || { log "pandas is missing: apt-get install python3-pandas (scripts/setup.sh bench part)"; exit 1; }
command -v sqlite3 >/dev/null || { log "sqlite3 (the command-line tool) is missing: apt-get install sqlite3"; exit 1; }
[ -x "$KVALIS" ] || cmake --build "$BUILD" --target kvalis >&2
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)

# ---- data -------------------------------------------------------------------------------------------------
if [ ! -f "$DB" ] || [ -n "${BENCH_REGENERATE:-}" ]; then
  log "generating the national network into $DB"
  rm -f "$DB" "$DB-wal" "$DB-shm"
  "$KVALIS" migrate --db "$DB" >/dev/null
  "$PY" "$ROOT/bench/finance_gen.py" "$DB" --services "${BENCH_SERVICES:-7000}" --providers "${BENCH_PROVIDERS:-2000}" >"$OUT/generate.txt"
  "$KVALIS" user add bench.admin --password "$PASSWORD" --platform-admin --db "$DB" >/dev/null
fi
GEN=$(cat "$OUT/generate.txt")
log "$GEN"
REGION_ORG=$(sqlite3 "$DB" "SELECT id FROM organisations WHERE type = 'region' AND region_code = '86'")
# The what-if's service: the largest active service of region 86 in its network of 2027.
SERVICE=$(sqlite3 "$DB" "SELECT e.service_id FROM nw_network_entries e JOIN nw_network_years y ON y.id = e.network_year_id \
  WHERE y.region_org_id = $REGION_ORG AND y.year = 2027 ORDER BY e.capacity DESC, e.service_id LIMIT 1")
VALUE=250
FROM_YEAR=2028

# ---- the server -------------------------------------------------------------------------------------------
BIN=$KVALIS start_kvalis "$DB" "$PORT" "$OUT/serve.log" -
SERVER=$SERVER_PID
trap 'kill $SERVER 2>/dev/null || true' EXIT
SESSION=$(session_of "http://127.0.0.1:$PORT" bench.admin "$PASSWORD")
COOKIE=${SESSION% *}
CSRF=${SESSION#* }
H=(-H "Cookie: kvalis_session=$COOKIE")
W=(-H "Cookie: kvalis_session=$COOKIE" -H "X-CSRF-Token: $CSRF" -H 'Content-Type: application/json')
BASE="http://127.0.0.1:$PORT/api/network/fin"
hwm() { awk '/VmHWM/ {print $2}' "/proc/$SERVER/status"; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$SERVER/status"; }
get_time() { curl -s -o "$2" -w '%{http_code} %{time_total} %{size_download}\n' "${H[@]}" "$1"; }
json_id() { grep -o '"id":[0-9]*' | head -1 | cut -d: -f2; }  # no interpreter start inside the timed loop
median() { sort -n | awk '{ a[NR] = $1 } END { printf "%s %s\n", a[int((NR + 1) / 2)], a[NR] }'; }

# (a) the outlook: first request, then warm ones.
OUTLOOK="$BASE/outlook?year_from=$YEAR_FROM&years=$YEARS"
read -r FIRST_STATUS FIRST_S FIRST_BYTES < <(get_time "$OUTLOOK" "$OUT/outlook-first.json")
log "outlook, first request: $FIRST_STATUS $FIRST_S s $FIRST_BYTES B"
read -r WARM_MED WARM_MAX < <(for _ in $(seq 1 "$RUNS"); do get_time "$OUTLOOK" /dev/null | cut -d' ' -f2; done | median)
log "outlook warm: median $WARM_MED s, slowest $WARM_MAX s"

# (b) the what-if: a scenario of region 86, then RUNS times: one change, the outlook with it, the change removed.
SCENARIO=$(curl -sf "${W[@]}" -d "{\"region_org_id\":$REGION_ORG,\"name\":\"Bench what-if\",\"year_from\":$YEAR_FROM,\"years\":$YEARS}" \
  "$BASE/scenarios" | "$PY" -c 'import json,sys; print(json.load(sys.stdin)["id"])')
WHATIF="$BASE/outlook?year_from=$YEAR_FROM&years=$YEARS&scenario=$SCENARIO"
: >"$OUT/whatif-times.txt"
for i in $(seq 1 "$RUNS"); do
  t0=$(date +%s.%N)
  CHANGE=$(curl -sf "${W[@]}" -d "{\"service_id\":$SERVICE,\"what\":\"capacity\",\"from_year\":$FROM_YEAR,\"value\":$((VALUE + i))}" \
    "$BASE/scenarios/$SCENARIO/changes" | json_id)
  t1=$(date +%s.%N)
  read -r status get_s _ < <(get_time "$WHATIF" /dev/null)
  echo "$get_s $(awk -v a="$t0" -v b="$t1" -v g="$get_s" 'BEGIN { print b - a + g }') $status" >>"$OUT/whatif-times.txt"
  curl -sf -X DELETE "${W[@]}" "$BASE/scenario-changes/$CHANGE" >/dev/null
done
read -r WHATIF_MED WHATIF_MAX < <(cut -d' ' -f1 "$OUT/whatif-times.txt" | median)
read -r BOTH_MED BOTH_MAX < <(cut -d' ' -f2 "$OUT/whatif-times.txt" | median)
WHATIF_STATUS=$(cut -d' ' -f3 "$OUT/whatif-times.txt" | sort -u | tr '\n' ' ')
log "what-if: GET median $WHATIF_MED s (slowest $WHATIF_MAX s); POST change + GET median $BOTH_MED s"
# The change the peer computes too, kept for the comparison and the export.
curl -sf "${W[@]}" -d "{\"service_id\":$SERVICE,\"what\":\"capacity\",\"from_year\":$FROM_YEAR,\"value\":$VALUE}" \
  "$BASE/scenarios/$SCENARIO/changes" >/dev/null
get_time "$WHATIF&limit=0" "$OUT/kvalis-whatif.json" >/dev/null

# (c) the Excel export of the whole network with the scenario.
HWM_BEFORE=$(hwm)
RSS_BEFORE=$(rss)
: >"$OUT/xlsx-times.txt"
for _ in 1 2 3 4 5; do
  get_time "$BASE/outlook.xlsx?year_from=$YEAR_FROM&years=$YEARS&scenario=$SCENARIO" "$OUT/outlook.xlsx" >>"$OUT/xlsx-times.txt"
done
read -r XLSX_MED XLSX_MAX < <(cut -d' ' -f2 "$OUT/xlsx-times.txt" | median)
XLSX_STATUS=$(cut -d' ' -f1 "$OUT/xlsx-times.txt" | sort -u | tr '\n' ' ')
XLSX_BYTES=$(stat -c %s "$OUT/outlook.xlsx")
HWM_AFTER=$(hwm)
log "xlsx: median $XLSX_MED s, slowest $XLSX_MAX s, $XLSX_BYTES B; server peak RSS $HWM_BEFORE → $HWM_AFTER kB"
kill "$SERVER" 2>/dev/null || true
wait "$SERVER" 2>/dev/null || true
trap - EXIT

# ---- the peer -----------------------------------------------------------------------------------------------
log "pandas: the same outlook from the same database"
P=$("$PY" "$ROOT/bench/finance_peer.py" "$DB" --year-from "$YEAR_FROM" --years "$YEARS" --service "$SERVICE" --value "$VALUE" \
  --from-year "$FROM_YEAR" --repeat 5 --out "$OUT/pandas.csv" --kvalis "$OUT/kvalis-whatif.json")
log "$P"

# ---- section ----------------------------------------------------------------------------------------------
ms() { awk -v s="$1" 'BEGIN { printf "%.1f ms", s * 1000 }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0) printf "%.1f×", b / a; else print "–" }'; }
CPU=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)
pc=$(val "$P" compute_s)
pl=$(val "$P" load_s)
CHECK="equal (max rel. diff. $(val "$P" max_difference), $(val "$P" compared) numbers)"
[ "$(val "$P" mismatches)" = 0 ] || CHECK="**DIFFERENT**: $P"
echo "Measured $(date -u +%Y-%m-%d) on $(nproc) × $CPU, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo);" \
     "load average $LOAD_START at the start, $(cut -d' ' -f1-3 /proc/loadavg) at the end (the cores are shared)."
echo "Data (\`bench/finance_gen.py\`, deterministic): $(val "$GEN" services) services of $(val "$GEN" providers) providers in" \
     "$(val "$GEN" regions) regions, $(val "$GEN" model_rows) model rows, $(val "$GEN" network_entries) network entries (2025–2027)," \
     "$(val "$GEN" budget_items) budget items (3 cost categories, 8 revenue sources), $(val "$GEN" lines) subsidy lines;" \
     "database $(du -m "$DB" | cut -f1) MB. Outlook $YEAR_FROM–$((YEAR_FROM + YEARS - 1)) of the whole country (platform" \
     "administrator), 8 sources; the what-if: service $SERVICE's capacity from $FROM_YEAR. $RUNS requests each, one after another."
echo
echo "| measurement | Kvalis (HTTP, SQLite) | pandas $(val "$P" version) | Kvalis faster | target | results |"
echo "|---|---|---|---|---|---|"
echo "| outlook, first request after start (reads the base) | $(ms "$FIRST_S") | $(ms "$pl") load + $(ms "$pc") compute | $(ratio "$FIRST_S" "$(awk -v a="$pl" -v b="$pc" 'BEGIN { print a + b }')") | | $FIRST_STATUS, $FIRST_BYTES B |"
echo "| outlook, warm (median; slowest) | $(ms "$WARM_MED") ($(ms "$WARM_MAX")) | $(ms "$pc") (compute alone, best of 5) | $(ratio "$WARM_MED" "$pc") | < 100 ms | |"
echo "| what-if: outlook after one change (GET median; slowest) | $(ms "$WHATIF_MED") ($(ms "$WHATIF_MAX")) | $(ms "$pc") (base + what-if, data in memory) | $(ratio "$WHATIF_MED" "$pc") | < 100 ms | $WHATIF_STATUS; $CHECK |"
echo "| what-if: POST the change + GET the outlook (median; slowest) | $(ms "$BOTH_MED") ($(ms "$BOTH_MAX")) | | | | |"
echo "| Excel export of the whole network with the scenario (median of 5; slowest) | $(ms "$XLSX_MED") ($(ms "$XLSX_MAX")) | | | < 2 s | $XLSX_STATUS, $XLSX_BYTES B |"
echo "| server peak RSS (whole process: before the export → after 5 exports) | $(mb "$HWM_BEFORE") → $(mb "$HWM_AFTER") | $(mb "$(val "$P" max_rss_kb)") (the peer's process) | | < 200 MB | |"
