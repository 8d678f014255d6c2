#!/usr/bin/env bash
# Backs up the competitions database with PostgreSQL's own pg_dump (custom format: compressed, restored with
# pg_restore, table by table). The database is ConnectionStrings__Competitions when it is set, else the private
# cluster of scripts/postgres.sh. Prints the file it wrote on the last line.
#   scripts/backup.sh [file]       default file: ./competitions-<database>-<UTC time>.dump
# Silos may keep running: pg_dump reads everything in one snapshot (one REPEATABLE READ transaction), so the ledger,
# the grain state and the schema in the file are of one moment. Cluster membership rows are left out: they describe
# the silos running now, and a cluster started on a restore must not wait for those silos to be voted dead.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/pg-connection.sh"

connection=${ConnectionStrings__Competitions:-$("$ROOT/scripts/postgres.sh" | tail -1)}
pg_export_connection "$connection"
trap 'pg_cleanup_passfile; rm -f "${partial:-}"' EXIT

file=${1:-"competitions-${PGDATABASE:-$PGUSER}-$(date -u +%Y%m%dT%H%M%SZ).dump"}
file=$(realpath -m -- "$file")
[[ -e $file ]] && { echo "$file already exists; choose another file." >&2; exit 1; }
mkdir -p "$(dirname "$file")"
# Written beside the target and renamed when complete, so a failed dump never leaves a file that looks like a backup.
partial=$(mktemp "$file.partial.XXXXXX")
chmod 600 "$partial"
pg_dump --no-password --format=custom --file="$partial" \
  --exclude-table-data=orleans_membership --exclude-table-data=orleans_membership_version
mv "$partial" "$file"
partial=""
echo "$file"
