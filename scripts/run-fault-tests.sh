#!/usr/bin/env bash
# Crash-safety tests (issue 15, docs/RELIABILITY.md "Crash safety"): `kvalis serve` killed with SIGKILL
# during 1,000 concurrent writes (SQLite and PostgreSQL), the PostgreSQL server crashed during the writes,
# and SQLite's disk filled up during the writes. Builds nothing: set KVALIS_BIN or build build/kvalis.
#
#   scripts/run-fault-tests.sh short    one kill cycle per database + the PostgreSQL crash + the full disk (CI)
#   scripts/run-fault-tests.sh long     20 kill cycles per database (KVALIS_FAULT_CYCLES), then the rest
#
# PostgreSQL runs in a throwaway cluster of its own (scripts/pg-test-cluster.sh on KVALIS_FAULT_PG_PORT,
# default 55439; the tests crash it), stopped at the end. The figures of every cycle are printed at the end
# and kept in KVALIS_FAULT_REPORT (default: a temporary file) as JSON lines.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-short}
export KVALIS_BIN=${KVALIS_BIN:-$ROOT/build/kvalis}
case "$MODE" in
  short) export KVALIS_FAULT_CYCLES=${KVALIS_FAULT_CYCLES:-1} ;;
  long) export KVALIS_FAULT_CYCLES=${KVALIS_FAULT_CYCLES:-20} ;;
  *) echo "usage: $0 short|long" >&2; exit 2 ;;
esac
[[ -x "$KVALIS_BIN" ]] || { echo "run-fault-tests: no kvalis binary at $KVALIS_BIN (build it or set KVALIS_BIN)" >&2; exit 2; }
for tool in node sqlite3 psql; do
  command -v "$tool" >/dev/null || { echo "run-fault-tests: $tool is required" >&2; exit 2; }
done

export KVALIS_FAULT_PG_PORT=${KVALIS_FAULT_PG_PORT:-55439}
export KVALIS_FAULT_PG_DIR=${KVALIS_FAULT_PG_DIR:-/tmp/kvalis-fault-pg-$KVALIS_FAULT_PG_PORT}
# Never the API suite's cluster: these tests crash theirs.
unset KVALIS_TEST_PG_ADMIN_URI KVALIS_TEST_PG
WORK=$(mktemp -d /tmp/kvalis-fault-run.XXXXXX)
export KVALIS_FAULT_REPORT=${KVALIS_FAULT_REPORT:-$WORK/report.jsonl}
cluster() { KVALIS_PG_PORT=$KVALIS_FAULT_PG_PORT KVALIS_PG_DIR=$KVALIS_FAULT_PG_DIR bash scripts/pg-test-cluster.sh "$@"; }
cleanup() {
  cluster stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
start=$SECONDS

# The demo region once per database; every test copies it.
echo "== demo region (SQLite template)"
export KVALIS_FAULT_DEMO_SQLITE=$WORK/demo.db
"$KVALIS_BIN" migrate --db "$KVALIS_FAULT_DEMO_SQLITE" >/dev/null &&
  "$KVALIS_BIN" demo --db "$KVALIS_FAULT_DEMO_SQLITE" --admin-password admin-heslo-2026 >/dev/null ||
  { echo "run-fault-tests: the SQLite demo failed" >&2; exit 1; }
# PostgreSQL gets the same region through kvalis backup / restore (kvalis demo on PostgreSQL takes minutes).
echo "== demo region (PostgreSQL template through backup/restore, cluster on port $KVALIS_FAULT_PG_PORT)"
cluster start >/dev/null || { echo "run-fault-tests: the PostgreSQL cluster did not start" >&2; exit 1; }
DEMO_PG_URI=$(cluster createdb kvalis_fault_demo) || exit 1
export KVALIS_FAULT_DEMO_PG=kvalis_fault_demo
"$KVALIS_BIN" backup --db "$KVALIS_FAULT_DEMO_SQLITE" --out "$WORK/demo.kvb" >/dev/null &&
  "$KVALIS_BIN" restore --db "$DEMO_PG_URI" --in "$WORK/demo.kvb" >/dev/null ||
  { echo "run-fault-tests: restoring the demo into PostgreSQL failed" >&2; exit 1; }

failed=()
for kind in sqlite postgresql; do
  printf '\n== fault tests on %s (%s kill cycle(s) of %s writes)\n' "$kind" "$KVALIS_FAULT_CYCLES" "${KVALIS_FAULT_WRITES:-1000}"
  KVALIS_DB_KIND=$kind node --test --test-concurrency=1 --test-reporter=spec tests/fault/ || failed+=("$kind")
done

printf '\n== figures (%s)\n' "$KVALIS_FAULT_REPORT"
cat "$KVALIS_FAULT_REPORT" 2>/dev/null
printf '== fault tests (%s): %s in %ss\n' "$MODE" "$([[ ${#failed[@]} == 0 ]] && echo passed || echo "FAILED on ${failed[*]}")" "$((SECONDS - start))"
[[ ${#failed[@]} == 0 ]]
