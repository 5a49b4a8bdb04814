#!/usr/bin/env bash
# Speed of the benchmarking comparison and of DEA against DuckDB, pandas and scipy, in the same run on the
# same generated data: a national-scale set (7,000 services in the 34 kinds, 40 indicators, 10 rounds, about
# 5 % missing values) and 7,000 DMUs with 3 inputs and 3 outputs. Results of Kvalis and DuckDB are written to
# CSV and compared (1e-9); DEA scores of Kvalis and scipy on the sample (1e-6). Prints a Markdown table;
# called by bench/run.sh. The DuckDB peer is run twice: as written now (comparison.mjs: one grouped statement
# and one windowed pass) and as first written (comparison_old.mjs), both checked against Kvalis.
# End to end: one round of the data set is loaded into a SQLite and a PostgreSQL database (kvalis_comparison_bench
# load-db) and `kvalis benchmark compute` (reading the values, writing the scores, printing them) is timed
# against the kernel alone on the same round's values; its output is checked against the kernel's (1e-9).
#   bash bench/benchmark_bench.sh [BUILD_DIR]
# Environment: BENCH_OUT (default bench/out), BENCH_SERVICES, BENCH_ROUNDS, BENCH_DEA_SAMPLE (default 500),
# BENCH_THREADS (default 2: DuckDB and Kvalis's comparison; DEA runs on one thread like the scipy loop),
# BENCH_PG_URI (a database for the end-to-end run; default: a throwaway cluster of scripts/pg-test-cluster.sh),
# BENCH_E2E_ROUND (default 1).
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-${BUILD_DIR:-build}}
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
OUT=${BENCH_OUT:-$ROOT/bench/out}/benchmarking
PEERS=$ROOT/bench/.peers
PY=/usr/bin/python3
THREADS=${BENCH_THREADS:-2}
SAMPLE=${BENCH_DEA_SAMPLE:-500}
BIN=$BUILD/bench/kvalis_comparison_bench
mkdir -p "$OUT" "$PEERS/debs"

