#!/usr/bin/env bash
# Makes sure a PostgreSQL is reachable and prints its connection string on the last line.
# `scripts/postgres.sh restart` restarts the private cluster the hard way (as after a crash), for fault tests.
# Each process keeps up to two pools of 64 connections (Npgsql's and Orleans' ADO.NET providers'), so a local cluster
# of several silos and web nodes stays well under max_connections.
# With ConnectionStrings__Competitions set, that database is used as it is. Otherwise a private cluster is created
# once under .pgdata/ (git-ignored) on a free loopback port with a generated password, and started if it is down.
# COMPETITIONS_PGDATA=.pgdata-NAME names another private cluster beside it: the fault test that crashes its database
# uses one of its own, so that ./run.sh, the benchmarks and the other tests on .pgdata/ never go down with it.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [[ -n "${ConnectionStrings__Competitions:-}" && "${1:-}" != "restart" ]]; then
  echo "$ConnectionStrings__Competitions"
  exit 0
fi

PGBIN=$(dirname "$(command -v initdb 2>/dev/null || ls /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1)")
if [[ ! -x "$PGBIN/initdb" ]]; then
  echo "PostgreSQL server binaries not found: run  sudo scripts/install-prerequisites.sh" >&2
  exit 1
fi

NAME=${COMPETITIONS_PGDATA:-.pgdata}
if [[ ! "$NAME" =~ ^\.pgdata(-[a-z0-9]+)?$ ]]; then
  echo "COMPETITIONS_PGDATA must be .pgdata or .pgdata-NAME (lower-case letters and digits), not '$NAME'." >&2
  exit 1
fi
DATA="$ROOT/$NAME"
# PostgreSQL refuses to run as root: as root the cluster belongs to the 'postgres' user, and lives in /var/tmp when
# that user cannot reach the repository.
as_owner() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
if [[ $(id -u) -eq 0 ]] && ! runuser -u postgres -- test -x "$ROOT"; then
  DATA="/var/tmp/competitions-pg-$(echo -n "$ROOT" | md5sum | cut -c1-12)$NAME"
fi

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  rm -rf "$DATA" && mkdir -p "$DATA" && chmod 700 "$DATA"
  [[ $(id -u) -eq 0 ]] && chown postgres "$DATA"
  port=54329
  while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
  password=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
  pwfile=$(mktemp) && echo "$password" >"$pwfile" && chmod 644 "$pwfile"
  as_owner "$PGBIN/initdb" -D "$DATA" -U competitions --pwfile="$pwfile" --auth-host=scram-sha-256 --auth-local=scram-sha-256 \
    -E UTF8 --locale=C.UTF-8 >"$ROOT/$NAME.init.log" 2>&1 || { cat "$ROOT/$NAME.init.log" >&2; exit 1; }
  rm -f "$pwfile"
  as_owner tee -a "$DATA/postgresql.auto.conf" >/dev/null <<CONF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = ''
max_connections = 800
shared_buffers = 256MB
fsync = on
synchronous_commit = on
track_io_timing = on
shared_preload_libraries = 'pg_stat_statements'
CONF
  echo "Host=127.0.0.1;Port=$port;Username=competitions;Password=$password;Database=competitions;Maximum Pool Size=64" \
    | as_owner tee "$DATA/connection-string" >/dev/null
fi

if [[ "${1:-}" == "restart" ]]; then
  as_owner "$PGBIN/pg_ctl" -D "$DATA" -m immediate -w stop >/dev/null
fi

if ! as_owner "$PGBIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  # The port was free when the cluster was made; another checkout's PostgreSQL may have taken it since.
  port=$(sed -E 's/.*Port=([0-9]+).*/\1/' "$DATA/connection-string")
  if (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    while (echo >"/dev/tcp/127.0.0.1/$port") 2>/dev/null; do port=$((port + 1)); done
    as_owner sed -i -E "s/^port = [0-9]+/port = $port/" "$DATA/postgresql.auto.conf"
    as_owner sed -i -E "s/Port=[0-9]+/Port=$port/" "$DATA/connection-string"
  fi
  as_owner "$PGBIN/pg_ctl" -D "$DATA" -l "$DATA/server.log" -w -t 60 start >/dev/null || { tail -20 "$DATA/server.log" >&2; exit 1; }
fi

connection=$(cat "$DATA/connection-string")
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$connection")
password=$(sed -E 's/.*Password=([^;]+).*/\1/' <<<"$connection")
if ! PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U competitions -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = 'competitions'" | grep -q 1; then
  PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U competitions -d postgres -qc "CREATE DATABASE competitions" >/dev/null
fi
echo "$connection"
