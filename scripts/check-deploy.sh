#!/usr/bin/env bash
# Syntax checks of deploy/ (there is no container engine or cluster on these machines): deploy/check.py for the
# Dockerfiles, compose file, Kubernetes manifests and nginx.conf, and systemd-analyze for the units.
set -euo pipefail
cd "$(dirname "$0")/.."
python=python3
"$python" -c "import yaml" 2>/dev/null || python=/usr/bin/python3   # Debian's python3-yaml
"$python" deploy/check.py
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
for unit in deploy/systemd/*@.service; do
  # Templates are verified as an instance.
  instance="$work/$(basename "${unit/@.service/@0.service}")"
  cp "$unit" "$instance"
  systemd-analyze verify "$instance"
done
echo "systemd units: verified"
