#!/usr/bin/env bash
# A year's ledger: the same reads on a nearly empty ledger and on one of ROWS rows (default 50 million), through the
# product and at the database.
#   scripts/benchmark-ledger-volume.sh [ROWS]
# 1. A fresh database, one silo and one web node (Release); the benchmark client builds, marks and publishes a contest
#    of 200 competitors (tools/Benchmark --mode exports) and times its exports; the hosts restart and the first
#    GET of its leaderboard times a cold board (the board grain folds every score sheet's stream from PostgreSQL).
# 2. The hosts stop; ROWS rows of other contests (30-mark score sheets, 100 per event, 100 events per contest, half
#    in last year's partition, half in this year's) go straight into ledger_entries in steps, with the real indexes.
#    After each step the grains' own queries are timed at the database (EXPLAIN ANALYZE: a sheet stream, the event's
#    rows as a board or an export reads them, a stream head, an entry id).
# 3. The hosts start again on the full ledger: the same exports on a new contest, and a cold board again.
# About 45 minutes for 50 million rows on 2 cores (8–10 minutes a 10 million); needs ~25 GB of disk. The database
# is dropped at the end unless KEEP_DATABASE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-50000000}
step=${STEP:-5000000}
source scripts/bench-hosts.sh
fresh_database
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build Competitions.sln -c Release -v q -nologo >/dev/null
trap 'stop_hosts; drop_database' EXIT INT TERM
client() { dotnet tools/Benchmark/bin/Release/net10.0/Competitions.Benchmark.dll --url "${urls[0]}" --key "$key" "$@"; }
up() {
  start_silos 1 Demo__Load=false
  start_webs 1
  for _ in $(seq 1 120); do curl -fsS "${urls[0]}/health/ready" >/dev/null 2>&1 && return 0; sleep 1; done
  echo "The hosts did not become ready." >&2
  exit 1
}
# The first GET after a restart activates the board: the time a cold board takes to build from the ledger. Sets
# $board_seconds (not printed for a $(…) to capture: the restarted hosts must stay in this shell's $pids).
cold_board() {
  local contest=$1
  stop_hosts
  up
  board_seconds=$(curl -fsS -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $key" "${urls[0]}/api/contests/$contest/events/E1/leaderboard")
}
# Execution time (ms) of one query, cold (first run) and the median of five more.
timed() {
  local sql=$1 first runs
  first=$(psql_bench "EXPLAIN (ANALYZE, FORMAT JSON) $sql" | python3 -c 'import json,sys; print(round(json.load(sys.stdin)[0]["Execution Time"], 2))')
  runs=$(for _ in 1 2 3 4 5; do psql_bench "EXPLAIN (ANALYZE, FORMAT JSON) $sql" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["Execution Time"])'; done | sort -n | sed -n 3p)
  printf '%s / %.2f' "$first" "$runs"
}
queries() {
  local label=$1 event stream entry
  event=$(psql_bench "SELECT event_key FROM ledger_entries WHERE event_key LIKE 'exp%' LIMIT 1")
  stream=$(psql_bench "SELECT stream FROM ledger_entries WHERE event_key = '$event' AND stream LIKE 'sheet:%' ORDER BY stream LIMIT 1 OFFSET 100")
  entry=$(psql_bench "SELECT entry_id FROM ledger_entries WHERE stream = '$stream' LIMIT 1")
  local cols="stream, sequence, entry_id, kind, event_key, competitor_id, aspect_id, judge_id, actor_id, device_id, value, previous_value, reason, recorded_at, previous_hash, hash, hash_version"
  echo "| $label | $(psql_bench "SELECT to_char(count(*), 'FM999,999,999') FROM ledger_entries") | $(psql_bench "SELECT pg_size_pretty(pg_total_relation_size('ledger_entries_y$(date +%Y)') + coalesce(pg_total_relation_size(to_regclass('ledger_entries_y$(($(date +%Y) - 1))')), 0))") |" \
    "$(timed "SELECT $cols FROM ledger_entries WHERE stream = '$stream' ORDER BY sequence") |" \
    "$(timed "SELECT $cols FROM ledger_entries WHERE event_key = '$event' ORDER BY stream, sequence") |" \
    "$(timed "SELECT max(sequence) FROM ledger_entries WHERE stream = '$stream'") |" \
    "$(timed "SELECT $cols FROM ledger_entries WHERE entry_id = '$entry'") |"
}

up
echo "## Empty ledger"
client --mode exports --competitors 200 --repeats 3 | tee .run/volume-exports-empty.md
contest=$(psql_bench "SELECT split_part(event_key, '/', 1) FROM ledger_entries WHERE event_key LIKE 'exp%' LIMIT 1")
cold_board "$contest"
board_empty=$board_seconds
stop_hosts

year=$(date +%Y)
psql_bench "SELECT ledger_ensure_partition($((year - 1)))" >/dev/null
echo
echo "| ledger | rows | size (partitions, with indexes) | sheet stream ms (cold / warm) | event rows ms | stream head ms | entry id ms |"
echo "|---|---|---|---|---|---|---|"
queries "before filling"
loaded=0
while ((loaded < rows)); do
  upto=$((loaded + step < rows ? loaded + step : rows))
  # Row g: mark (g mod 30)+1 of sheet g/30; 100 sheets an event, 100 events a contest; even contests last year.
  psql_bench "SET synchronous_commit = off;
    INSERT INTO ledger_contest_years SELECT 'vol' || c, CASE WHEN c % 2 = 0 THEN $((year - 1)) ELSE $year END
      FROM generate_series($loaded / 300000, ($upto - 1) / 300000) c ON CONFLICT DO NOTHING;
    INSERT INTO ledger_entries (stream, sequence, entry_id, kind, event_key, competitor_id, aspect_id, judge_id, actor_id, device_id,
      value, previous_value, reason, recorded_at, previous_hash, hash, hash_version, ledger_year)
    SELECT 'sheet:vol' || c || '/E' || e || '/C' || s, m, gen_random_uuid(), 'mark-entered', 'vol' || c || '/E' || e, 'C' || s,
      'A' || m, 'J' || (m % 5 + 1), 'J' || (m % 5 + 1), 'tablet-' || (s % 40), (m % 7) * 0.5, NULL, NULL,
      now() - make_interval(days => (c % 300)), decode(md5((g - 1)::text), 'hex'), decode(md5(g::text), 'hex'), 2,
      CASE WHEN c % 2 = 0 THEN $((year - 1)) ELSE $year END
    FROM generate_series($loaded, $upto - 1) g,
      LATERAL (SELECT g % 30 + 1 AS m, (g / 30) % 100 AS s, (g / 3000) % 100 AS e, g / 300000 AS c) k" >/dev/null
  loaded=$upto
  psql_bench "VACUUM ANALYZE ledger_entries" >/dev/null
  queries "$(printf "%'d" "$loaded") rows added"
done
scripts/postgres.sh restart >/dev/null
queries "after a PostgreSQL restart"

up
echo
echo "## Full ledger"
client --mode exports --competitors 200 --repeats 3 | tee .run/volume-exports-full.md
cold_board "$contest"
board_full=$board_seconds
echo
echo "| cold board (200 competitors) | empty ledger | full ledger |"
echo "|---|---|---|"
echo "| first GET after a restart, s | $board_empty | $board_full |"
echo
echo "| process | resident memory |"
echo "|---|---|"
memory_rows
