# Shared by the benchmarks that measure kvalis through HTTP (sourced): starting the server, logging in, and
# reading wrk's report. Needs BIN (the kvalis program) and ROOT (the repository).

# start_kvalis DB PORT LOG [WEB]: `kvalis serve` in the background (its pid in SERVER_PID), back once
# /api/health answers. WEB: the built front end (default web/dist; "-" for none).
start_kvalis() {
  local db=$1 port=$2 log=$3 web=${4:-$ROOT/web/dist}
  local -a args=(serve --db "$db" --listen "127.0.0.1:$port")
  [ "$web" = - ] || args+=(--web "$web")
  "$BIN" "${args[@]}" >"$log" 2>&1 &
  SERVER_PID=$!
  local _
  for _ in $(seq 1 200); do curl -sf "http://127.0.0.1:$port/api/health" >/dev/null && return 0; sleep 0.05; done
  echo "kvalis serve did not start on port $port (see $log)" >&2
  return 1
}

# session_of URL USER PASSWORD: "cookie csrf" of a new session.
session_of() {
  local answer headers cookie
  headers=$(mktemp)
  answer=$(curl -sf -D "$headers" -H 'Content-Type: application/json' \
    -d "{\"login\":\"$2\",\"password\":\"$3\"}" "$1/api/session")
  cookie=$(sed -n 's/^[Ss]et-[Cc]ookie: kvalis_session=\([^;]*\).*/\1/p' "$headers" | head -1)
  rm -f "$headers"
  echo "$cookie $(sed -n 's/.*"csrf_token":"\([^"]*\)".*/\1/p' <<<"$answer")"
}

# session_cookie URL USER PASSWORD: the session cookie alone (for reads).
session_cookie() {
  local s
  s=$(session_of "$@")
  echo "${s% *}"
}

# wrk's latency percentile (50%, 99%) in milliseconds, requests per second, errors.
wrk_ms() { awk -v q="$2" '$1 == q { v=$2; if (v ~ /us$/) { sub(/us/,"",v); v=v/1000 } else if (v ~ /ms$/) { sub(/ms/,"",v) } else if (v ~ /s$/) { sub(/s/,"",v); v=v*1000 } printf "%.1f", v }' "$1"; }
wrk_rps() { awk '/^Requests\/sec:/ { printf "%.0f", $2 }' "$1"; }
wrk_errors() { local e; e=$(awk '/Non-2xx|Socket errors/ { print }' "$1" | sed 's/^ *//' | tr '\n' ' '); echo "${e:-none}"; }
