#!/usr/bin/env bash
# Installs what the build and tests need beyond the .NET SDK, on a fresh Debian machine; does nothing when present.
set -euo pipefail
missing=()
command -v initdb >/dev/null 2>&1 || ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v psql >/dev/null 2>&1 || missing+=(postgresql-client)
command -v curl >/dev/null 2>&1 || missing+=(curl)
# Browser tests drive Debian's Chromium through Playwright (never a downloaded browser); CJK fonts for the pages.
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
fc-list 2>/dev/null | grep -qi "Noto Sans CJK" || missing+=(fonts-noto-cjk)
# PDF exports embed TrueType-outline fonts (PDFsharp cannot embed Noto's CFF collections): Droid Sans Fallback for
# Chinese, DejaVu Sans for Latin letters and digits, which the former lacks.
[[ -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf ]] || missing+=(fonts-droid-fallback)
[[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ]] || missing+=(fonts-dejavu-core)
# deploy/ is checked with Python's YAML parser and systemd-analyze.
python3 -c "import yaml" 2>/dev/null || /usr/bin/python3 -c "import yaml" 2>/dev/null || missing+=(python3-yaml)
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
if ((${#missing[@]})); then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" >/dev/null
fi
# Debian's postgresql package starts a system cluster; the project uses its own, so that one is not needed.
getent passwd postgres >/dev/null || useradd --system --home /var/lib/postgresql --shell /bin/bash postgres
