#!/usr/bin/env bash
# Browser end-to-end tests: a fresh demo region on SQLite, kvalis serve, then Playwright (playwright-core)
# driving Debian's /usr/bin/chromium headless.
#
# The tests run in two shards at once, each against a demo region and a kvalis of its own: the crawl
# (web/e2e/crawl.test.mjs) in one, every other file in the other. A browser test waits on the page most of its
# time, so two of them share two cores well: the whole run takes about two thirds of one shard after the
# other. KVALIS_E2E_SHARDS=1 runs every file in one shard, one after the other.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-build}
TMP=$(mktemp -d)
PORT=${KVALIS_E2E_PORT:-18990}
SHARDS=${KVALIS_E2E_SHARDS:-2}
PIDS=()

# When a test fails, the end of the server's log goes to the output before the directory is removed.
finish() {
  local rc=$?
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  if [ "$rc" -ne 0 ]; then
    for log in "$TMP"/serve-*.log; do
      [ -f "$log" ] || continue
      echo "--- the last lines of kvalis serve's log ($(basename "$log" .log))" >&2
      tail -60 "$log" >&2 || true
    done
  fi
  rm -rf "$TMP"
}
trap finish EXIT

# start_server N: a demo region of its own and kvalis serve on PORT+N.
start_server() {
  local n=$1 port=$((PORT + $1))
  "$BUILD/kvalis" demo --db "$TMP/e2e-$n.db" --admin-password admin-demo-2026 >"$TMP/demo-$n.log"
  # --dea-inline-max 1: DEA of any round with more than one service runs as a job, so the DEA page's job
  # progress is what the browser tests go through.
  "$BUILD/kvalis" serve --db "$TMP/e2e-$n.db" --listen "127.0.0.1:$port" --web "$ROOT/web/dist" \
    --dea-inline-max 1 >"$TMP/serve-$n.log" 2>&1 &
  PIDS+=($!)
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && return 0
    sleep 0.1
  done
  echo "run-e2e: kvalis serve on port $port did not answer" >&2
  return 1
}

# run_shard N FILES...: node's test runner over FILES against the server of shard N.
run_shard() {
  local n=$1
  shift
  (cd web && KVALIS_URL="http://127.0.0.1:$((PORT + n))" KVALIS_ADMIN_PASSWORD=admin-demo-2026 \
    node --test --test-concurrency=1 "$@")
}

if [ "$SHARDS" = 1 ]; then
  start_server 0
  run_shard 0 e2e/
  exit
fi

start_server 0
start_server 1
mapfile -t OTHERS < <(cd web && ls e2e/*.test.mjs | grep -v '^e2e/crawl\.test\.mjs$')
run_shard 0 e2e/crawl.test.mjs >"$TMP/shard-0.out" 2>&1 &
crawl=$!
rc_rest=0
run_shard 1 "${OTHERS[@]}" >"$TMP/shard-1.out" 2>&1 || rc_rest=$?
rc_crawl=0
wait "$crawl" || rc_crawl=$?
echo "== shard 1: every browser test but the crawl (exit $rc_rest)"
cat "$TMP/shard-1.out"
echo "== shard 0: the crawl (exit $rc_crawl)"
cat "$TMP/shard-0.out"
[ "$rc_rest" = 0 ] && [ "$rc_crawl" = 0 ]
