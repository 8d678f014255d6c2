#!/usr/bin/env bash
# A year's programme through the product: advancement for every final once every preliminary is published.
#   scripts/benchmark-year.sh [SCALE]      (share of the year's 120,000 entrants, default 1)
# 1. A fresh database; one silo (Release) loads the demo contest and then the demo year at SCALE with the
#    preliminaries of all 108 finals marked in full by the demo's judges, locked and published; one web node.
# 2. GET …/advancement for the 108 finals one after another, twice (first read, then warm).
# 3. The hosts restart (no demo loader) and the same 108 reads run on a cold cluster: every source event, board and
#    appeals grain is activated from PostgreSQL by the first final that needs it.
# Full scale marks about 12 million marks; allow an hour or more on 2 cores. The database is dropped at the end
# unless KEEP_DATABASE=1.
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
source scripts/bench-hosts.sh
fresh_database
rm -f .run/bench-silo-*.log .run/bench-web-*.log
[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build Competitions.sln -c Release -v q -nologo >/dev/null
trap 'stop_hosts; drop_database' EXIT INT TERM

contest=demo-year-2026
last_preliminary=P12-E108
get() { curl -fsS -o /dev/null -w '%{time_total}\n' -H "Authorization: Bearer $key" "${urls[0]}$1"; }
status() { curl -fsS -H "Authorization: Bearer $key" "${urls[0]}/api/contests/$contest/events/$1" 2>/dev/null || true; }

# Prints "total s | median ms | slowest ms" of GET …/advancement for E001…E108, one after another.
advancement_reads() {
  local times
  times=$(for f in $(seq -f 'E%03g' 1 108); do get "/api/contests/$contest/events/$f/advancement"; done)
  python3 -c 'import sys, statistics as s; t = [float(x) for x in sys.stdin.read().split()]
print(f"{sum(t):.1f} s | {s.median(t) * 1000:.0f} ms | {max(t) * 1000:.0f} ms")' <<<"$times"
}

started=$(date +%s)
start_silos 1 Demo__Year=true Demo__YearScale="$scale" Demo__YearPublishedFinals=108 Demo__SimulateParallelism=64
start_webs 1
echo "Loading the demo contest, then the year at scale $scale with all 1,296 preliminaries marked and published …"
until [[ "$(status $last_preliminary)" == *'"status":"Published"'* ]]; do
  if ! kill -0 "${pids[0]}" 2>/dev/null; then
    echo "The silo stopped; see .run/bench-silo-0.log" >&2
    exit 1
  fi
  sleep 10
done
loaded=$(($(date +%s) - started))
marks=$(psql_bench "SELECT to_char(count(*), 'FM999,999,999') FROM ledger_entries WHERE event_key LIKE '$contest/%' AND kind IN ('mark-entered', 'theory-recorded')")
competitors=$(psql_bench "SELECT to_char(count(DISTINCT stream), 'FM999,999,999') FROM ledger_entries WHERE event_key LIKE '$contest/P%' AND stream LIKE 'sheet:%'")

echo
echo "| measure | value |"
echo "|---|---|"
echo "| year at scale $scale: score sheets in the preliminaries / marks and theory scores in the ledger | $competitors / $marks |"
echo "| silo start → demo contest and the year loaded, marked and published | $((loaded / 60)) min $((loaded % 60)) s |"
echo "| 108 finals' advancement, first reads (total / median / slowest) | $(advancement_reads) |"
echo "| the same again, warm | $(advancement_reads) |"
memory_rows | sed 's/^| /| after the reads: /'

stop_hosts
start_silos 1 Demo__Load=false
start_webs 1
for _ in $(seq 1 120); do curl -fsS "${urls[0]}/health/ready" >/dev/null 2>&1 && break; sleep 1; done
echo "| restarted: 108 finals' advancement on a cold cluster (total / median / slowest) | $(advancement_reads) |"
echo "| the same again, warm | $(advancement_reads) |"
memory_rows | sed 's/^| /| after the cold reads: /'
