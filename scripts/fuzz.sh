#!/usr/bin/env bash
# libFuzzer targets of tests/fuzz (clang 14, AddressSanitizer with LeakSanitizer, UBSan), built in build-fuzz.
#
#   bash scripts/fuzz.sh build              configure and build the targets (build-fuzz, ccache when present)
#   bash scripts/fuzz.sh short [TARGET…]    build at -O0, then each target 20 s (-max_total_time=20), two at a time (CI)
#   bash scripts/fuzz.sh long [TARGET…]     build, then each target until 10,000,000 executions (-runs=10000000),
#                                           two at a time (KVALIS_FUZZ_JOBS), and a summary table (executions, exec/s, coverage,
#                                           peak RSS, result)
#   bash scripts/fuzz.sh run TARGET [libFuzzer options…]   one target by hand (e.g. a crash file to reproduce)
#
# Any crash, leak, UBSan report, timeout or out-of-memory fails the run; the input is kept in
# build-fuzz/fuzz-out/artifacts/<target>/ and the log in build-fuzz/fuzz-out/logs/. The corpus each target
# grows (build-fuzz/fuzz-out/corpus/<target>/) stays outside git; the seeds are tests/fuzz/corpus/<target>/.
# Environment: KVALIS_FUZZ_BUILD (build-fuzz), KVALIS_FUZZ_CXX (clang++-14), KVALIS_FUZZ_JOBS (2: parallel
# compiles, and targets run at once), KVALIS_FUZZ_SECONDS (20: the short form's time per
# target), KVALIS_FUZZ_RUNS (10000000: the long form's executions), KVALIS_FUZZ_LONG_MAX_SECONDS (unset: a cap on
# the long form's time per target, for a run that must end by a given time; the table then shows how far each got).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${KVALIS_FUZZ_BUILD:-build-fuzz}
CXX=${KVALIS_FUZZ_CXX:-clang++-14}
JOBS=${KVALIS_FUZZ_JOBS:-2}
OUT=$BUILD/fuzz-out
MODE=${1:-}
[ $# -gt 0 ] && shift

ALL_TARGETS=(csv_reader_fuzz dto_body_fuzz formula_fuzz http_request_fuzz query_params_fuzz rpss_reader_fuzz
  standards_import_fuzz xlsx_reader_fuzz)

# Per target: the dictionary and the largest input worth trying (longer inputs only slow the search).
dict_of() {
  case $1 in
    csv_reader_fuzz | standards_import_fuzz) echo tests/fuzz/csv.dict ;;
    dto_body_fuzz) echo tests/fuzz/json.dict ;;
    rpss_reader_fuzz) echo tests/fuzz/rpss.dict ;;
    http_request_fuzz | query_params_fuzz) echo tests/fuzz/http.dict ;;
    formula_fuzz) echo tests/fuzz/formula.dict ;;
    *) echo "" ;;
  esac
}
# The CSV reader is a state machine over bytes: 2 KiB holds a header, quoting, BOMs and line ends of every kind
# and many records; the standards CSV and rpss.json need room for a few whole rows or items.
max_len_of() {
  case $1 in
    formula_fuzz) echo 512 ;;
    csv_reader_fuzz | query_params_fuzz) echo 2048 ;;
    rpss_reader_fuzz | standards_import_fuzz) echo 4096 ;;
    xlsx_reader_fuzz) echo 16384 ;;
    *) echo 8192 ;;
  esac
}

