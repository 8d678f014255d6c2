#!/usr/bin/env bash
# Measures the product through its real API: a fresh database, one silo with the demo contest and one web host
# (Release builds), then the benchmark client. Arguments go to the client, e.g.
#   scripts/benchmark.sh --seconds 30 --concurrency 64                       (durable marks/s)
#   scripts/benchmark.sh --mode viewers --viewers 10000 --rate 1000 --seconds 30   (live viewers and push latency)
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .run
ulimit -n 65536 2>/dev/null || true
admin=$(scripts/postgres.sh | tail -1)
db="bench_$(date +%s)"
password=$(sed -E 's/.*Password=([^;]+).*/\1/' <<<"$admin")
port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$admin")
psql_admin() { PGPASSWORD=$password psql -h 127.0.0.1 -p "$port" -U competitions -d competitions -qc "$1" >/dev/null; }
psql_admin "CREATE DATABASE $db"
export ConnectionStrings__Competitions="${admin/Database=competitions/Database=$db}"
export Orleans__ClusterId="$db"
export Orleans__SiloPort=11211 Orleans__GatewayPort=30100
key=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
web_port=5090

dotnet build Competitions.sln -c Release -v q -nologo >/dev/null
pids=()
cleanup() {
  kill "${pids[@]}" 2>/dev/null || true
  wait 2>/dev/null || true
  psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" || true
}
trap cleanup EXIT INT TERM
Demo__Load=true dotnet src/Silo/bin/Release/net10.0/Competitions.Silo.dll >.run/bench-silo.log 2>&1 &
pids+=($!)
Auth__OrganizerKeys__0=$key ASPNETCORE_URLS="http://127.0.0.1:$web_port" \
  bash -c "cd src/Web && exec dotnet bin/Release/net10.0/Competitions.Web.dll" >.run/bench-web.log 2>&1 &
pids+=($!)

echo "Waiting for the demo contest to load …"
for _ in $(seq 1 180); do
  status=$(curl -fsS -H "Authorization: Bearer $key" "http://127.0.0.1:$web_port/api/contests/demo-2026/events/E108" 2>/dev/null || true)
  [[ "$status" == *'"status":"Scoring"'* ]] && break
  sleep 1
done

dotnet tools/Benchmark/bin/Release/net10.0/Competitions.Benchmark.dll --url "http://127.0.0.1:$web_port" --key "$key" \
  --db "$ConnectionStrings__Competitions" "$@"
echo
echo "| process | resident memory |"
echo "|---|---|"
for pid in "${pids[@]}"; do
  for child in $pid $(pgrep -P "$pid" || true); do
    name=$(ps -o args= -p "$child" | grep -oE 'Competitions\.(Silo|Web)' || true)
    [[ -n "$name" ]] && echo "| $name | $(($(ps -o rss= -p "$child") / 1024)) MiB |"
  done
done
