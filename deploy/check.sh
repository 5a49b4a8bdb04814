#!/usr/bin/env bash
# Checks the deployment files of deploy/ on this machine (docs/DEPLOY.md): the systemd units with
# `systemd-analyze verify` and the nginx configuration with `nginx -t`, both on copies whose paths point at
# this checkout (the built build/kvalis) and at a throwaway self-signed certificate. Installs nothing.
#
#   bash deploy/check.sh [path/to/kvalis]
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=$(realpath "${1:-build/kvalis}")
[[ -x $BIN ]] || { echo "check: no kvalis binary at $BIN" >&2; exit 2; }
TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
status=0

if command -v systemd-analyze >/dev/null; then
  mkdir -p "$TMP/units"
  cp deploy/kvalis-backup.sh "$TMP/kvalis-backup.sh"
  for unit in kvalis.service kvalis-backup.service kvalis-backup.timer; do
    sed -e "s|/opt/kvalis/bin/kvalis-backup.sh|$TMP/kvalis-backup.sh|g" -e "s|/opt/kvalis/bin/kvalis|$BIN|g" \
      "deploy/$unit" >"$TMP/units/$unit"
  done
  # The template unit of several processes (docs/DEPLOY.md, section 10), as its instance on port 8081.
  sed -e "s|/opt/kvalis/bin/kvalis|$BIN|g" "deploy/kvalis@.service" >"$TMP/units/kvalis@8081.service"
  if out=$(cd "$TMP/units" && systemd-analyze verify --man=no ./kvalis.service ./kvalis@8081.service ./kvalis-backup.service ./kvalis-backup.timer 2>&1); then
    echo "systemd-analyze verify: ok"
  else
    # Without a running systemd (a container) verify cannot load units; say so rather than fail.
    if grep -q "System has not been booted with systemd\|Failed to connect to bus\|Failed to initialize manager" <<<"$out"; then
      echo "systemd-analyze verify: not possible here (no systemd manager): $out" | head -3
    else
      echo "$out"
      status=1
    fi
  fi
  [[ -n ${out:-} ]] && echo "$out" | sed 's/^/  /' | head -20
else
  echo "systemd-analyze: not installed, skipped"
fi

if command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]]; then
  NGINX=$(command -v nginx || echo /usr/sbin/nginx)
  mkdir -p "$TMP/nginx/logs" "$TMP/ssl"
  openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=kvalis.example.cz \
    -keyout "$TMP/ssl/privkey.pem" -out "$TMP/ssl/fullchain.pem" 2>/dev/null
  sed -e "s|/etc/ssl/kvalis|$TMP/ssl|g" -e "s|/var/log/nginx|$TMP/nginx/logs|g" deploy/nginx-kvalis.conf >"$TMP/nginx/kvalis.conf"
  cat >"$TMP/nginx/nginx.conf" <<CONF
pid $TMP/nginx/nginx.pid;
error_log $TMP/nginx/logs/error.log;
events {}
http {
  access_log $TMP/nginx/logs/access.log;
  include $TMP/nginx/kvalis.conf;
}
CONF
  if "$NGINX" -t -q -p "$TMP/nginx" -c "$TMP/nginx/nginx.conf" -e "$TMP/nginx/logs/error.log"; then
    echo "nginx -t: ok"
  else
    status=1
  fi
else
  echo "nginx: not installed, skipped"
fi
bash -n deploy/kvalis-backup.sh && echo "kvalis-backup.sh: syntax ok"
exit $status
