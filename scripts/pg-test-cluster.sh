#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for tests: its own data directory in /tmp, its own port, listening on
# 127.0.0.1 only, fast and unsafe settings (fsync off). Never touches the packaged default cluster.
#
#   scripts/pg-test-cluster.sh start          start (or find running) and print the URI of kvalis_test
#   scripts/pg-test-cluster.sh url            print the URI when running (exit 1 when not)
#   scripts/pg-test-cluster.sh createdb NAME  (re)create database NAME owned by kvalis, print its URI
#   scripts/pg-test-cluster.sh dropdb NAME    drop database NAME
#   scripts/pg-test-cluster.sh status         exit 0 when running
#   scripts/pg-test-cluster.sh stop           stop the cluster and remove its directory
#
# Environment: KVALIS_PG_PORT (default 55432), KVALIS_PG_DIR (default /tmp/kvalis-pg-<port>),
# KVALIS_PG_BIN (default: the newest /usr/lib/postgresql/*/bin, preferring 15).
# Run as root (the server then runs as the `postgres` system user) or as any other user (it runs as
# that user).
set -euo pipefail

PORT="${KVALIS_PG_PORT:-55432}"
DIR="${KVALIS_PG_DIR:-/tmp/kvalis-pg-${PORT}}"
DATA="$DIR/data"
LOG="$DIR/server.log"
ROLE=kvalis
DB=kvalis_test

die() { echo "pg-test-cluster: $*" >&2; exit 1; }

find_bin() {
  if [[ -n "${KVALIS_PG_BIN:-}" ]]; then echo "$KVALIS_PG_BIN"; return; fi
  if [[ -x /usr/lib/postgresql/15/bin/pg_ctl ]]; then echo /usr/lib/postgresql/15/bin; return; fi
  local newest
  newest=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  [[ -n "$newest" && -x "$newest/pg_ctl" ]] || die "no PostgreSQL server binaries found (apt-get install postgresql-15)"
  echo "$newest"
}
BIN="$(find_bin)"

# PostgreSQL refuses to run as root: as root everything runs as the postgres system user.
if [[ "$(id -u)" == 0 ]]; then
  RUN_USER=postgres
  getent passwd "$RUN_USER" >/dev/null || die "system user postgres does not exist"
  as_pg() { runuser -u "$RUN_USER" -- "$@"; }
else
  RUN_USER="$(id -un)"
  as_pg() { "$@"; }
fi

# Superuser commands over the unix socket in $DIR (trust for local connections only).
psql_admin() { as_pg env PGOPTIONS='-c client_min_messages=warning' "$BIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$DIR" -p "$PORT" -U postgres -d postgres "$@"; }

password() { cat "$DIR/password"; }
uri_of() { echo "postgresql://$ROLE:$(password)@127.0.0.1:$PORT/$1"; }

running() {
  [[ -f "$DATA/PG_VERSION" ]] || return 1
  as_pg "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1
}

valid_name() { [[ "$1" =~ ^[a-z_][a-z0-9_]{0,62}$ ]] || die "invalid database name '$1' (use [a-z0-9_])"; }

port_busy() {
  (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null
}

do_start() {
  local fresh=0
  if running; then uri_of "$DB"; return; fi
  if [[ ! -f "$DATA/PG_VERSION" ]]; then
    port_busy && die "port $PORT is already in use by another program (set KVALIS_PG_PORT)"
    rm -rf "$DIR"
    mkdir -p "$DIR"
    chmod 700 "$DIR"
    head -c 18 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' >"$DIR/password"
    [[ "$RUN_USER" == "$(id -un)" ]] || chown -R "$RUN_USER:" "$DIR"
    as_pg "$BIN/initdb" -D "$DATA" -U postgres -E UTF8 --locale=C.UTF-8 --no-sync \
      --auth-local=trust --auth-host=scram-sha-256 >"$DIR/initdb.log" 2>&1 ||
      { cat "$DIR/initdb.log" >&2; die "initdb failed"; }
    cat >>"$DATA/postgresql.conf" <<EOF

# kvalis test cluster
listen_addresses = '127.0.0.1'
port = $PORT
unix_socket_directories = '$DIR'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
shared_buffers = 64MB
log_min_messages = warning
log_min_error_statement = panic
EOF
    fresh=1
  fi
  port_busy && die "port $PORT is already in use by another program (set KVALIS_PG_PORT)"
  as_pg "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 -o "-p $PORT" start >/dev/null 9>&- ||
    { tail -n 30 "$LOG" >&2 || true; die "the server did not start"; }
  for _ in $(seq 1 100); do
    as_pg "$BIN/pg_isready" -q -h "$DIR" -p "$PORT" && break
    sleep 0.1
  done
  if [[ "${fresh:-0}" == 1 ]]; then
    psql_admin -c "CREATE ROLE $ROLE LOGIN CREATEDB PASSWORD '$(password)'" \
      -c "CREATE DATABASE $DB OWNER $ROLE"
  fi
  uri_of "$DB"
}

do_stop() {
  if running; then as_pg "$BIN/pg_ctl" -D "$DATA" -m fast -w -t 60 stop >/dev/null; fi
  rm -rf "$DIR"
}

do_createdb() {
  valid_name "$1"
  running || die "the test cluster is not running (scripts/pg-test-cluster.sh start)"
  psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 OWNER $ROLE"
  uri_of "$1"
}

do_dropdb() {
  valid_name "$1"
  running || die "the test cluster is not running"
  psql_admin -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
}

# One invocation at a time per cluster (concurrent test runs may all call start).
exec 9>"/tmp/kvalis-pg-${PORT}.lock"
flock -w 120 9 || die "timed out waiting for another pg-test-cluster.sh"

case "${1:-}" in
  start) do_start ;;
  stop) do_stop ;;
  url) running || die "not running"; uri_of "$DB" ;;
  status) running ;;
  createdb) [[ $# == 2 ]] || die "usage: $0 createdb NAME"; do_createdb "$2" ;;
  dropdb) [[ $# == 2 ]] || die "usage: $0 dropdb NAME"; do_dropdb "$2" ;;
  *) echo "usage: $0 start|stop|url|status|createdb NAME|dropdb NAME" >&2; exit 2 ;;
esac
