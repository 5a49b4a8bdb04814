#!/usr/bin/env bash
# `kvalis import registry` of a generated national-size rpss.json (7,000 services, 19,000 facilities)
# against sqlite3's `.import` of the same rows as CSV, in the same run; max RSS of both. The same file is
# imported into PostgreSQL too (a fresh database each run, in a throwaway cluster of scripts/pg-test-cluster.sh
# unless one is running), with the ratio to the SQLite import (target ≤ 2×).
# Prints a Markdown table; called by bench/run.sh. BENCH_PG=0 leaves PostgreSQL out.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${KVALIS_BIN:-$ROOT/build/kvalis}
OUT=${BENCH_OUT:-$ROOT/bench/out}
RUNS=${BENCH_RUNS:-3}
mkdir -p "$OUT"
JSON=$OUT/rpss-national.json
CSV=$OUT/rpss-csv
[ -f "$JSON" ] || python3 bench/gen_rpss.py --services 7000 --facilities 19000 --out "$JSON" --csv-out "$CSV" >/dev/null

# "elapsed_seconds max_rss_kb" of one command (GNU time).
measure() { /usr/bin/time -f '%e %M' -o "$OUT/time.txt" "$@" >/dev/null 2>"$OUT/measure.err" || { cat "$OUT/measure.err" >&2; return 1; }; cat "$OUT/time.txt"; }
median() { sort -n | awk '{ a[NR]=$1 } END { print a[int((NR+1)/2)] }'; }

k_times=(); k_rss=(); s_times=(); s_rss=()
for _ in $(seq 1 "$RUNS"); do
  rm -f "$OUT/import.db"* "$OUT/peer.db"*
  "$BIN" migrate --db "$OUT/import.db" >/dev/null
  read -r t m < <(measure "$BIN" import registry "$JSON" --db "$OUT/import.db")
  k_times+=("$t"); k_rss+=("$m")
  sqlite3 "$OUT/peer.db" < src/platform/store/migrations/sqlite/0001_foundation.sql
  read -r t m < <(cd "$CSV" && measure sqlite3 "$OUT/peer.db" ".read peer.sql")
  s_times+=("$t"); s_rss+=("$m")
done
p_times=(); p_rss=(); STARTED_PG=0
if [ "${BENCH_PG:-1}" != 0 ] && ls /usr/lib/postgresql/*/bin/pg_ctl >/dev/null 2>&1; then
  bash scripts/pg-test-cluster.sh status >/dev/null 2>&1 || STARTED_PG=1
  bash scripts/pg-test-cluster.sh start >/dev/null
  for _ in $(seq 1 "$RUNS"); do
    PG_URI=$(bash scripts/pg-test-cluster.sh createdb kvalis_bench_import)
    "$BIN" migrate --db "$PG_URI" >/dev/null
    read -r t m < <(measure "$BIN" import registry "$JSON" --db "$PG_URI")
    p_times+=("$t"); p_rss+=("$m")
  done
  bash scripts/pg-test-cluster.sh dropdb kvalis_bench_import >/dev/null 2>&1 || true
  [ "$STARTED_PG" = 1 ] && bash scripts/pg-test-cluster.sh stop >/dev/null 2>&1 || true
fi
kt=$(printf '%s\n' "${k_times[@]}" | median); st=$(printf '%s\n' "${s_times[@]}" | median)
km=$(printf '%s\n' "${k_rss[@]}" | median); sm=$(printf '%s\n' "${s_rss[@]}" | median)
size=$(stat -c %s "$JSON")
services=$(sqlite3 "$OUT/import.db" "select count(*) from services")
facilities=$(sqlite3 "$OUT/import.db" "select count(*) from facilities")
echo "| what | time (median of $RUNS) | max RSS | notes |"
echo "|---|---|---|---|"
printf '| kvalis import registry | %s s | %.1f MB | %s services, %s facilities from a %.1f MB file; RSS = %.2f× file size |\n' \
  "$kt" "$(awk -v k="$km" 'BEGIN{print k/1024}')" "$services" "$facilities" "$(awk -v s="$size" 'BEGIN{print s/1048576}')" \
  "$(awk -v k="$km" -v s="$size" 'BEGIN{print k*1024/s}')"
printf '| sqlite3 .import (same rows as CSV) | %s s | %.1f MB | peer |\n' "$st" "$(awk -v k="$sm" 'BEGIN{print k/1024}')"
printf '| ratio kvalis / sqlite3 | %.2f× | | target ≤ 2× |\n' "$(awk -v a="$kt" -v b="$st" 'BEGIN{ if (b > 0) print a/b; else print 0 }')"
if [ "${#p_times[@]}" -gt 0 ]; then
  pt=$(printf '%s\n' "${p_times[@]}" | median); pm=$(printf '%s\n' "${p_rss[@]}" | median)
  printf '| kvalis import registry into PostgreSQL (same file) | %s s | %.1f MB | COPY FROM STDIN in batches of 4,000 rows, ids taken ahead from the sequences, foreign keys checked once at the end |\n' \
    "$pt" "$(awk -v k="$pm" 'BEGIN{print k/1024}')"
  printf '| ratio PostgreSQL / SQLite import | %.2f× | | target ≤ 2× |\n' "$(awk -v a="$pt" -v b="$kt" 'BEGIN{ if (b > 0) print a/b; else print 0 }')"
fi
