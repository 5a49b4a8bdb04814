#!/usr/bin/env bash
# The benchmarks, each against its peer in the same run. Usage: bash bench/run.sh [BUILD_DIR]
# Writes a dated section to bench/RESULTS.md (machine, date, numbers, ratios).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-build}
export KVALIS_BIN=$ROOT/$BUILD/kvalis
export BENCH_OUT=$ROOT/bench/out
mkdir -p "$BENCH_OUT"
REPORT=$BENCH_OUT/report.md
{
  echo "## $(date -u +%Y-%m-%d) — $(uname -m), $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ //')"
  echo
  echo "### Registry import (national size) vs sqlite3 .import"
  echo
  bash bench/import_bench.sh
  echo
  echo "### Services API (filtered page of 50) vs nginx serving the same bytes, wrk -t2 -c64 -d10s"
  echo
  PG_ADMIN=$(bash scripts/pg-test-cluster.sh start)
  export BENCH_PG_URI=$(bash scripts/pg-test-cluster.sh createdb kvalis_bench)
  NATIONAL_JSON=$BENCH_OUT/rpss-national.json bash bench/api_bench.sh
  echo
  echo "### Region-sized views (2,000 closed audits, 500 open actions, 11 rounds), 16 connections"
  echo
  BENCH_PG_URI=$(bash scripts/pg-test-cluster.sh createdb kvalis_bench_region) bash bench/region_bench.sh
  echo
  echo "### Mixed API load: 64 connections, 60 s, 70 % uncached detail reads, 30 % writes, four tenants"
  echo
  BENCH_PG_URI=$(bash scripts/pg-test-cluster.sh createdb kvalis_bench_load) \
    NATIONAL_JSON=$BENCH_OUT/rpss-national.json bash bench/load_bench.sh "$BUILD"
  bash scripts/pg-test-cluster.sh stop >/dev/null || true
  # The cluster is gone: the benches after this one start their own (BENCH_PG_URI would name the stopped one).
  unset BENCH_PG_URI
  if [ -f bench/benchmark_bench.sh ]; then
    echo
    echo "### Benchmarking comparison and DEA at national scale"
    echo
    bash bench/benchmark_bench.sh "$BUILD"
  fi
  if [ -f bench/planning_bench.sh ]; then
    echo
    echo "### Planning at national scale: the country's roll-up of client outcomes vs DuckDB, and the HTTP API"
    echo
    bash bench/planning_bench.sh "$BUILD"
  fi
  if [ -f bench/network_bench.sh ]; then
    echo
    echo "### Network: coverage map of the whole country through the API vs SQLite's GROUP BY"
    echo
    bash bench/network_bench.sh "$BUILD"
  fi
  if [ -f bench/portal_bench.sh ]; then
    echo
    echo "### Network: public portal pages vs nginx serving the same bytes, wrk -t2 -c64 -d10s"
    echo
    bash bench/portal_bench.sh
  fi
  if [ -f bench/finance_bench.sh ]; then
    echo
    echo "### Network: financing outlook of the national network (7,000 services, 5 years, 8 sources) vs pandas, HTTP and Excel"
    echo
    bash bench/finance_bench.sh "$BUILD"
  fi
  if [ -f bench/first_load_bench.sh ]; then
    echo
    echo "### First load: the dashboard in Chromium with an empty cache, loopback and 10 Mbit/s + 40 ms, compressed vs not"
    echo
    bash bench/first_load_bench.sh "$BUILD"
  fi
} | tee "$REPORT"
{ echo; cat "$REPORT"; } >> bench/RESULTS.md
echo "Appended to bench/RESULTS.md"