# build [TARGET…]: the given targets (every target when none), and only the libraries they link.
build() {
  command -v "$CXX" >/dev/null || { echo "fuzz: $CXX not found (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 1; }
  local launcher=()
  command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
  # The short form (CI) builds at -O0, everything else at -O1 (KVALIS_FUZZ_OPT overrides; a change rebuilds).
  local opt=${KVALIS_FUZZ_OPT:-$([ "$MODE" = short ] && echo 0 || echo 1)}
  cmake -S . -B "$BUILD" -DKVALIS_FUZZ=ON -DKVALIS_FUZZ_OPT="$opt" -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER="$CXX" \
    "${launcher[@]}" >/dev/null
  if [ $# -gt 0 ]; then
    cmake --build "$BUILD" -j"$JOBS" --target "$@"
  else
    cmake --build "$BUILD" -j"$JOBS" --target fuzz_targets
  fi
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
SYMBOLIZER=$(command -v llvm-symbolizer-14 || command -v llvm-symbolizer || true)
[ -n "$SYMBOLIZER" ] && export ASAN_SYMBOLIZER_PATH=$SYMBOLIZER

# run_target TARGET LIMIT…: runs one target with its seeds and grown corpus; the log in $OUT/logs/TARGET.log.
run_target() {
  local t=$1
  shift
  local bin=$BUILD/tests/fuzz/$t
  [ -x "$bin" ] || { echo "fuzz: no target $t (see tests/fuzz/*_fuzz.cpp)" >&2; return 2; }
  mkdir -p "$OUT/corpus/$t" "$OUT/artifacts/$t" "$OUT/logs"
  local dict
  dict=$(dict_of "$t")
  local args=("$OUT/corpus/$t" "tests/fuzz/corpus/$t" -max_len="$(max_len_of "$t")" -timeout=25 -rss_limit_mb=2048
    -artifact_prefix="$OUT/artifacts/$t/" -print_final_stats=1 "$@")
  [ -n "$dict" ] && args+=(-dict="$dict")
  "$bin" "${args[@]}" >"$OUT/logs/$t.log" 2>&1
}

# The figures of a finished run, from libFuzzer's final statistics: target executions exec/s coverage rss result.
summary_row() {
  local t=$1 rc=$2 log=$OUT/logs/$1.log
  local runs rate rss cov
  runs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
  rss=$(grep -o 'stat::peak_rss_mb: *[0-9]*' "$log" | tail -1 | awk '{print $2}')
  cov=$(grep -o 'cov: [0-9]* ft: [0-9]*' "$log" | tail -1 | awk '{print $2 " edges, " $4 " features"}')
  local result=ok
  if [ "$rc" -ne 0 ]; then
    result="FAILED (exit $rc): $(grep -m1 -o -E 'ERROR: [A-Za-z]+Sanitizer: [a-z-]+|runtime error: .*|fuzz property broken: .*|ERROR: libFuzzer: [a-z-]+' "$log" | head -1)"
  fi
  printf '%-22s %12s %8s %-26s %7s  %s\n' "$t" "${runs:-?}" "${rate:-?}" "${cov:-?}" "${rss:-?}" "$result"
}

header_row() { printf '%-22s %12s %8s %-26s %7s  %s\n' target executions exec/s coverage "RSS MB" result; }

targets_or_all() { if [ $# -gt 0 ]; then echo "$@"; else echo "${ALL_TARGETS[@]}"; fi; }

case $MODE in
  build)
    build
    ;;
  short)
    build "$@"
    seconds=${KVALIS_FUZZ_SECONDS:-20}
    read -r -a targets <<<"$(targets_or_all "$@")"
    rm -f "$OUT/summary-short.txt"
    declare -A rc_of
    # libFuzzer runs one process per target on one core: JOBS targets at a time fill the machine.
    for ((i = 0; i < ${#targets[@]}; i += JOBS)); do
      pids=()
      for t in "${targets[@]:i:JOBS}"; do
        run_target "$t" -max_total_time="$seconds" &
        pids+=("$!:$t")
      done
      for p in "${pids[@]}"; do
        rc=0
        wait "${p%%:*}" || rc=$?
        rc_of[${p#*:}]=$rc
      done
    done
    failed=0
    {
      header_row
      for t in "${targets[@]}"; do
        summary_row "$t" "${rc_of[$t]}"
        [ "${rc_of[$t]}" -eq 0 ] || failed=1
      done
    } | tee "$OUT/summary-short.txt"
    grep -q FAILED "$OUT/summary-short.txt" && failed=1
    if [ $failed -ne 0 ]; then
      echo "fuzz: a target failed; logs in $OUT/logs, inputs in $OUT/artifacts" >&2
      exit 1
    fi
    ;;
  long)
    build "$@"
    runs=${KVALIS_FUZZ_RUNS:-10000000}
    read -r -a targets <<<"$(targets_or_all "$@")"
    summary=$OUT/summary-long.txt
    mkdir -p "$OUT"
    {
      echo "# scripts/fuzz.sh long, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, -runs=$runs${KVALIS_FUZZ_LONG_MAX_SECONDS:+, at most ${KVALIS_FUZZ_LONG_MAX_SECONDS} s per target}"
      header_row
    } >>"$summary"
    limits=(-runs="$runs")
    [ -n "${KVALIS_FUZZ_LONG_MAX_SECONDS:-}" ] && limits+=(-max_total_time="$KVALIS_FUZZ_LONG_MAX_SECONDS")
    # JOBS targets at a time (one core each); each writes its row when it ends, the table keeps the given order.
    long_one() {
      local t=$1 start rc=0
      start=$(date +%s)
      run_target "$t" "${limits[@]}" || rc=$?
      echo "$(summary_row "$t" "$rc")  ($(($(date +%s) - start)) s)" >"$OUT/logs/$t.row"
    }
    for t in "${targets[@]}"; do
      while [ "$(jobs -rp | wc -l)" -ge "$JOBS" ]; do wait -n || true; done
      rm -f "$OUT/logs/$t.row"
      long_one "$t" &
    done
    wait
    failed=0
    for t in "${targets[@]}"; do
      cat "$OUT/logs/$t.row" >>"$summary"
      grep -q FAILED "$OUT/logs/$t.row" && failed=1
    done
    cat "$summary"  # every long run appends its table
    [ $failed -eq 0 ] || exit 1
    ;;
  run)
    [ $# -ge 1 ] || { echo "usage: bash scripts/fuzz.sh run TARGET [libFuzzer options…]" >&2; exit 2; }
    t=$1
    shift
    build "$t" >/dev/null
    mkdir -p "$OUT/corpus/$t"
    exec "$BUILD/tests/fuzz/$t" -max_len="$(max_len_of "$t")" "$@"
    ;;
  *)
    echo "usage: bash scripts/fuzz.sh build|short|long|run [TARGET…]" >&2
    exit 2
    ;;
esac
