#!/usr/bin/env bash
# Speed of the services API against nginx serving the very same bytes, in the same run, with wrk
# (64 connections, 10 s), on SQLite and PostgreSQL, with the national-size registry loaded beside the
# demo region. Prints a Markdown table; called by bench/run.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${KVALIS_BIN:-$ROOT/build/kvalis}
OUT=${BENCH_OUT:-$ROOT/bench/out}
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
NATIONAL_JSON=${NATIONAL_JSON:-$OUT/rpss-national.json}
mkdir -p "$OUT"
PORT_K=18501
PORT_N=18502
QUERY="/api/services?region=86&form=pob&sort=name&page=1&page_size=50"
QUERY_ALL="/api/services?sort=name&page=1&page_size=50"

. bench/serve_lib.sh

start_nginx() {
  local body=$1 dir=$OUT/nginx
  rm -rf "$dir" && mkdir -p "$dir/html" "$dir/tmp"
  cp "$body" "$dir/html/services.json"
  cat >"$dir/nginx.conf" <<NGINX
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; }
http {
  access_log off;
  client_body_temp_path $dir/tmp; proxy_temp_path $dir/tmp; fastcgi_temp_path $dir/tmp;
  uwsgi_temp_path $dir/tmp; scgi_temp_path $dir/tmp;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$PORT_N;
    location / { root $dir/html; default_type application/json; try_files /services.json =404; }
  }
}
NGINX
  nginx -c "$dir/nginx.conf"
}
stop_nginx() { [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true; sleep 0.3; }

run_one() {
  local label=$1 db=$2
  start_kvalis "$db" "$PORT_K" "$OUT/serve-$label.log"
  local pid=$SERVER_PID cookie
  # A regional officer of the demo region: the list goes through the tenant filter.
  cookie=$(session_cookie "http://127.0.0.1:$PORT_K" "${BENCH_LOGIN:-kraj.referent}" "${BENCH_PASSWORD:-kvalis-demo-2026}")
  curl -sf -H "Cookie: kvalis_session=$cookie" "http://127.0.0.1:$PORT_K$QUERY" >"$OUT/body-$label.json"
  local bytes
  bytes=$(stat -c %s "$OUT/body-$label.json")
  start_nginx "$OUT/body-$label.json"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT_N/services.json" >"$OUT/wrk-nginx-$label.txt"
  stop_nginx
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: kvalis_session=$cookie" \
    "http://127.0.0.1:$PORT_K$QUERY" >"$OUT/wrk-kvalis-$label.txt"
  local rss_kb
  rss_kb=$(awk '/VmRSS/ {print $2}' /proc/$pid/status)
  kill -TERM $pid; wait $pid || true
  local rn rk pn pk
  rn=$(wrk_rps "$OUT/wrk-nginx-$label.txt"); rk=$(wrk_rps "$OUT/wrk-kvalis-$label.txt")
  pn=$(wrk_ms "$OUT/wrk-nginx-$label.txt" 99%); pk=$(wrk_ms "$OUT/wrk-kvalis-$label.txt" 99%)
  printf '| %s | %s B | %s | %s | %s %% | %s ms | %s ms | %.1f MB | %s |\n' "$label" "$bytes" "$rn" "$rk" \
    "$(awk -v a="$rk" -v b="$rn" 'BEGIN { printf "%.1f", 100*a/b }')" "$pn" "$pk" "$(awk -v k="$rss_kb" 'BEGIN{print k/1024}')" \
    "$(wrk_errors "$OUT/wrk-kvalis-$label.txt")"
}

prepare_db() {
  local db=$1
  "$BIN" demo --db "$db" >/dev/null
  if [ -f "$NATIONAL_JSON" ]; then
    "$BIN" import registry "$NATIONAL_JSON" --db "$db" >/dev/null 2>&1 || echo "national import into $db failed" >&2
  fi
}

echo "| database | body | nginx req/s | kvalis req/s | kvalis/nginx | nginx p99 | kvalis p99 | kvalis RSS after run | errors |"
echo "|---|---|---|---|---|---|---|---|---|"
rm -f "$OUT/bench.db"*
prepare_db "$OUT/bench.db"
run_one sqlite "$OUT/bench.db"
if [ -n "${BENCH_PG_URI:-}" ]; then
  prepare_db "$BENCH_PG_URI"
  run_one postgresql "$BENCH_PG_URI"
fi
