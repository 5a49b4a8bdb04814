#!/usr/bin/env bash
# Speed of the public portal's pages (issue 12 "Speed") against nginx serving the very same bytes, in the same
# run, with wrk (64 connections, 10 s each) on the demo region: the start page, the services catalogue (the
# largest page) and the coverage map. Also the first page's size on the wire (no compression: what is sent).
# Prints a Markdown table; called by bench/run.sh. Target: kvalis ≥ 50 % of nginx's rate; first page < 100 KB.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${KVALIS_BIN:-$ROOT/build/kvalis}
OUT=${BENCH_OUT:-$ROOT/bench/out}/portal
DURATION=${BENCH_DURATION:-10s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
PORT_K=${BENCH_PORTAL_PORT:-18511}
PORT_N=${BENCH_PORTAL_NGINX_PORT:-18512}
PAGES=(/portal/ /portal/86/sluzby /portal/86/pokryti /portal/en/86/)
mkdir -p "$OUT"

. bench/serve_lib.sh

start_nginx() {
  local dir=$OUT/nginx
  rm -rf "$dir" && mkdir -p "$dir/tmp"
  cp -r "$OUT/html" "$dir/html"
  cat >"$dir/nginx.conf" <<NGINX
worker_processes auto;
pid $dir/nginx.pid;
error_log $dir/error.log warn;
events { worker_connections 4096; multi_accept on; }
http {
  access_log off;
  client_body_temp_path $dir/tmp; proxy_temp_path $dir/tmp; fastcgi_temp_path $dir/tmp;
  uwsgi_temp_path $dir/tmp; scgi_temp_path $dir/tmp;
  keepalive_requests 1000000;
  # As nginx's own tuning guides serve static files: sendfile, descriptors of open files kept, one packet per
  # response header where possible.
  sendfile on;
  tcp_nopush on;
  tcp_nodelay on;
  open_file_cache max=1000 inactive=60s;
  open_file_cache_valid 60s;
  open_file_cache_errors on;
  server {
    listen 127.0.0.1:$PORT_N;
    location / { root $dir/html; default_type "text/html; charset=utf-8"; }
  }
}
NGINX
  nginx -c "$dir/nginx.conf"
}
stop_nginx() { [ -f "$OUT/nginx/nginx.pid" ] && kill "$(cat "$OUT/nginx/nginx.pid")" 2>/dev/null || true; sleep 0.3; }

# The demo region with its published portal (the network demo stages write the cards, the locked coverage round
# and the portal), served by kvalis.
rm -f "$OUT/portal.db"*
"$BIN" demo --db "$OUT/portal.db" >/dev/null
start_kvalis "$OUT/portal.db" "$PORT_K" "$OUT/serve.log"
PID=$SERVER_PID
trap 'kill $PID 2>/dev/null || true; stop_nginx' EXIT

# The same bytes for nginx: each page as kvalis answers it, stored as a file of the same path.
rm -rf "$OUT/html"
for page in "${PAGES[@]}"; do
  file="$OUT/html${page}"
  [[ $page == */ ]] && file="${file}index.html"
  mkdir -p "$(dirname "$file")"
  curl -sf "http://127.0.0.1:$PORT_K$page" >"$file"
done
FIRST=$(curl -s -o /dev/null -w '%{size_download}' -H 'Accept-Encoding: gzip, br' "http://127.0.0.1:$PORT_K/portal/")
HEADERS=$(curl -s -D - -o /dev/null "http://127.0.0.1:$PORT_K/portal/" | wc -c)

echo "First page /portal/: $FIRST B body + $HEADERS B headers on the wire (target < 100 KB); no other request (one inline stylesheet, no script, no image)."
echo
echo "| page | body | nginx req/s | kvalis req/s | kvalis/nginx | nginx p99 | kvalis p99 | errors |"
echo "|---|---|---|---|---|---|---|---|"
# Both servers run side by side; each page is measured on nginx and right after on kvalis, so both see the
# same load of the (shared) machine.
start_nginx
for page in "${PAGES[@]}"; do
  name=$(echo "$page" | tr '/' '_')
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT_N$page" >"$OUT/wrk-nginx$name.txt"
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "http://127.0.0.1:$PORT_K$page" >"$OUT/wrk-kvalis$name.txt"
  file="$OUT/html${page}"
  [[ $page == */ ]] && file="${file}index.html"
  cmp -s "$file" "$OUT/nginx/html${file#"$OUT/html"}" || echo "nginx serves other bytes for $page" >&2
  rn=$(wrk_rps "$OUT/wrk-nginx$name.txt"); rk=$(wrk_rps "$OUT/wrk-kvalis$name.txt")
  printf '| %s | %s B | %s | %s | %s %% | %s ms | %s ms | %s |\n' "$page" "$(stat -c %s "$file")" "$rn" "$rk" \
    "$(awk -v a="$rk" -v b="$rn" 'BEGIN { printf "%.1f", 100*a/b }')" "$(wrk_ms "$OUT/wrk-nginx$name.txt" 99%)" \
    "$(wrk_ms "$OUT/wrk-kvalis$name.txt" 99%)" "kvalis: $(wrk_errors "$OUT/wrk-kvalis$name.txt"); nginx: $(wrk_errors "$OUT/wrk-nginx$name.txt")"
done
stop_nginx
echo
echo "kvalis answers the pages from its in-memory cache on the network thread (one page per path and data version of"
echo "\"network\" × \"registry\"; the versions re-read at most every 250 ms on the database pool); nginx serves the files."
echo "Server RSS after the run: $(awk '/VmRSS/ {printf "%.1f MB", $2/1024}' /proc/$PID/status)."
