#!/usr/bin/env bash
# The dashboard's first load in a browser (issue 16, "First load"): kvalis serve on the demo region with the built
# front end (web/dist, with the .br/.gz siblings of npm run build), then bench/first_load_bench.mjs in Chromium:
# empty cache, loopback and throttled (10 Mbit/s, 40 ms), each with compression and without it (the peer), and the
# size of the JavaScript for the sign-in page and the dashboard (web/scripts/check-bundle-size.mjs).
# Targets: 0.5 s on loopback, 2.5 s throttled; at most 250 KB of compressed JavaScript. Prints Markdown; called by
# bench/run.sh. Usage: bash bench/first_load_bench.sh [BUILD_DIR]   (BENCH_RUNS=7, BENCH_FIRST_LOAD_PORT=18583)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-build}
BIN=${KVALIS_BIN:-$ROOT/$BUILD/kvalis}
PORT=${BENCH_FIRST_LOAD_PORT:-18583}
[ -f web/dist/index.html ] || { echo "web/dist is not built (cd web && npm run build)" >&2; exit 1; }
TMP=$(mktemp -d)
"$BIN" demo --db "$TMP/demo.db" --admin-password admin-demo-2026 >"$TMP/demo.log" 2>&1
"$BIN" serve --db "$TMP/demo.db" --listen "127.0.0.1:$PORT" --web "$ROOT/web/dist" >"$TMP/serve.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null; wait $PID 2>/dev/null; rm -rf "$TMP"' EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  sleep 0.1
done
echo '```'
# The issue's budget (250 kB brotli); over it, the bench goes on and the table says so.
node web/scripts/check-bundle-size.mjs web/dist 2>&1 || true
echo '```'
echo
KVALIS_URL="http://127.0.0.1:$PORT" node bench/first_load_bench.mjs
