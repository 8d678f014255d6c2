#!/usr/bin/env bash
# The bad day, measured (docs/performance.md, "A silo lost while judges mark"): a fresh database, 3 silo processes
# and 2 web nodes, the demo contest; tablets mark at a steady rate and the silo holding the busy event's leaderboard
# is killed with SIGKILL. Prints acknowledged vs stored marks, the longest wait for an acknowledgement and how long
# until every board pushed again. Arguments go to the client, e.g.
#   scripts/benchmark-fault.sh --tablets 16 --rate 5 --before 15 --seconds 30
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .run
source scripts/bench-hosts.sh
fresh_database
rm -f .run/bench-silo-*.log .run/bench-web-*.log

[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build Competitions.sln -c Release -v q -nologo >/dev/null
trap 'stop_hosts; drop_database' EXIT INT TERM
start_silos 3 Demo__SimulateFraction=0
silo_pids=$(for i in 0 1 2; do echo -n "$((11211 + i)):${pids[$i]},"; done)
start_webs 2

echo "Waiting for 3 silos, 2 web nodes and the demo contest …"
wait_for_demo

dotnet tools/Benchmark/bin/Release/net10.0/Competitions.Benchmark.dll --mode fault --url "$(IFS=,; echo "${urls[*]}")" \
  --key "$key" --db "$ConnectionStrings__Competitions" --cluster "$Orleans__ClusterId" --silos "${silo_pids%,}" --events 8 "$@"