log() { printf '%s\n' "$*" >&2; }
# Value of key=value in a result line.
val() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p" | head -1; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (a > 0) printf "%.0f×", b / a; else print "–" }'; }
secs() { awk -v s="$1" 'BEGIN { if (s < 1) printf "%.3f s", s; else if (s < 100) printf "%.2f s", s; else printf "%.0f s", s }'; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f MB", k / 1024 }'; }

# ---- peers ------------------------------------------------------------------------------------------------
if ! "$PY" -c 'import pandas' 2>/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    log "installing python3-pandas (Debian)"
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends python3-pandas >&2
  else
    log "python3-pandas is missing: apt-get install python3-pandas"; exit 1
  fi
fi
# Debian's python3-scipy cannot be installed beside libboost1.81-dev (python3-pythran wants Boost 1.74):
# its package and the two small ones it needs at run time are unpacked into bench/.peers instead.
SCIPY_ROOT=$PEERS/root
if [ ! -d "$SCIPY_ROOT/usr/lib/python3/dist-packages/scipy" ]; then
  log "fetching python3-scipy into bench/.peers"
  (cd "$PEERS/debs" && apt-get download python3-scipy liblbfgsb0 python3-decorator >&2)
  for deb in "$PEERS"/debs/*.deb; do dpkg-deb -x "$deb" "$SCIPY_ROOT"; done
fi
scipy_py() {
  PYTHONPATH=$SCIPY_ROOT/usr/lib/python3/dist-packages LD_LIBRARY_PATH=$SCIPY_ROOT/usr/lib/x86_64-linux-gnu "$PY" "$@"
}
if [ ! -d "$ROOT/bench/peers/duckdb/node_modules/@duckdb/node-api" ]; then
  log "installing @duckdb/node-api (bench/peers/duckdb)"
  (cd "$ROOT/bench/peers/duckdb" && npm ci --no-audit --no-fund --loglevel=error >&2)
fi
[ -x "$BIN" ] || cmake --build "$BUILD" --target kvalis_comparison_bench >&2

# ---- data -------------------------------------------------------------------------------------------------
log "generating the data set in $OUT"
GEN=$("$BIN" generate "$OUT" --services "${BENCH_SERVICES:-7000}" --rounds "${BENCH_ROUNDS:-10}")
log "$GEN"

# ---- (a) comparison ---------------------------------------------------------------------------------------
log "Kvalis comparison"
K=$("$BIN" compare "$OUT" --threads "$THREADS" --repeat 7)
log "$K"
log "DuckDB comparison"
D=$(node "$ROOT/bench/peers/duckdb/comparison.mjs" "$OUT" "$THREADS")
log "$D"
log "DuckDB comparison as first written"
DO=$(node "$ROOT/bench/peers/duckdb/comparison_old.mjs" "$OUT" "$THREADS")
log "$DO"
log "pandas comparison"
P=$("$PY" "$ROOT/bench/peers/pandas_comparison.py" "$OUT")
log "$P"
log "checking Kvalis against DuckDB"
CS=$("$PY" "$ROOT/bench/peers/check_equal.py" "$OUT/kvalis_stats.csv" "$OUT/duckdb_stats.csv" 1e-9 3) || true
CR=$("$PY" "$ROOT/bench/peers/check_equal.py" "$OUT/kvalis_scores.csv" "$OUT/duckdb_scores.csv" 1e-9 3) || true
log "statistics: $CS"
log "scores: $CR"
OS=$("$PY" "$ROOT/bench/peers/check_equal.py" "$OUT/kvalis_stats.csv" "$OUT/duckdb_old_stats.csv" 1e-9 3) || true
OR=$("$PY" "$ROOT/bench/peers/check_equal.py" "$OUT/kvalis_scores.csv" "$OUT/duckdb_old_scores.csv" 1e-9 3) || true
log "old peer: statistics $OS; scores $OR"

# ---- (b) DEA ----------------------------------------------------------------------------------------------
declare -A KD
for model in ccr bcc; do
  for slacks in 0 1; do
    log "Kvalis DEA $model (slacks $slacks)"
    KD[$model$slacks]=$("$BIN" dea "$OUT" --model "$model" --threads 1 --slacks "$slacks")
    log "${KD[$model$slacks]}"
  done
  "$BIN" dea "$OUT" --model "$model" --threads 1 --slacks 0 >/dev/null  # scores of phase one for the check
done
log "scipy DEA on a sample of $SAMPLE DMUs"
S=$(scipy_py "$ROOT/bench/peers/scipy_dea.py" "$OUT" "$SAMPLE")
log "$S"
DC=$("$PY" "$ROOT/bench/peers/check_equal.py" "$OUT/kvalis_dea_ccr.csv" "$OUT/scipy_dea_ccr.csv" 1e-6 1 subset) || true
DB=$("$PY" "$ROOT/bench/peers/check_equal.py" "$OUT/kvalis_dea_bcc.csv" "$OUT/scipy_dea_bcc.csv" 1e-6 1 subset) || true
log "DEA check: ccr $DC; bcc $DB"

# ---- (c) comparison end to end ----------------------------------------------------------------------------
KVALIS=$BUILD/kvalis
[ -x "$KVALIS" ] || cmake --build "$BUILD" --target kvalis >&2
E2E_ROUND=${BENCH_E2E_ROUND:-1}
log "kernel alone on round $E2E_ROUND (1 thread, as the command computes)"
KR=$("$BIN" compare "$OUT" --threads 1 --repeat 7 --round "$E2E_ROUND")
log "$KR"
# Wall seconds of a command (its stdout to $OUT/e2e.csv, stderr to $OUT/e2e.err).
wall() {
  local t0 t1
  t0=$(date +%s.%N)
  "$@" >"$OUT/e2e.csv" 2>"$OUT/e2e.err" || { cat "$OUT/e2e.err" >&2; return 1; }
  t1=$(date +%s.%N)
  awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.3f", b - a }'
}
best() { tr ' ' '\n' | grep . | sort -g | head -1; }
# "first again progress_off check" for one database: the first compute writes the scores, the later ones
# replace them (best of 3 with --progress off, and one with --progress on).
e2e() {
  local db=$1 load rid first svc again=() on check
  "$KVALIS" migrate --db "$db" >/dev/null
  load=$("$BIN" load-db "$OUT" --db "$db" --round "$E2E_ROUND")
  log "load-db: $load"
  rid=$(val "$load" round_id); svc=$(val "$load" first_service)
  first=$(wall "$KVALIS" benchmark compute --db "$db" --round "$rid" --progress off)
  for _ in 1 2 3; do again+=("$(wall "$KVALIS" benchmark compute --db "$db" --round "$rid" --progress off)"); done
  # The printed scores against the kernel's (kvalis_scores.csv of the compare above): same rows, 1e-9.
  awk -F, -v r="$E2E_ROUND" -v off="$svc" 'NR > 1 && $4 != "" {
      print r "," $1 "," ($2 - off + 1) "," $5 "," $6 "," $7 "," $8 }' "$OUT/e2e.csv" |
    sort -t, -k2.2,2n -k3,3n | { echo "round,indicator,service,percent_rank,z,reserve_median,reserve_best"; cat; } \
    >"$OUT/e2e_scores.csv"
  check=$("$PY" "$ROOT/bench/peers/check_equal.py" "$OUT/kvalis_scores.csv" "$OUT/e2e_scores.csv" 1e-9 3) || true
  on=$(wall "$KVALIS" benchmark compute --db "$db" --round "$rid" --progress on)
  echo "first=$first again=$(printf '%s ' "${again[@]}" | best) progress_on=$on mismatches=$(val "$check" mismatches) max_difference=$(val "$check" max_difference)"
}
log "kvalis benchmark compute on SQLite"
rm -f "$OUT/e2e.db" "$OUT/e2e.db-wal" "$OUT/e2e.db-shm"
ES=$(e2e "$OUT/e2e.db")
log "$ES"
STARTED_PG=0
if [ -z "${BENCH_PG_URI:-}" ] && ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  bash scripts/pg-test-cluster.sh status >/dev/null 2>&1 || STARTED_PG=1
  bash scripts/pg-test-cluster.sh start >/dev/null
  BENCH_PG_URI=$(bash scripts/pg-test-cluster.sh createdb kvalis_bench_compute)
fi
EP=""
if [ -n "${BENCH_PG_URI:-}" ]; then
  log "kvalis benchmark compute on PostgreSQL"
  EP=$(e2e "$BENCH_PG_URI")
  log "$EP"
fi
[ "$STARTED_PG" = 1 ] && bash scripts/pg-test-cluster.sh stop >/dev/null 2>&1 || true

# ---- table ------------------------------------------------------------------------------------------------
ok() { [ "$(val "$1" mismatches)" = 0 ] && echo "equal (max rel. diff. $(val "$1" max_difference))" || echo "**DIFFERENT**: $1"; }
kt=$(val "$K" time_s); dt=$(val "$D" time_s); pt=$(val "$P" time_s)
CPU=$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -1)
{
  echo "Measured $(date -u +%Y-%m-%d) on $(nproc) × $CPU, load average $(cut -d' ' -f1-3 /proc/loadavg) at the end."
  echo "Data: $(val "$GEN" services) services, $(val "$GEN" indicators) indicators, $(val "$GEN" rounds) rounds," \
       "$(val "$GEN" rows) values of which $(val "$GEN" missing) missing; $(val "$K" groups) peer groups (round × indicator × kind and form)."
  echo "Times are the best of 7 (Kvalis) or 3 (peers) runs of the computation only, data already in memory;" \
       "medians in brackets. Max RSS is the whole process's, data included."
  echo
  echo "| measurement | Kvalis | peer | peer time | Kvalis faster | Kvalis max RSS | peer max RSS | results |"
  echo "|---|---|---|---|---|---|---|---|"
  echo "| comparison (n, min, Q1, median, Q3, max, mean, sd; percent rank, z, reserves) | $(secs "$kt") ($(secs "$(val "$K" time_median_s)")), $THREADS threads |" \
       "DuckDB $(val "$D" version), $THREADS threads | $(secs "$dt") ($(secs "$(val "$D" time_median_s)")) | $(ratio "$kt" "$dt") |" \
       "$(mb "$(val "$K" max_rss_kb)") | $(mb "$(val "$D" max_rss_kb)") | statistics $(ok "$CS"); scores $(ok "$CR"); tolerance 1e-9 |"
  echo "| same | | DuckDB $(val "$DO" version) as first written (statistics, then scores joined to them), $THREADS threads |" \
       "$(secs "$(val "$DO" time_s)") ($(secs "$(val "$DO" time_median_s)")) | $(ratio "$kt" "$(val "$DO" time_s)") | |" \
       "$(mb "$(val "$DO" max_rss_kb)") | statistics $(ok "$OS"); scores $(ok "$OR") |"
  echo "| same | | pandas $(val "$P" version), 1 thread | $(secs "$pt") ($(secs "$(val "$P" time_median_s)")) | $(ratio "$kt" "$pt") |" \
       "| $(mb "$(val "$P" max_rss_kb)") | not compared |"
  for model in ccr bcc; do
    k0=${KD[${model}0]}; k1=${KD[${model}1]}
    st=$(val "$S" "${model}_scaled_s")
    check=$([ "$model" = ccr ] && echo "$DC" || echo "$DB")
    echo "| DEA ${model^^} input-oriented, $(val "$k0" dmus) DMUs, score only | $(secs "$(val "$k0" time_s)"), 1 thread |" \
         "scipy $(val "$S" version) linprog(highs), $(val "$S" sample) DMUs × $(val "$S" dmus)/$(val "$S" sample) | $(secs "$st") |" \
         "$(ratio "$(val "$k0" time_s)" "$st") | $(mb "$(val "$k0" max_rss_kb)") | $(mb "$(val "$S" max_rss_kb)") | sample $(ok "$check") (1e-6) |"
    echo "| DEA ${model^^} with slacks and peers (two phases) | $(secs "$(val "$k1" time_s)"), 1 thread | same (score only) | $(secs "$st") |" \
         "$(ratio "$(val "$k1" time_s)" "$st") | $(mb "$(val "$k1" max_rss_kb)") | | |"
  done
  echo
  echo "Targets: comparison ≤ 0.3 s and ≥ 3× faster than DuckDB; DEA ≥ 30× faster than scipy."
  echo
  krt=$(val "$KR" time_s)
  xr() { awk -v a="$krt" -v b="$1" 'BEGIN { if (a > 0 && b != "") printf "%.0f×", b / a; else print "–" }'; }
  e2e_row() {
    local name=$1 r=$2
    [ -n "$r" ] || { echo "| $name | not run (no PostgreSQL) | | | | |"; return; }
    local check
    check=$([ "$(val "$r" mismatches)" = 0 ] && echo "equal to the kernel's (max rel. diff. $(val "$r" max_difference))" || echo "**DIFFERENT**: $r")
    echo "| $name | $(secs "$(val "$r" first)") | $(secs "$(val "$r" again)") ($(xr "$(val "$r" again)")) |" \
         "$(secs "$(val "$r" progress_on)") | $check |"
  }
  echo "Comparison end to end: \`kvalis benchmark compute --round R\` on round $E2E_ROUND stored in the database" \
       "($(val "$KR" observations) values of $(val "$GEN" services) services × $(val "$GEN" indicators) indicators):" \
       "opening the database, reading the values, computing, writing the statistics and scores in one transaction and" \
       "printing the scores as CSV, against the kernel alone on the same values: $(secs "$krt") (1 thread, best of 7)."
  echo "First: the round's first computation (every score inserted); again: best of 3 recomputations with" \
       "\`--progress off\` (the scores replaced); ratio = again / kernel. Target: end to end ≤ 3× the kernel."
  echo
  echo "| database | first | again (× kernel) | with --progress on | scores printed |"
  echo "|---|---|---|---|---|"
  e2e_row SQLite "$ES"
  e2e_row PostgreSQL "$EP"
} | tee "$OUT/results.md"
