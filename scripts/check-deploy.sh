#!/usr/bin/env bash
# Static checks of deploy/ (there is no container engine or cluster on these machines): deploy/check.py for the images,
# .dockerignore, compose file, Kubernetes manifests, grace periods, systemd hardening, nginx.conf and the README's
# table; deploy/check_selftest.py to show each of those checks still fails when its rule is broken; systemd-analyze for
# the units.
set -euo pipefail
cd "$(dirname "$0")/.."
python=python3
"$python" -c "import yaml" 2>/dev/null || python=/usr/bin/python3   # Debian's python3-yaml
"$python" deploy/check.py
"$python" deploy/check_selftest.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for unit in deploy/systemd/*@.service; do
  # Templates are verified as an instance. systemd-analyze only warns about a misspelt key or a value it cannot parse
  # (and ignores the setting), so any line about the unit counts as a failure: an ignored hardening line hardens nothing.
  instance="$work/$(basename "${unit/@.service/@0.service}")"
  cp "$unit" "$instance"
  if ! output=$(systemd-analyze verify "$instance" 2>&1) || grep -qF "$instance" <<<"$output"; then
    echo "$unit: systemd-analyze verify failed${output:+:}" >&2
    [[ -z "$output" ]] || echo "$output" >&2
    exit 1
  fi
done
echo "systemd units: verified"
