#!/usr/bin/env bash
# Two processes, one database (docs/RELIABILITY.md): two `kvalis serve` processes on one PostgreSQL
# database behind one nginx (round-robin upstream, no sticky sessions), with requests alternating between
# them: sessions, CSRF, caches, locks, round locks, the recompute of comparisons and the migration of an
# empty database by both at once (tests/multi/*.test.mjs). Builds nothing: set KVALIS_BIN or build
# build/kvalis first. The same run is the long form and the CI form (about a minute).
#
#   scripts/run-multi-test.sh
#
# PostgreSQL: KVALIS_TEST_PG_ADMIN_URI when set (a database whose role may CREATE DATABASE), otherwise the
# throwaway cluster of scripts/pg-test-cluster.sh (KVALIS_PG_PORT), stopped again afterwards.
# nginx: KVALIS_NGINX (default: nginx on PATH or /usr/sbin/nginx; Debian's nginx-light is enough);
# KVALIS_MULTI_PORT: its port (default: a free one).
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
export KVALIS_BIN=${KVALIS_BIN:-$ROOT/build/kvalis}

[[ -x "$KVALIS_BIN" ]] || { echo "run-multi-test: no kvalis binary at $KVALIS_BIN (build it or set KVALIS_BIN)" >&2; exit 2; }
command -v node >/dev/null || { echo "run-multi-test: node (20 or newer) is required" >&2; exit 2; }
command -v psql >/dev/null || { echo "run-multi-test: the psql client is required" >&2; exit 2; }
if [[ -z "${KVALIS_NGINX:-}" ]]; then
  KVALIS_NGINX=$(command -v nginx || true)
  [[ -n "$KVALIS_NGINX" ]] || KVALIS_NGINX=/usr/sbin/nginx
fi
[[ -x "$KVALIS_NGINX" ]] || { echo "run-multi-test: nginx is required (apt-get install nginx-light)" >&2; exit 2; }
export KVALIS_NGINX

STARTED_CLUSTER=0
cleanup() {
  if [[ $STARTED_CLUSTER == 1 ]]; then bash scripts/pg-test-cluster.sh stop >/dev/null 2>&1 || true; fi
}
trap cleanup EXIT
if [[ -z "${KVALIS_TEST_PG_ADMIN_URI:-}" ]]; then
  bash scripts/pg-test-cluster.sh status 2>/dev/null || STARTED_CLUSTER=1
  KVALIS_TEST_PG_ADMIN_URI=$(bash scripts/pg-test-cluster.sh start) || { echo "run-multi-test: PostgreSQL test cluster failed to start" >&2; exit 1; }
  export KVALIS_TEST_PG_ADMIN_URI
fi

start=$SECONDS
KVALIS_DB_KIND=postgresql node --test --test-reporter=spec tests/multi/
rc=$?
printf '== two processes, one database: %s in %ss\n' "$([[ $rc == 0 ]] && echo passed || echo FAILED)" "$((SECONDS - start))"
exit $rc
