#!/usr/bin/env bash
# Browser end-to-end tests: a fresh demo region on SQLite, kvalis serve, then Playwright (playwright-core)
# driving Debian's /usr/bin/chromium headless.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-build}
TMP=$(mktemp -d)
PORT=${KVALIS_E2E_PORT:-18990}
"$BUILD/kvalis" demo --db "$TMP/e2e.db" --admin-password admin-demo-2026 >"$TMP/demo.log"
# --dea-inline-max 1: DEA of any round with more than one service runs as a job, so the DEA page's job
# progress is what the browser tests go through.
"$BUILD/kvalis" serve --db "$TMP/e2e.db" --listen "127.0.0.1:$PORT" --web "$ROOT/web/dist" --dea-inline-max 1 \
  >"$TMP/serve.log" 2>&1 &
PID=$!
# When a test fails, the end of the server's log goes to the output before the directory is removed.
finish() {
  local rc=$?
  kill $PID 2>/dev/null
  wait $PID 2>/dev/null
  if [ "$rc" -ne 0 ]; then
    echo "--- the last lines of kvalis serve's log" >&2
    tail -60 "$TMP/serve.log" >&2 || true
  fi
  rm -rf "$TMP"
}
trap finish EXIT
for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break
  sleep 0.1
done
cd web
KVALIS_URL="http://127.0.0.1:$PORT" KVALIS_ADMIN_PASSWORD=admin-demo-2026 npm run e2e
