#!/usr/bin/env bash
# Runs every test: unit tests of the scoring rules, and integration tests against a real PostgreSQL
# (the private one under .pgdata/ unless COMPETITIONS_TEST_DB is set) and real Orleans silos. The database restart
# fault test crashes a private cluster of its own (.pgdata-restart/), so ./run.sh can keep running beside the tests.
set -euo pipefail
cd "$(dirname "$0")"
# Installs what is missing as root, or says in one line what to run; checks the Node.js version.
scripts/prerequisites.sh
export COMPETITIONS_TEST_DB="${COMPETITIONS_TEST_DB:-$(scripts/postgres.sh | tail -1)}"
dotnet build Competitions.sln -c Release -v q -nologo
dotnet test Competitions.sln -c Release --no-build --nologo "$@"
