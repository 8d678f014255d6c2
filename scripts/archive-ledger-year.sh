#!/usr/bin/env bash
# Archives one year of the ledger and detaches it from the live database (005_ledger_partitions.sql keeps each
# contest's rows in the partition of the year it started, so every hash chain lies whole inside one year).
#   scripts/archive-ledger-year.sh YEAR [directory] [--drop]
# Writes <directory>/ledger-YEAR.csv (the export format the offline verifier reads: tools/LedgerVerifier) and
# <directory>/ledger-YEAR.dump (pg_dump of the partition, restorable and attachable again), verifies every chain in
# the CSV, and only then detaches the partition; --drop also drops the detached table. After that the year's contests
# are read from the archive: the live cluster refuses new rows for them (no partition takes them).
# The database is ConnectionStrings__Competitions when set, else the private cluster of scripts/postgres.sh.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
source "$ROOT/scripts/pg-connection.sh"

year=${1:?usage: archive-ledger-year.sh YEAR [directory] [--drop]}
[[ $year =~ ^[0-9]{4}$ ]] || { echo "YEAR is four digits, e.g. 2025." >&2; exit 2; }
directory=$(realpath -m -- "${2:-.}")
drop=${3:-}
table="ledger_entries_y$year"

connection=${ConnectionStrings__Competitions:-$("$ROOT/scripts/postgres.sh" | tail -1)}
pg_export_connection "$connection"
trap pg_cleanup_passfile EXIT

attached=$(psql --no-password -tAc "SELECT count(*) FROM pg_inherits WHERE inhrelid = to_regclass('$table')")
[[ $attached == 1 ]] || { echo "$table is not a partition of ledger_entries (never created, or already detached)." >&2; exit 1; }
mkdir -p "$directory"
csv="$directory/ledger-$year.csv"
dump="$directory/ledger-$year.dump"
[[ -e $csv || -e $dump ]] && { echo "$csv or $dump already exists." >&2; exit 1; }

# Columns, names and formats as LedgerCsv writes them, so the verifier recomputes every hash from the file alone.
psql --no-password -v ON_ERROR_STOP=1 -qc "\\copy (SELECT stream, sequence, entry_id, kind, event_key, competitor_id, aspect_id,
  judge_id, actor_id, device_id, value, previous_value, reason,
  to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') AS recorded_at,
  encode(previous_hash, 'hex') AS previous_hash, encode(hash, 'hex') AS hash, hash_version
  FROM $table ORDER BY stream, sequence) TO '$csv' WITH (FORMAT csv, HEADER)"
dotnet run --project "$ROOT/tools/LedgerVerifier" -- "$csv"
pg_dump --no-password --format=custom --table="$table" --file="$dump"
psql --no-password -v ON_ERROR_STOP=1 -qc "ALTER TABLE ledger_entries DETACH PARTITION $table"
[[ $drop == --drop ]] && psql --no-password -v ON_ERROR_STOP=1 -qc "DROP TABLE $table"
echo "$csv"
