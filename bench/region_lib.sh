# Shared by bench/region_bench.sh and bench/load_bench.sh (sourced): the region-sized data set and queries
# against it on SQLite or PostgreSQL. Needs BIN (the kvalis program) and the working directory at the root.

. bench/serve_lib.sh

# query DB SQL: the rows of a query, one per line, columns separated by |.
query() {
  case "$1" in
    postgresql://*) psql -At "$1" -c "$2" ;;
    *) sqlite3 "$1" "$2" ;;
  esac
}

# prepare_region DB [NATIONAL_JSON]: the demo region (and the national registry when the file is given), grown
# by bench/region_gen.sql; on PostgreSQL the identity sequences are moved past the copies' ids. The rounds'
# scores are recomputed by `kvalis benchmark compute`, as a real round's would be.
prepare_region() {
  local db=$1 national=${2:-}
  "$BIN" demo --db "$db" >/dev/null
  if [ -n "$national" ]; then "$BIN" import registry "$national" --db "$db" >/dev/null; fi
  case "$db" in
    postgresql://*)
      psql -q -v ON_ERROR_STOP=1 "$db" -f bench/region_gen.sql >/dev/null
      for t in q_audits q_findings q_actions; do
        psql -q -v ON_ERROR_STOP=1 "$db" -c \
          "SELECT setval(pg_get_serial_sequence('$t', 'id'), (SELECT max(id) FROM $t))" >/dev/null
      done
      psql -q "$db" -c "ANALYZE" >/dev/null 2>&1 ;;  # the catalogue tables it may not analyse warn on stderr
    *)
      sqlite3 -bail "$db" <bench/region_gen.sql
      sqlite3 "$db" "ANALYZE" ;;
  esac
  local r
  for r in $(query "$db" "SELECT id FROM bm_rounds ORDER BY id"); do
    "$BIN" benchmark compute --db "$db" --round "$r" >/dev/null 2>&1
  done
  # PostgreSQL: the tables as autovacuum leaves them after a bulk load (hint bits set, visibility map written),
  # so that the measured reads do not do that work for the load's fresh rows, which a region's live data would
  # not ask of them.
  case "$db" in
    postgresql://*) psql -q "$db" -c "VACUUM ANALYZE" >/dev/null 2>&1 ;;
  esac
}
