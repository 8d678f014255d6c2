#!/usr/bin/env bash
# Runs the product on this machine: PostgreSQL (a private one under .pgdata/ unless ConnectionStrings__Competitions
# is set), one silo that creates the schema and loads the demo contest, and the web host. Ctrl-C stops it all.
# ./run.sh --year also loads a year's programme (demo-year-2026: a preliminary at 12 venues feeding 108 finals) at
# DEMO_YEAR_SCALE (0.1) of its 120,000 entrants; the full year takes long to load on a small machine (docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")"
year=false
[[ "${1:-}" == "--year" ]] && year=true
# Installs what is missing as root, or says in one line what to run; checks the Node.js version.
scripts/prerequisites.sh
mkdir -p .run

export ConnectionStrings__Competitions="$(scripts/postgres.sh | tail -1)"
# The organizer API key is generated on first run and kept in the git-ignored .run/ folder.
[[ -s .run/organizer-key ]] || (umask 077 && head -c 24 /dev/urandom | base64 | tr -d '/+=' > .run/organizer-key)
export Auth__OrganizerKeys__0="$(cat .run/organizer-key)"
# The person registry's key, likewise: kept, because a new key would find nobody registered before.
[[ -s .run/registry-key ]] || (umask 077 && head -c 32 /dev/urandom | base64 | tr -d '/+=' > .run/registry-key)
export Registry__Key="$(cat .run/registry-key)"
PORT="${PORT:-5080}"

dotnet build Competitions.sln -c Release -v q -nologo

pids=()
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true' EXIT INT TERM
Demo__Load=true Demo__SimulateFraction="${DEMO_SIMULATE_FRACTION:-0.1}" Demo__Year="$year" Demo__YearScale="${DEMO_YEAR_SCALE:-0.1}" \
  dotnet src/Silo/bin/Release/net10.0/Competitions.Silo.dll >.run/silo.log 2>&1 &
pids+=($!)
(cd src/Web && ASPNETCORE_URLS="http://127.0.0.1:$PORT" exec dotnet bin/Release/net10.0/Competitions.Web.dll) >.run/web.log 2>&1 &
pids+=($!)

for _ in $(seq 1 120); do
  if curl -fsS -H "Authorization: Bearer $Auth__OrganizerKeys__0" "http://127.0.0.1:$PORT/api/contests/demo-2026/events/E001" >/dev/null 2>&1; then
    # Sign-in links for one panel judge and the chief judge of event E001, to try the tablet at once.
    api() { curl -fsS -H "Authorization: Bearer $Auth__OrganizerKeys__0" "$@"; }
    event=$(api "http://127.0.0.1:$PORT/api/contests/demo-2026/events/E001")
    judge=$(sed -E 's/.*"judgeIds":\["([^"]+)".*/\1/' <<<"$event")
    chief=$(sed -E 's/.*"chiefJudgeId":"([^"]+)".*/\1/' <<<"$event")
    link() { api -X POST "http://127.0.0.1:$PORT/api/contests/demo-2026/judges/$1/sign-in-codes" | sed -E 's/.*"signInPath":"([^"]+)".*/\1/'; }
    # The first administrator: created by the same command an operator runs, with a generated password kept in .run/.
    [[ -s .run/admin-password ]] || (umask 077 && head -c 18 /dev/urandom | base64 | tr -d '/+=' > .run/admin-password)
    (cd src/Web && COMPETITIONS_ADMIN_PASSWORD="$(cat ../../.run/admin-password)" dotnet bin/Release/net10.0/Competitions.Web.dll create-admin admin) \
      >>.run/web.log 2>&1 || echo "Could not create the administrator; see .run/web.log" >&2
    cat <<MSG

Competitions is running (logs in .run/silo.log and .run/web.log).
  Organizer console http://127.0.0.1:$PORT/organizer/   user: admin   password: $(cat .run/admin-password)
  Public boards    http://127.0.0.1:$PORT/board/?contest=demo-2026   (big screen: …#/screen/E001,E002,E003/15)
  API              http://127.0.0.1:$PORT/api/contests/demo-2026
  OpenAPI          http://127.0.0.1:$PORT/openapi/v1.json
  Judges' tablet  http://127.0.0.1:$PORT/judge/   (organizers issue sign-in codes: POST /api/contests/{c}/judges/{j}/sign-in-codes)
  Try as judge     http://127.0.0.1:$PORT$(link "$judge")   ($judge, event E001)
  Try as chief     http://127.0.0.1:$PORT$(link "$chief")   ($chief, chief judge of E001)
  Leaderboard      http://127.0.0.1:$PORT/api/contests/demo-2026/events/E001/leaderboard
  Organizer key    $Auth__OrganizerKeys__0   (send as: Authorization: Bearer <key>)
Judges are marking a share of the demo contest in the background. Press Ctrl-C to stop.
MSG
    if $year; then
      echo "The year's programme loads after it (see .run/silo.log): http://127.0.0.1:$PORT/organizer/ → demo-year-2026, final E001 → Advancement"
    fi
    wait -n "${pids[@]}"
    exit $?
  fi
  sleep 1
done
echo "The hosts did not come up; see .run/silo.log and .run/web.log" >&2
exit 1
