#!/usr/bin/env bash
# Restores a dump of scripts/backup.sh into a FRESH database with PostgreSQL's own pg_restore, all or nothing
# (--single-transaction --exit-on-error): a restore that fails leaves the target as empty as it found it.
#   scripts/restore.sh <file> [connection-string]
# The target is the connection string given (`-` reads it from standard input, so its password is not on the
# command line), else ConnectionStrings__Competitions, else the private cluster of scripts/postgres.sh. A target
# database that does not exist is created (the user needs CREATEDB); one that holds any table is refused: a restore
# never merges into, or overwrites, a live database. Owners are not restored (--no-owner): the connecting user owns
# everything, as when the silo creates the schema.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/pg-connection.sh"

file=${1:?usage: scripts/restore.sh <file> [connection-string]}
[[ -r $file ]] || { echo "Cannot read $file." >&2; exit 1; }
connection=${2:-${ConnectionStrings__Competitions:-}}
if [[ $connection == "-" ]]; then
  IFS= read -r connection
elif [[ -z $connection ]]; then
  connection=$("$ROOT/scripts/postgres.sh" | tail -1)
fi
pg_export_connection "$connection"
trap pg_cleanup_passfile EXIT
database=${PGDATABASE:?The connection string names no Database.}

# pg_restore checks the file before anything is created.
pg_restore --list "$file" >/dev/null

# A database that does not answer yet is created through the maintenance database "postgres".
if ! psql --no-password -XtAq -c 'SELECT 1' >/dev/null 2>&1; then
  PGDATABASE=postgres psql --no-password -Xq -v ON_ERROR_STOP=1 -v name="$database" <<'SQL'
CREATE DATABASE :"name";
SQL
fi

tables=$(psql --no-password -XtAq <<'SQL'
SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S', 'f')
  AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg\_toast%';
SQL
)
if [[ $tables != 0 ]]; then
  echo "Database $database on $PGHOST is not empty ($tables tables, views or sequences); restore into a new database." >&2
  exit 1
fi

pg_restore --no-password --exit-on-error --no-owner --single-transaction --dbname="$database" "$file"
echo "Restored $file into database $database on $PGHOST:$PGPORT."
