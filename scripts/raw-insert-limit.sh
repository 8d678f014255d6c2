#!/usr/bin/env bash
# The ceiling for durable marks/s on this machine: pgbench single-row INSERTs into a table shaped like
# ledger_entries (same columns, keys and indexes, synchronous commit), 10 s each at 1, 8 and 32 clients.
set -euo pipefail
cd "$(dirname "$0")/.."
admin=$(scripts/postgres.sh | tail -1)
password=$(sed -E 's/.*Password=([^;]+).*/\1/' <<<"$admin")
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$admin")
db="rawinsert_$(date +%s)"
export PGPASSWORD=$password
psql -h 127.0.0.1 -p "$port" -U competitions -d competitions -qc "CREATE DATABASE $db"
trap 'psql -h 127.0.0.1 -p "$port" -U competitions -d competitions -qc "DROP DATABASE IF EXISTS $db WITH (FORCE)"' EXIT
psql -h 127.0.0.1 -p "$port" -U competitions -d "$db" -q <<'SQL'
CREATE TABLE ledger_entries (
    stream text NOT NULL, sequence integer NOT NULL, entry_id uuid NOT NULL, kind text NOT NULL, event_key text NOT NULL,
    competitor_id text, aspect_id text, judge_id text, actor_id text NOT NULL, device_id text, value numeric(12,4),
    previous_value numeric(12,4), reason text, recorded_at timestamptz NOT NULL, previous_hash bytea NOT NULL, hash bytea NOT NULL,
    PRIMARY KEY (stream, sequence), CONSTRAINT ledger_entries_entry_id UNIQUE (entry_id));
CREATE INDEX ledger_entries_event ON ledger_entries (event_key, stream, sequence);
SQL
script=$(mktemp)
cat >"$script" <<'SQL'
\set n random(1, 2000000000)
INSERT INTO ledger_entries VALUES ('sheet:demo-2026/E001/C' || :client_id, :n, gen_random_uuid(), 'mark-entered', 'demo-2026/E001',
  'C0001', 'A1', 'J0001', 'J0001', 'tablet-0001', 2.5, 2, NULL, now(), sha256(:n::text::bytea), sha256((:n + 1)::text::bytea))
ON CONFLICT DO NOTHING;
SQL
echo "| clients | inserts/s |"
echo "|---|---|"
for clients in 1 8 32; do
  tps=$(pgbench -h 127.0.0.1 -p "$port" -U competitions -n -c "$clients" -j 2 -T 10 -f "$script" "$db" 2>/dev/null \
    | sed -nE 's/^tps = ([0-9.]+).*/\1/p')
  echo "| $clients | ${tps%.*} |"
done
rm -f "$script"
