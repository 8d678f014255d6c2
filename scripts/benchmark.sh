#!/usr/bin/env bash
# Measures the product through its real API: a fresh database, SILOS silo processes (default 1, the first loads the
# demo contest) and WEBS web nodes (default 1), Release builds, then the benchmark client spread over the web nodes.
# Arguments go to the client, e.g.
#   scripts/benchmark.sh --seconds 30 --concurrency 64                             (durable marks/s)
#   scripts/benchmark.sh --mode viewers --viewers 10000 --rate 1000 --seconds 30   (live viewers and push latency)
#   scripts/benchmark.sh --mode exports --competitors 200                           (export timings on a published event)
#   SILOS=3 WEBS=2 scripts/benchmark.sh --seconds 30                               (the same against a local cluster)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .run
ulimit -n 65536 2>/dev/null || true
SILOS="${SILOS:-1}"
WEBS="${WEBS:-1}"
source scripts/bench-hosts.sh
fresh_database
rm -f .run/bench-silo-*.log .run/bench-web-*.log

[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build Competitions.sln -c Release -v q -nologo >/dev/null
trap 'stop_hosts; drop_database' EXIT INT TERM
start_silos "$SILOS"
start_webs "$WEBS"

echo "Waiting for $SILOS silo(s), $WEBS web node(s) and the demo contest …"
wait_for_demo

baseline=()
if [[ " $* " == *" viewers "* ]]; then
  # The viewers run also measures a bare SignalR hub (its own process, no Orleans, no database) with the same client.
  dotnet tools/Benchmark/bin/Release/net10.0/Competitions.Benchmark.dll --mode bare-hub --port 5190 >.run/bench-bare-hub.log 2>&1 &
  pids+=($!)
  baseline=(--baseline http://127.0.0.1:5190)
fi

dotnet tools/Benchmark/bin/Release/net10.0/Competitions.Benchmark.dll --url "$(IFS=,; echo "${urls[*]}")" --key "$key" \
  --db "$ConnectionStrings__Competitions" "${baseline[@]}" "$@"
echo
echo "| process | resident memory |"
echo "|---|---|"
memory_rows
