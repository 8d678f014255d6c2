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
admin=$(scripts/postgres.sh | tail -1)
db="bench_$(date +%s)"
password=$(sed -E 's/.*Password=([^;]+).*/\1/' <<<"$admin")
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$admin")
psql_admin() { PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U competitions -d competitions -qc "$1" >/dev/null; }
psql_admin "CREATE DATABASE $db"
export ConnectionStrings__Competitions="${admin/Database=competitions/Database=$db}"
export Orleans__ClusterId="$db"
key=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')

[[ "${SKIP_BUILD:-}" == 1 ]] || dotnet build Competitions.sln -c Release -v q -nologo >/dev/null
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
}
trap cleanup EXIT INT TERM
for i in $(seq 0 $((SILOS - 1))); do
  Orleans__SiloPort=$((11211 + i)) Orleans__GatewayPort=$((30100 + i)) Demo__Load=$([[ $i -eq 0 ]] && echo true || echo false) \
    dotnet src/Silo/bin/Release/net10.0/Competitions.Silo.dll >".run/bench-silo-$i.log" 2>&1 &
  pids+=($!)
done
urls=()
for i in $(seq 0 $((WEBS - 1))); do
  Auth__OrganizerKeys__0=$key ASPNETCORE_URLS="http://127.0.0.1:$((5090 + i))" \
    bash -c "cd src/Web && exec dotnet bin/Release/net10.0/Competitions.Web.dll" >".run/bench-web-$i.log" 2>&1 &
  pids+=($!)
  urls+=("http://127.0.0.1:$((5090 + i))")
done

echo "Waiting for $SILOS silo(s), $WEBS web node(s) and the demo contest …"
for _ in $(seq 1 180); do
  status=$(curl -fsS -H "Authorization: Bearer $key" "${urls[-1]}/api/contests/demo-2026/events/E108" 2>/dev/null || true)
  [[ "$status" == *'"status":"Scoring"'* ]] && break
  sleep 1
done

dotnet tools/Benchmark/bin/Release/net10.0/Competitions.Benchmark.dll --url "$(IFS=,; echo "${urls[*]}")" --key "$key" \
  --db "$ConnectionStrings__Competitions" "$@"
echo
echo "| process | resident memory |"
echo "|---|---|"
for pid in "${pids[@]}"; do
  for child in $pid $(pgrep -P "$pid" || true); do
    name=$(ps -o args= -p "$child" | grep -oE 'Competitions\.(Silo|Web)' || true)
    [[ -n "$name" ]] && echo "| $name (pid $child) | $(($(ps -o rss= -p "$child") / 1024)) MiB |"
  done
done
