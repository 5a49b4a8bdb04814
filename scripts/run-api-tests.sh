#!/usr/bin/env bash
# Runs the HTTP API suite (tests/api/*.test.mjs, Node's built-in test runner) against SQLite and/or a
# fresh PostgreSQL database. Builds nothing: set KVALIS_BIN or build build/kvalis first.
#
#   scripts/run-api-tests.sh [sqlite|postgresql|all]     (default: all)
#
# PostgreSQL: uses KVALIS_TEST_PG_ADMIN_URI when set (a database whose role may CREATE DATABASE; every
# test file creates and drops its own database through it), otherwise starts the throwaway cluster of
# scripts/pg-test-cluster.sh and stops it again afterwards.
# KVALIS_API_TEST_CONCURRENCY: test files run in parallel (default 4).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
MODE=${1:-all}
export KVALIS_BIN=${KVALIS_BIN:-$ROOT/build/kvalis}
CONCURRENCY=${KVALIS_API_TEST_CONCURRENCY:-4}

case "$MODE" in
  sqlite | postgresql | all) ;;
  *) echo "usage: $0 [sqlite|postgresql|all]" >&2; exit 2 ;;
esac
[[ -x "$KVALIS_BIN" ]] || { echo "run-api-tests: no kvalis binary at $KVALIS_BIN (build it or set KVALIS_BIN)" >&2; exit 2; }
command -v node >/dev/null || { echo "run-api-tests: node (20 or newer) is required" >&2; exit 2; }
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
(( NODE_MAJOR >= 20 )) || { echo "run-api-tests: node 20 or newer is required (found $(node --version))" >&2; exit 2; }
for tool in sqlite3 psql; do
  command -v "$tool" >/dev/null || { echo "run-api-tests: the $tool client is required" >&2; exit 2; }
done

STARTED_CLUSTER=0
cleanup() {
  if [[ $STARTED_CLUSTER == 1 ]]; then bash scripts/pg-test-cluster.sh stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT

suite() {
  local kind=$1
  printf '\n== API tests on %s (%s)\n' "$kind" "$KVALIS_BIN"
  local start=$SECONDS
  KVALIS_DB_KIND=$kind node --test --test-concurrency="$CONCURRENCY" --test-reporter=spec tests/api/
  local rc=$?
  printf '== %s: %s in %ss\n' "$kind" "$([[ $rc == 0 ]] && echo passed || echo FAILED)" "$((SECONDS - start))"
  return $rc
}

start_pg() {
  if [[ -z "${KVALIS_TEST_PG_ADMIN_URI:-}" ]]; then
    bash scripts/pg-test-cluster.sh status 2>/dev/null || STARTED_CLUSTER=1
    KVALIS_TEST_PG_ADMIN_URI=$(bash scripts/pg-test-cluster.sh start) || { echo "run-api-tests: PostgreSQL test cluster failed to start" >&2; exit 1; }
    export KVALIS_TEST_PG_ADMIN_URI
  fi
}

failed=()
case "$MODE" in
  sqlite) suite sqlite || failed+=(sqlite) ;;
  postgresql) start_pg; suite postgresql || failed+=(postgresql) ;;
  all)
    # Both databases at once (the files mostly wait on sockets and password hashing); each log is
    # printed when its run ends.
    start_pg
    LOGDIR=$(mktemp -d)
    suite sqlite >"$LOGDIR/sqlite.log" 2>&1 &
    SQLITE_PID=$!
    suite postgresql >"$LOGDIR/postgresql.log" 2>&1 &
    PG_PID=$!
    wait $SQLITE_PID || failed+=(sqlite)
    cat "$LOGDIR/sqlite.log"
    wait $PG_PID || failed+=(postgresql)
    cat "$LOGDIR/postgresql.log"
    rm -rf "$LOGDIR"
    ;;
esac

if (( ${#failed[@]} )); then
  echo "API tests FAILED on: ${failed[*]}"
  exit 1
fi
echo "API tests passed."
