#!/usr/bin/env bash
# Speed of the region's views on a region-sized data set: the demo region grown by bench/region_gen.sql to
# 2,000 closed audits, 500 open corrective actions and 11 benchmarking rounds (every provider's services of a
# group's kinds in every round, scores recomputed by `kvalis benchmark compute`). A regional officer
# (kraj.referent) reads, with wrk, 16 connections, each view uncached by HTTP (no ETag or cache headers used):
#   the quality overview (first page of the closed audits, all tallies), the overdue corrective actions (first
#   page of 50), a round's comparison with peers (the round with most services).
# Target: p99 under 100 ms on SQLite and PostgreSQL. Prints a Markdown table; called by bench/run.sh.
#   bash bench/region_bench.sh            (BENCH_PG_URI set: PostgreSQL too)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${KVALIS_BIN:-$ROOT/build/kvalis}
OUT=${BENCH_OUT:-$ROOT/bench/out}/region
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_REGION_CONNECTIONS:-16}
PORT=${BENCH_REGION_PORT:-18503}
mkdir -p "$OUT"

. bench/region_lib.sh

run_one() {
  local label=$1 db=$2
  prepare_region "$db"
  local audits actions round services
  audits=$(query "$db" "SELECT count(*) FROM q_audits WHERE status = 'closed'")
  actions=$(query "$db" "SELECT count(*) FROM q_actions WHERE status IN ('open', 'in_progress')")
  round=$(query "$db" "SELECT round_id FROM bm_submissions GROUP BY round_id ORDER BY count(*) DESC, round_id LIMIT 1")
  services=$(query "$db" "SELECT count(*) FROM bm_submissions WHERE round_id = $round")
  start_kvalis "$db" "$PORT" "$OUT/serve-$label.log"
  local pid=$SERVER_PID cookie
  cookie=$(session_cookie "http://127.0.0.1:$PORT" kraj.referent kvalis-demo-2026)
  local -a names=("quality overview ($audits closed audits)" "overdue actions ($actions open)"
                  "round comparison ($services services)")
  local -a paths=("/api/quality/overview?page=1&page_size=25" "/api/quality/actions?overdue=1&page=1&page_size=50"
                  "/api/benchmark/rounds/$round/comparison")
  for i in 0 1 2; do
    local f=$OUT/wrk-$label-$i.txt
    curl -sf -o /dev/null -H "Cookie: kvalis_session=$cookie" "http://127.0.0.1:$PORT${paths[$i]}" ||
      { echo "| $label | ${names[$i]} | request failed | | | | |"; continue; }
    wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: kvalis_session=$cookie" \
      "http://127.0.0.1:$PORT${paths[$i]}" >"$f"
    local p99 verdict
    p99=$(wrk_ms "$f" 99%)
    verdict=$(awk -v p="$p99" 'BEGIN { print (p < 100) ? "met" : "**missed**" }')
    printf '| %s | %s | %s | %s ms | %s ms | %s | %s |\n' "$label" "${names[$i]}" "$(wrk_rps "$f")" "$(wrk_ms "$f" 50%)" \
      "$p99" "$verdict" "$(wrk_errors "$f")"
  done
  kill -TERM $pid; wait $pid || true
}

echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores, wrk -t2 -c$CONNECTIONS -d$DURATION, as kraj.referent; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
echo
echo "| database | view | req/s | p50 | p99 | target p99 < 100 ms | errors |"
echo "|---|---|---|---|---|---|---|"
rm -f "$OUT/region.db"*
run_one sqlite "$OUT/region.db"
if [ -n "${BENCH_PG_URI:-}" ]; then
  run_one postgresql "$BENCH_PG_URI"
fi
