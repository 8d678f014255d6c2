#!/usr/bin/env bash
# Starts a local cluster on loopback against the private PostgreSQL (or ConnectionStrings__Competitions):
# SILOS silo processes (default 3) clustered through the database, and WEBS web nodes (default 2), each an Orleans
# client of the cluster. The first silo loads the demo contest. Ctrl-C stops them all.
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .run
SILOS="${SILOS:-3}"
WEBS="${WEBS:-2}"
export ConnectionStrings__Competitions="$(scripts/postgres.sh | tail -1)"
[[ -s .run/organizer-key ]] || (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > .run/organizer-key)
export Auth__OrganizerKeys__0="$(cat .run/organizer-key)"
[[ -s .run/registry-key ]] || (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '/+=' > .run/registry-key)
export Registry__Key="$(cat .run/registry-key)"
export Orleans__ClusterId="${Orleans__ClusterId:-local-cluster}"

dotnet build Competitions.sln -c Release -v q -nologo

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT INT TERM
for i in $(seq 0 $((SILOS - 1))); do
  Orleans__SiloPort=$((11111 + i)) Orleans__GatewayPort=$((30000 + i)) Orleans__HealthPort=$((8081 + i)) Demo__Load=$([[ $i -eq 0 ]] && echo true || echo false) \
    dotnet src/Silo/bin/Release/net10.0/Competitions.Silo.dll >".run/cluster-silo-$i.log" 2>&1 &
  pids+=($!)
done
for i in $(seq 0 $((WEBS - 1))); do
  (cd src/Web && ASPNETCORE_URLS="http://127.0.0.1:$((5080 + i))" exec dotnet bin/Release/net10.0/Competitions.Web.dll) >".run/cluster-web-$i.log" 2>&1 &
  pids+=($!)
done

for _ in $(seq 1 120); do
  if curl -fsS "http://127.0.0.1:5080/health/ready" >/dev/null 2>&1 && curl -fsS "http://127.0.0.1:$((5080 + WEBS - 1))/health/ready" >/dev/null 2>&1; then
    echo "Cluster of $SILOS silos (ports 11111…, gateways 30000…, health 8081…) and $WEBS web nodes is up; logs in .run/cluster-*.log."
    for i in $(seq 0 $((WEBS - 1))); do echo "  web node $i   http://127.0.0.1:$((5080 + i))/board/?contest=demo-2026"; done
    echo "  Organizer key $Auth__OrganizerKeys__0"
    wait -n "${pids[@]}"
    exit $?
  fi
  sleep 1
done
echo "The cluster did not come up; see .run/cluster-*.log" >&2
exit 1
