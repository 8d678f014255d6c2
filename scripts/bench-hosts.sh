# Sourced by the benchmark scripts: a fresh database on the private PostgreSQL, and silo and web processes on it.
# After `fresh_database`: $db, $key (an organizer key), ConnectionStrings__Competitions, Orleans__ClusterId and
# Registry__Key are set.
# Processes started are in $pids; `stop_hosts` ends them and `drop_database` removes the database.

# The hosts listen on fixed ports (web 5090…, silos 11211…, gateways 30100…): a second run beside this one would
# measure a mix of both, or fail half-way. The lock is held until the script that sourced this file exits.
mkdir -p .run
exec 9>.run/benchmark.lock
if ! flock -n 9; then
  echo "Another benchmark is running on this machine (it holds .run/benchmark.lock); wait for it to end." >&2
  exit 1
fi

fresh_database() {
  use_database "bench_$(date +%s)"
  psql_admin "CREATE DATABASE $db" >/dev/null
}

# use_database NAME: an existing database (e.g. one benchmark-scale.sh kept with KEEP_DATABASE=1).
use_database() {
  local admin
  # Not inherited by a PostgreSQL this starts: the lock must end with the benchmark, not with the database.
  admin=$(scripts/postgres.sh 9>&- | tail -1)
  db=$1
  pg_password=$(sed -E 's/.*Password=([^;]+).*/\1/' <<<"$admin")
  pg_port=$(sed -E 's/.*Port=([0-9]+).*/\1/' <<<"$admin")
  export ConnectionStrings__Competitions="${admin/Database=competitions/Database=$db}"
  export Orleans__ClusterId="$db"
  key=$(head -c 24 /dev/urandom | base64 | tr -d '/+=')
  # A benchmark database is its own registry: a fresh key for its silos, the same for all of them.
  export Registry__Key="${Registry__Key:-$(head -c 32 /dev/urandom | base64 | tr -d '/+=')}"
  pids=()
  urls=()
}

psql_admin() { PGPASSWORD=$pg_password psql -h 127.0.0.1 -p "$pg_port" -U competitions -d competitions -qAtc "$1"; }

psql_bench() { PGPASSWORD=$pg_password psql -h 127.0.0.1 -p "$pg_port" -U competitions -d "$db" -qAtc "$1"; }

# start_silos COUNT [VAR=value …]: the first silo loads the demo contest; the extra settings go to every silo and win.
start_silos() {
  local count=$1 i
  shift
  for i in $(seq 0 $((count - 1))); do
    env Orleans__SiloPort=$((11211 + i)) Orleans__GatewayPort=$((30100 + i)) Orleans__HealthPort=$((8181 + i)) Demo__Load=$([[ $i -eq 0 ]] && echo true || echo false) "$@" \
      dotnet src/Silo/bin/Release/net10.0/Competitions.Silo.dll >>".run/bench-silo-$i.log" 2>&1 &
    pids+=($!)
  done
}

start_webs() {
  local count=$1 i
  urls=()
  for i in $(seq 0 $((count - 1))); do
    Auth__OrganizerKeys__0=$key ASPNETCORE_URLS="http://127.0.0.1:$((5090 + i))" \
      bash -c "cd src/Web && exec dotnet bin/Release/net10.0/Competitions.Web.dll" >>".run/bench-web-$i.log" 2>&1 &
    pids+=($!)
    urls+=("http://127.0.0.1:$((5090 + i))")
  done
}

# Waits (up to 3 minutes) until the last web node serves the demo contest with its last event open for marking.
wait_for_demo() {
  local status
  for _ in $(seq 1 180); do
    status=$(curl -fsS -H "Authorization: Bearer $key" "${urls[-1]}/api/contests/demo-2026/events/E108" 2>/dev/null || true)
    [[ "$status" == *'"status":"Scoring"'* ]] && return 0
    sleep 1
  done
}

# Prints "| Competitions.Silo (pid N) | M MiB |" for every host process started.
memory_rows() {
  local pid child name
  for pid in "${pids[@]}"; do
    for child in $pid $(pgrep -P "$pid" || true); do
      name=$(ps -o args= -p "$child" 2>/dev/null | grep -oE 'Competitions\.(Silo|Web)' || true)
      [[ -n "$name" ]] && echo "| $name (pid $child) | $(($(ps -o rss= -p "$child") / 1024)) MiB |"
    done
  done
}

stop_hosts() {
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
  pids=()
}

drop_database() {
  if [[ "${KEEP_DATABASE:-}" == 1 ]]; then
    echo "Kept database $db (reuse it with REUSE_DATABASE=$db)" >&2
  else
    psql_admin "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null || true
  fi
}
