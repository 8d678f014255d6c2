#!/usr/bin/env bash
# Installs what the build and tests need beyond the .NET SDK, on a fresh Debian machine; does nothing when present.
# `--check` installs nothing: it prints the missing Debian packages that ./run.sh and ./test.sh need on one line and
# exits 1 if there are any (scripts/prerequisites.sh uses it when not run as root).
set -euo pipefail
missing=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
command -v curl >/dev/null 2>&1 || missing+=(curl)
# The front end is built with Node.js and npm; scripts/prerequisites.sh checks that the version is new enough for Vite.
command -v node >/dev/null 2>&1 || missing+=(nodejs)
command -v npm >/dev/null 2>&1 || missing+=(npm)
# Browser tests drive Debian's Chromium through Playwright (never a downloaded browser); CJK fonts for the pages.
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
# grep reads to the end (no -q), so fc-list never dies of SIGPIPE, which pipefail would count as missing fonts.
fc-list 2>/dev/null | grep -i "Noto Sans CJK" >/dev/null || missing+=(fonts-noto-cjk)
# PDF exports embed TrueType-outline fonts (PDFsharp cannot embed Noto's CFF collections): Droid Sans Fallback for
# Chinese, DejaVu Sans for Latin letters and digits, which the former lacks.
[[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]] || missing+=(fonts-droid-fallback)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]] || missing+=(fonts-dejavu-core)
if [[ "${1:-}" == "--check" ]]; then
  ((${#missing[@]} == 0)) || { echo "${missing[*]}"; exit 1; }
  exit 0
fi
# deploy/ is checked (by CI, scripts/check-deploy.sh) with Python's YAML parser and systemd-analyze.
python3 -c "import yaml" 2>/dev/null || /usr/bin/python3 -c "import yaml" 2>/dev/null || missing+=(python3-yaml)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Debian's postgresql package starts a system cluster; the project uses its own, so that one is not needed.
getent passwd postgres >/dev/null || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
