#!/usr/bin/env bash
# The whole demo contest at full size: 108 events, 12,000 competitors, every sheet marked by its judges (about
# 1.1 million marks, entered through the score sheet grains as outbox batches). Then
#   1. every score sheet is read, so the silos hold the whole contest in memory: resident memory per process;
#   2. every host is stopped and the cluster started cold: seconds until every leaderboard is served, and memory.
# SILOS (default 1) silos and one web node, on a fresh database. Prints a table; takes a few minutes.
# KEEP_DATABASE=1 keeps the marked database; REUSE_DATABASE=<name> then measures only the cold start on it.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .run
SILOS="${SILOS:-1}"
source scripts/bench-hosts.sh
rm -f .run/bench-silo-*.log .run/bench-web-*.log
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build Competitions.sln -c Release -v q -nologo >/dev/null
client() { dotnet tools/Benchmark/bin/Release/net10.0/Competitions.Benchmark.dll --url "${urls[0]}" --key "$key" "$@"; }

if [[ -n "${REUSE_DATABASE:-}" ]]; then
  use_database "$REUSE_DATABASE"
  KEEP_DATABASE=1
  trap 'stop_hosts; drop_database' EXIT INT TERM
  urls=("http://127.0.0.1:5090")
  loading="–"
  sheets="– – – –"
  boards="– – – –"
  hot_memory="| (not measured: reused database) | |"
else
  fresh_database
  trap 'stop_hosts; drop_database' EXIT INT TERM
  echo "Loading the demo contest and marking every sheet on $SILOS silo(s) …"
  started=$(date +%s)
  start_silos "$SILOS" Demo__SimulateFraction=1 Demo__SimulateParallelism=64
  start_webs 1
  until grep -q "Simulated demo marks" .run/bench-silo-0.log; do
    sleep 2
    (($(date +%s) - started < 1800)) || { echo "The demo contest was not marked within 30 minutes" >&2; exit 1; }
  done
  loading=$(($(date +%s) - started))
  sheets=$(client --mode sheets --concurrency 32)
  boards=$(client --mode boards)
  hot_memory=$(memory_rows)
  stop_hosts
fi
marks=$(psql_bench "SELECT to_char(count(*), 'FM9,999,999') FROM ledger_entries WHERE kind = 'mark-entered'")

echo "Starting the cluster cold …"
cold_start=$(date +%s.%N)
# As a production restart: the contest is in the database, nothing loads the demo.
start_silos "$SILOS" Demo__Load=false
start_webs 1
cold=$(client --mode boards --patience 300)
cold_seconds=$(python3 -c "import sys; print(f'{float(sys.argv[1]) - float(sys.argv[2]):.1f}')" "$(date +%s.%N)" "$cold_start")
cold_memory=$(memory_rows)

cat <<TABLE

| measure | value |
|---|---|
| machine | $(nproc) cores, $(($(grep MemTotal /proc/meminfo | awk '{print $2}') / 1048576)) GiB |
| contest | 108 events, $(awk '{print $4}' <<<"$cold") competitors, $marks marks in the ledger (loaded and marked in $loading s) |
| every score sheet read (wakes all of them) | $(awk '{print $2}' <<<"$sheets") s for $(awk '{print $4}' <<<"$sheets") sheets |
| every leaderboard read, warm | $(awk '{print $2}' <<<"$boards") s |
| cold start: processes started → every leaderboard served | $cold_seconds s (the web node answered first $(awk '{print $8}' <<<"$cold") s after its start) |

Resident memory, whole contest in memory (every sheet and board active):

| process | resident memory |
|---|---|
$hot_memory

Resident memory after the cold start (every board active, sheets asleep until marked):

| process | resident memory |
|---|---|
$cold_memory
TABLE
