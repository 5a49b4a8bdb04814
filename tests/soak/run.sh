#!/usr/bin/env bash
# Soak test of `kvalis serve` (issue 15, item 4) on SQLite and on PostgreSQL: tests/soak/soak.mjs against the
# demo region, 200 keep-alive connections of mixed reads and valid writes; fails on any non-2xx answer, on an
# internal error in the server log, on resident memory growth of 10 % or more after the warm-up and on
# file-descriptor growth. See docs/RELIABILITY.md ("Soak").
#
#   bash tests/soak/run.sh short              2 minutes on each database, both at once (the CI form)
#   bash tests/soak/run.sh long               30 minutes on SQLite, then 30 minutes on PostgreSQL
#   bash tests/soak/run.sh long --parallel    30 minutes on both at once
#   bash tests/soak/run.sh long sqlite        one database only (sqlite | postgresql), also for short
#
# Environment: KVALIS_BIN (default build/kvalis); KVALIS_TEST_PG_ADMIN_URI (a PostgreSQL role that may CREATE
# DATABASE; without it the throwaway cluster of scripts/pg-test-cluster.sh is started and stopped again);
# KVALIS_SOAK_SECONDS and KVALIS_SOAK_CONNECTIONS override the duration and the connections;
# KVALIS_SOAK_OUT: a directory for the results as JSON (soak-<db>.json) and the logs.
set -uo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)

MODE=${1:-}
shift || true
PARALLEL=0
DBS=()
for a in "$@"; do
  case "$a" in
    --parallel) PARALLEL=1 ;;
    sqlite | postgresql) DBS+=("$a") ;;
    *) echo "usage: $0 short|long [--parallel] [sqlite|postgresql]" >&2; exit 2 ;;
  esac
done
case "$MODE" in
  short) SECONDS_EACH=120; PARALLEL=1 ;;
  long) SECONDS_EACH=1800 ;;
  *) echo "usage: $0 short|long [--parallel] [sqlite|postgresql]" >&2; exit 2 ;;
esac
SECONDS_EACH=${KVALIS_SOAK_SECONDS:-$SECONDS_EACH}
CONNECTIONS=${KVALIS_SOAK_CONNECTIONS:-200}
(( ${#DBS[@]} )) || DBS=(sqlite postgresql)

export KVALIS_BIN=${KVALIS_BIN:-$ROOT/build/kvalis}
[[ -x "$KVALIS_BIN" ]] || { echo "soak: no kvalis binary at $KVALIS_BIN (build it or set KVALIS_BIN)" >&2; exit 2; }
command -v node >/dev/null || { echo "soak: node (20 or newer) is required" >&2; exit 2; }
[[ -d /proc/self/fd ]] || { echo "soak: /proc is required (Linux)" >&2; exit 2; }

OUT=${KVALIS_SOAK_OUT:-$(mktemp -d /tmp/kvalis-soak.XXXXXX)}
mkdir -p "$OUT"
STARTED_CLUSTER=0
cleanup() {
  if [[ $STARTED_CLUSTER == 1 ]]; then bash scripts/pg-test-cluster.sh stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
if [[ " ${DBS[*]} " == *" postgresql "* && -z "${KVALIS_TEST_PG_ADMIN_URI:-}" ]]; then
  bash scripts/pg-test-cluster.sh status 2>/dev/null || STARTED_CLUSTER=1
  KVALIS_TEST_PG_ADMIN_URI=$(bash scripts/pg-test-cluster.sh start) || { echo "soak: PostgreSQL test cluster failed to start" >&2; exit 1; }
  export KVALIS_TEST_PG_ADMIN_URI
fi

soak() {
  local db=$1
  KVALIS_DB_KIND=$db node tests/soak/soak.mjs --seconds "$SECONDS_EACH" --connections "$CONNECTIONS" --out "$OUT/soak-$db.json"
}

node --test tests/soak/stats.test.mjs >"$OUT/stats-test.log" 2>&1 || { cat "$OUT/stats-test.log"; echo "soak: the latency statistics' own test failed" >&2; exit 1; }
printf '== soak %s: %s s at %s connections on %s%s; results in %s\n' "$MODE" "$SECONDS_EACH" "$CONNECTIONS" "${DBS[*]}" \
  "$([[ $PARALLEL == 1 && ${#DBS[@]} -gt 1 ]] && echo ' (at once)')" "$OUT"
start=$SECONDS
failed=()
if [[ $PARALLEL == 1 && ${#DBS[@]} -gt 1 ]]; then
  # Both at once; each log is printed when its run ends.
  declare -A pids
  for db in "${DBS[@]}"; do
    soak "$db" >"$OUT/soak-$db.log" 2>&1 &
    pids[$db]=$!
  done
  for db in "${DBS[@]}"; do
    wait "${pids[$db]}" || failed+=("$db")
    cat "$OUT/soak-$db.log"
  done
else
  for db in "${DBS[@]}"; do
    soak "$db" 2>&1 | tee "$OUT/soak-$db.log"
    (( PIPESTATUS[0] == 0 )) || failed+=("$db")
  done
fi
printf '== soak %s: %s in %s s\n' "$MODE" "$( (( ${#failed[@]} )) && echo "FAILED on ${failed[*]}" || echo passed)" "$((SECONDS - start))"
(( ${#failed[@]} == 0 ))
