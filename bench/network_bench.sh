#!/usr/bin/env bash
# Speed of the network module's coverage map at national size (issue 12 "Speed"): bench/network_bench.py
# generates the data set (once; BENCH_REGENERATE=1 again), times GET /api/network/coverage/map?region=all
# through HTTP cold and warm, and the same map computed by SQLite's own GROUP BY in the same run.
# Prints a Markdown section; called by bench/run.sh.   bash bench/network_bench.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-${BUILD_DIR:-build}}
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
[ -x "$BUILD/kvalis" ] || cmake --build "$BUILD" --target kvalis >&2
exec python3 bench/network_bench.py --kvalis "$BUILD/kvalis" ${BENCH_REGENERATE:+--regenerate} \
  --runs "${BENCH_HTTP_RUNS:-20}" --port "${BENCH_NETWORK_PORT:-18442}"
