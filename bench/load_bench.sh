#!/usr/bin/env bash
# The mixed API load: 64 connections for 60 s on the demo region grown to region size (bench/region_gen.sql:
# 2,000 closed audits, 500 open actions, 11 rounds) plus the national registry (7,000 services), on SQLite and
# on PostgreSQL. Every route is its own wrk process (one thread), all seven at once, with a share of the
# connections: 45 (70 %) read uncached detail pages, 19 (30 %) write, as users of four tenants:
#   reads   an audit with its scores (kraj.referent, 12)   a service's comparison across rounds (kraj.referent, 11)
#           a benchmark form (poskytovatel.manazer, 11)    a corrective action (kraj.referent, 11)
#   writes  assessment saves on a draft audit (auditor, 7) form values of an open round (poskytovatel.pracovnik, 6)
#           action transitions done ↔ in progress (admin, 6; each action alternates, 250 actions in turn)
# Target: p99 ≤ 50 ms on every route, no errors. The writes are compared with their limit measured in the same
# run: kvalis_write_limit issues the same use cases (the same transactions and statements) from as many threads
# with no HTTP in front; the API's writes alone (the same 19 connections, no reads) must reach at least 50 % of it.
# Prints Markdown tables; called by bench/run.sh.   bash bench/load_bench.sh [BUILD_DIR]  (BENCH_PG_URI: PostgreSQL too)
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${1:-${BUILD_DIR:-build}}
case "$BUILD" in /*) ;; *) BUILD=$ROOT/$BUILD ;; esac
BIN=${KVALIS_BIN:-$BUILD/kvalis}
LIMIT=$BUILD/bench/kvalis_write_limit
OUT=${BENCH_OUT:-$ROOT/bench/out}/load
DURATION=${BENCH_LOAD_SECONDS:-60}
WRITES_SECONDS=${BENCH_LOAD_WRITES_SECONDS:-20}
PORT=${BENCH_LOAD_PORT:-18504}
NATIONAL_JSON=${NATIONAL_JSON:-${BENCH_OUT:-$ROOT/bench/out}/rpss-national.json}
PASSWORD=kvalis-demo-2026
ADMIN_PASSWORD=admin-demo-2026
mkdir -p "$OUT"
. bench/region_lib.sh
[ -x "$LIMIT" ] || cmake --build "$BUILD" --target kvalis_write_limit >&2
[ -f "$NATIONAL_JSON" ] || python3 bench/gen_rpss.py --services 7000 --facilities 19000 --out "$NATIONAL_JSON" >/dev/null

URL=http://127.0.0.1:$PORT
# login USER PASSWORD: "cookie csrf" of a new session.
login() { session_of "$URL" "$1" "$2"; }

# The paths (and bodies) of every route, from the data set.
route_files() {
  local db=$1 d=$OUT/routes
  rm -rf "$d" && mkdir -p "$d"
  query "$db" "SELECT id FROM q_audits WHERE status = 'closed' ORDER BY id" | shuf --random-source=<(yes) -n 500 |
    sed 's|^|/api/quality/audits/|' >"$d/audit.paths"
  query "$db" "SELECT DISTINCT service_id FROM bm_submissions ORDER BY service_id" |
    sed 's|^\(.*\)$|/api/benchmark/services/\1/scores|' >"$d/comparison.paths"
  query "$db" "SELECT b.round_id || '/services/' || b.service_id FROM bm_submissions b JOIN services s ON s.id = b.service_id
               JOIN memberships m ON m.organisation_id = s.provider_id JOIN users u ON u.id = m.user_id
               WHERE u.login = 'poskytovatel.manazer' ORDER BY 1" | sed 's|^|/api/benchmark/rounds/|; s|$|/form|' >"$d/form.paths"
  query "$db" "SELECT id FROM q_actions ORDER BY id" | shuf --random-source=<(yes) -n 500 |
    sed 's|^|/api/quality/actions/|' >"$d/action.paths"
  # Writes. Assessments: every criterion of the draft audit of the auditor's team, alternating two levels.
  local audit
  audit=$(query "$db" "SELECT a.id FROM q_audits a JOIN q_audit_team t ON t.audit_id = a.id JOIN users u ON u.id = t.user_id
                       WHERE a.status = 'draft' AND u.login = 'auditor' ORDER BY a.id LIMIT 1")
  query "$db" "SELECT c.id FROM criteria c JOIN standards st ON st.id = c.standard_id
               WHERE st.set_id = (SELECT set_id FROM q_audits WHERE id = $audit) ORDER BY c.id" >"$d/criteria"
  : >"$d/assess.paths"; : >"$d/assess.bodies"
  for level in 2 3; do
    while read -r c; do
      echo "/api/quality/audits/$audit/assessments" >>"$d/assess.paths"
      echo "{\"assessments\":[{\"criterion_id\":$c,\"level_code\":\"$level\",\"note\":\"Ověřeno v dokumentaci a rozhovorem.\"}]}" >>"$d/assess.bodies"
    done <"$d/criteria"
  done
  echo "$audit" >"$d/audit"
  # Form values: the open round's forms of the provider's services, each item in turn.
  local round
  round=$(query "$db" "SELECT r.id FROM bm_rounds r WHERE r.status = 'open' ORDER BY r.id DESC LIMIT 1")
  query "$db" "SELECT b.service_id FROM bm_submissions b JOIN services s ON s.id = b.service_id
               JOIN memberships m ON m.organisation_id = s.provider_id JOIN users u ON u.id = m.user_id
               WHERE u.login = 'poskytovatel.pracovnik' AND b.round_id = $round AND b.status <> 'submitted' ORDER BY 1" >"$d/services"
  query "$db" "SELECT DISTINCT item_code FROM bm_values WHERE round_id = $round AND value IS NOT NULL ORDER BY 1" >"$d/items"
  : >"$d/forms.paths"; : >"$d/forms.bodies"
  local n=0
  while read -r item; do
    while read -r sid; do
      n=$((n + 1))
      echo "/api/benchmark/rounds/$round/services/$sid/form" >>"$d/forms.paths"
      echo "{\"values\":{\"$item\":$((10 + n % 90))}}" >>"$d/forms.bodies"
    done <"$d/services"
  done <"$d/items"
  echo "$round" >"$d/round"
  # Transitions: the open actions of the copies, all first moved in progress; a third each for the mixed load,
  # the writes alone and the limit. Each action goes done, then back in progress, 160 actions apart.
  query "$db" "SELECT id FROM q_actions WHERE id >= 1000000 AND status IN ('open', 'in_progress') ORDER BY id" >"$d/actions"
  sed -n '1,160p' "$d/actions" >"$d/actions.trans"
  sed -n '161,320p' "$d/actions" >"$d/actions.trans2"
  sed -n '321,$p' "$d/actions" >"$d/actions.limit"
  local set
  for set in trans trans2; do
    : >"$d/$set.paths"; : >"$d/$set.bodies"
    for to in done in_progress; do
      while read -r a; do
        echo "/api/quality/actions/$a/transition" >>"$d/$set.paths"
        if [ "$to" = done ]; then echo '{"to":"done","note":"Splněno, zápis z porady přiložen."}'; else echo '{"to":"in_progress","note":"Doložit podepsaný záznam z porady."}'; fi >>"$d/$set.bodies"
      done <"$d/actions.$set"
    done
  done
}

# run_wrk NAME METHOD CONNECTIONS SECONDS USER PASSWORD: one route's wrk in the background.
run_wrk() {
  local name=$1 method=$2 conns=$3 secs=$4 session
  session=$(login "$5" "$6")
  local body=""
  [ -f "$OUT/routes/$name.bodies" ] && body=$OUT/routes/$name.bodies
  LOAD_PATHS=$OUT/routes/$name.paths LOAD_BODIES=$body LOAD_METHOD=$method LOAD_COOKIE=${session% *} \
    LOAD_ERRORS=$OUT/errors-$LABEL-$name.txt \
    LOAD_CSRF=${session#* } wrk -t1 -c"$conns" -d"${secs}s" --latency -s bench/load/route.lua "$URL" \
    >"$OUT/wrk-$LABEL-$name.txt" 2>&1 &
}

row() {
  local name=$1 label=$2 f=$OUT/wrk-$LABEL-$1.txt p99
  p99=$(wrk_ms "$f" 99%)
  printf '| %s | %s | %s | %s | %s ms | %s ms | %s | %s |\n' "$LABEL" "$label" "$3" "$(wrk_rps "$f")" \
    "$(wrk_ms "$f" 50%)" "$p99" "$(awk -v p="$p99" 'BEGIN { print (p <= 50) ? "met" : "**missed**" }')" \
    "$(wrk_errors "$f")"
}

run_one() {
  LABEL=$1
  local db=$2
  prepare_region "$db" "$NATIONAL_JSON"
  start_kvalis "$db" "$PORT" "$OUT/serve-$LABEL.log"
  local pid=$SERVER_PID
  route_files "$db"
  # The open actions of the copies in progress first (their first transition is then to done).
  local admin
  admin=$(login admin "$ADMIN_PASSWORD")
  while read -r a; do
    curl -s -o /dev/null -H "Cookie: kvalis_session=${admin% *}" -H "X-CSRF-Token: ${admin#* }" \
      -H 'Content-Type: application/json' -d '{"to":"in_progress"}' "$URL/api/quality/actions/$a/transition"
  done < <(query "$db" "SELECT id FROM q_actions WHERE id >= 1000000 AND status = 'open'")
  # The mixed load.
  run_wrk audit GET 12 "$DURATION" kraj.referent "$PASSWORD"
  run_wrk comparison GET 11 "$DURATION" kraj.referent "$PASSWORD"
  run_wrk form GET 11 "$DURATION" poskytovatel.manazer "$PASSWORD"
  run_wrk action GET 11 "$DURATION" kraj.referent "$PASSWORD"
  run_wrk assess PUT 7 "$DURATION" auditor "$PASSWORD"
  run_wrk forms PUT 6 "$DURATION" poskytovatel.pracovnik "$PASSWORD"
  run_wrk trans POST 6 "$DURATION" admin "$ADMIN_PASSWORD"
  wait $(jobs -p | grep -v "^$pid$")
  local rss_kb
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  row audit "an audit with its scores" read
  row comparison "a service's comparison" read
  row form "a benchmark form" read
  row action "a corrective action" read
  row assess "assessment save" write
  row forms "form values" write
  row trans "action transition" write
  local total writes
  # the seven routes of this mixed load only (the writes-alone files of an earlier run are in the same directory)
  total=$(for r in audit comparison form action assess forms trans; do cat "$OUT/wrk-$LABEL-$r.txt"; done |
    awk '/^Requests\/sec:/ { s += $2 } END { printf "%.0f", s }')
  writes=$(cat "$OUT/wrk-$LABEL-assess.txt" "$OUT/wrk-$LABEL-forms.txt" "$OUT/wrk-$LABEL-trans.txt" |
    awk '/^Requests\/sec:/ { s += $2 } END { printf "%.0f", s }')
  echo "| $LABEL | **all routes** | | $total | | | | RSS $(awk -v k="$rss_kb" 'BEGIN { printf "%.0f MB", k / 1024 }') |"
  MIXED_WRITES=$writes
  # The writes alone through the API, then the limit: the same use cases from threads, no HTTP.
  cp "$OUT/routes/assess.paths" "$OUT/routes/assess2.paths"; cp "$OUT/routes/assess.bodies" "$OUT/routes/assess2.bodies"
  cp "$OUT/routes/forms.paths" "$OUT/routes/forms2.paths"; cp "$OUT/routes/forms.bodies" "$OUT/routes/forms2.bodies"
  run_wrk assess2 PUT 7 "$WRITES_SECONDS" auditor "$PASSWORD"
  run_wrk forms2 PUT 6 "$WRITES_SECONDS" poskytovatel.pracovnik "$PASSWORD"
  run_wrk trans2 POST 6 "$WRITES_SECONDS" admin "$ADMIN_PASSWORD"
  wait $(jobs -p | grep -v "^$pid$")
  local f2=("$OUT/wrk-$LABEL-assess2.txt" "$OUT/wrk-$LABEL-forms2.txt" "$OUT/wrk-$LABEL-trans2.txt")
  API_WRITES=$(cat "${f2[@]}" | awk '/^Requests\/sec:/ { s += $2 } END { printf "%.0f", s }')
  API_WRITE_ERRORS=$(for f in "${f2[@]}"; do wrk_errors "$f"; done | grep -v '^none$' | tr '\n' ' ')
  API_WRITE_ERRORS=${API_WRITE_ERRORS:-no errors}
  kill -TERM $pid; wait $pid || true
  "$LIMIT" --db "$db" --seconds "$WRITES_SECONDS" \
    --assessments 7 --audit "$(cat "$OUT/routes/audit")" --criteria "$(paste -sd, "$OUT/routes/criteria")" --levels 2,3 \
    --forms 6 --round "$(cat "$OUT/routes/round")" --services "$(paste -sd, "$OUT/routes/services")" \
    --items "$(paste -sd, "$OUT/routes/items")" \
    --transitions 6 --actions "$(paste -sd, "$OUT/routes/actions.limit")" >"$OUT/limit-$LABEL.txt"
  LIMIT_WRITES=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^per_s=/) { sub(/per_s=/, "", $i); s += $i } } END { printf "%.0f", s }' "$OUT/limit-$LABEL.txt")
  LIMIT_FAILED=$(awk '{ for (i = 1; i <= NF; i++) if ($i ~ /^failed=/) { sub(/failed=/, "", $i); s += $i } } END { print s + 0 }' "$OUT/limit-$LABEL.txt")
  WRITE_ROWS+="| $LABEL | $MIXED_WRITES | $API_WRITES ($API_WRITE_ERRORS) | $LIMIT_WRITES ($LIMIT_FAILED failed) | $(awk -v a="$API_WRITES" -v l="$LIMIT_WRITES" 'BEGIN { if (l > 0) printf "%.0f %%", 100 * a / l; else print "–" }') | $(awk -v a="$API_WRITES" -v l="$LIMIT_WRITES" 'BEGIN { print (l > 0 && a >= l / 2) ? "met" : "**missed**" }') |"$'\n'
}

echo "Measured $(date -u +%Y-%m-%d) on $(nproc) cores; $DURATION s of mixed load, ${WRITES_SECONDS} s of writes alone and of the limit; load average $(cut -d' ' -f1-3 /proc/loadavg) at the start."
echo
echo "| database | route | kind | req/s | p50 | p99 | target p99 ≤ 50 ms | errors |"
echo "|---|---|---|---|---|---|---|---|"
WRITE_ROWS=""
rm -f "$OUT/load.db"*
run_one sqlite "$OUT/load.db"
if [ -n "${BENCH_PG_URI:-}" ]; then
  run_one postgresql "$BENCH_PG_URI"
fi
echo
echo "Writes (assessment saves + form values + action transitions, 19 connections or threads), per second:"
echo
echo "| database | API, in the mixed load | API, writes alone (errors) | limit: same use cases, no HTTP | API / limit | target ≥ 50 % |"
echo "|---|---|---|---|---|---|"
printf '%s' "$WRITE_ROWS"
