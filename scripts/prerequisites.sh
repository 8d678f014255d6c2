#!/usr/bin/env bash
# What ./run.sh and ./test.sh check before building. As root it installs the missing Debian packages (PostgreSQL,
# Chromium, fonts, Node.js: scripts/install-prerequisites.sh); otherwise it says in one line what to run and fails.
# Then it checks that Node.js is new enough for the front-end build (src/Web/ClientApp/package.json "engines").
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ $(id -u) -eq 0 ]]; then
  scripts/install-prerequisites.sh
elif ! missing=$(scripts/install-prerequisites.sh --check); then
  echo "Missing Debian packages ($missing): run  sudo scripts/install-prerequisites.sh  and try again." >&2
  exit 1
fi
command -v dotnet >/dev/null 2>&1 || { echo "The .NET 10 SDK is missing: install the Debian package dotnet-sdk-10.0 (Microsoft's package repository) and try again." >&2; exit 1; }
# Vite refuses older Node.js versions with a long stack trace halfway through the build; say it up front instead.
node -e '
const range = require("./src/Web/ClientApp/package.json").engines.node;
const have = process.versions.node.split(".").map(Number);
const atLeast = want => have[0] !== want[0] ? have[0] > want[0] : have[1] !== want[1] ? have[1] > want[1] : have[2] >= want[2];
const alternatives = range.split("||").map(a => a.trim().match(/^(\^|>=)(\d+)\.(\d+)\.(\d+)$/));
if (alternatives.some(m => !m)) {
  console.error(`src/Web/ClientApp/package.json engines.node "${range}": write it as ^x.y.z or >=x.y.z alternatives joined by ||.`);
  process.exit(1);
}
if (!alternatives.some(m => atLeast([+m[2], +m[3], +m[4]]) && (m[1] === ">=" || have[0] === +m[2]))) {
  console.error(`Node.js ${process.versions.node} cannot build the front end: Vite needs ${range} (src/Web/ClientApp/package.json "engines"); install a Node.js in that range and try again.`);
  process.exit(1);
}'
