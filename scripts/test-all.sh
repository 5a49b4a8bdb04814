#!/usr/bin/env bash
# Runs every Kvalis test: C++ unit and storage tests (SQLite and PostgreSQL), the HTTP API suite on
# both databases, front-end unit tests and browser end-to-end tests. Expects a built tree.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-build}
failed=()
# Each step's heading, and how long the step before it took (for keeping the CI run within its time).
STEP_START=$SECONDS
step() {
  [ -n "${STEP_NAME:-}" ] && printf '\n-- %s: %d s\n' "$STEP_NAME" $((SECONDS - STEP_START))
  STEP_NAME=$*
  STEP_START=$SECONDS
  printf '\n\033[1m== %s\033[0m\n' "$*"
}
# Each step's output is kept too: when a step fails, the summary repeats its failures (a CI log shown only in
# part still names the assertion that failed).
LOGS=$(mktemp -d /tmp/kvalis-test-logs.XXXXXX)
run() {
  local name=$1
  shift
  "$@" 2>&1 | tee "$LOGS/$name.log"
  [ "${PIPESTATUS[0]}" -eq 0 ] || failed+=("$name")
}
# The failures of a step: node's "failing tests" section (or ctest's list, or the log's end), at most 150 lines.
failures_of() {
  local log=$LOGS/$1.log
  if grep -q 'failing tests:' "$log"; then
    sed -n '/failing tests:/,$p' "$log" | head -150
  elif grep -q 'The following tests FAILED' "$log"; then
    sed -n '/The following tests FAILED/,$p' "$log" | head -150
  else
    tail -80 "$log"
  fi
}

step "C++ formatting (.clang-format)"
run format bash scripts/check-format.sh

step "Starting a throwaway PostgreSQL 15 cluster"
PG_ADMIN_URI=$(bash scripts/pg-test-cluster.sh start) || { echo "PostgreSQL cluster failed to start"; exit 1; }
export KVALIS_TEST_PG_ADMIN_URI=$PG_ADMIN_URI
export KVALIS_TEST_PG=$(bash scripts/pg-test-cluster.sh createdb kvalis_ctest)
trap 'bash scripts/pg-test-cluster.sh stop >/dev/null 2>&1 || true; rm -rf "$LOGS"' EXIT

# The fuzz targets build in the background at nice 19 while the steps below run (the clang build with the
# sanitizers takes about 200 s of two cores, and those steps leave cores idle between their phases); the
# fuzzing step waits for it.
KVALIS_FUZZ_OPT=0 nice -n 19 bash scripts/fuzz.sh build >"$LOGS/fuzz-build.log" 2>&1 &
FUZZ_BUILD_PID=$!

step "C++ unit and storage tests (SQLite and PostgreSQL)"
run ctest ctest --test-dir "$BUILD" --output-on-failure -j2

step "API tests on SQLite and on PostgreSQL, side by side"
run api env KVALIS_BIN="$ROOT/$BUILD/kvalis" bash scripts/run-api-tests.sh all

step "Crash safety, short form (SIGKILL of kvalis, PostgreSQL crash, full disk)"
run fault env KVALIS_BIN="$ROOT/$BUILD/kvalis" bash scripts/run-fault-tests.sh short

step "Two kvalis processes on one PostgreSQL database behind nginx"
run multi env KVALIS_BIN="$ROOT/$BUILD/kvalis" bash scripts/run-multi-test.sh

step "Soak: 2 minutes at 200 connections on SQLite and PostgreSQL at once (tests/soak)"
run soak env KVALIS_BIN="$ROOT/$BUILD/kvalis" bash tests/soak/run.sh short

step "Front-end lint (ESLint, Prettier)"
run web-lint bash -c "cd web && npm run lint"
step "Front-end unit tests"
run web-unit bash -c "cd web && npm test"
# The compressed JavaScript of the sign-in page and the dashboard, from the build's manifest (web/dist).
run web-bundle bash -c "cd web && node scripts/check-bundle-size.mjs --budget-kb 305"

# All eight targets: the readers link the modules' core and import code, the three route-table targets the
# HTTP layer besides (scripts/fuzz.sh, tests/fuzz/CMakeLists.txt); built with the sanitizers in build-fuzz.
step "Fuzzing: every libFuzzer target 20 s, two at a time (ASan, UBSan; build-fuzz at -O0)"
fuzz_build_rc=0
wait "$FUZZ_BUILD_PID" || fuzz_build_rc=$?
tail -3 "$LOGS/fuzz-build.log"
if [ "$fuzz_build_rc" = 0 ]; then
  run fuzz bash scripts/fuzz.sh short
else
  cp "$LOGS/fuzz-build.log" "$LOGS/fuzz.log"
  cat "$LOGS/fuzz.log"
  failed+=(fuzz)
fi

step "Browser end-to-end tests (Chromium, headless)"
# The crawl leaves out the demo users whose organisation type and role another one has (web/e2e/crawl.test.mjs,
# TWINS) and checks the English pages at 1440 px only; `bash scripts/run-e2e.sh` alone crawls every user, every
# page in both languages at both widths.
run e2e env KVALIS_CRAWL_SHORT=1 bash scripts/run-e2e.sh "$BUILD"

step "Summary"
echo "All steps: $SECONDS s"
if [ ${#failed[@]} -gt 0 ]; then
  for name in "${failed[@]}"; do
    printf '\n\033[1m== What failed in %s\033[0m\n' "$name"
    failures_of "$name"
  done
  echo
  echo "FAILED: ${failed[*]}"
  exit 1
fi
echo "All test suites passed."
