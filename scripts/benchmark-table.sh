#!/usr/bin/env bash
# One command, one table: the PostgreSQL insert ceiling on this machine, then durable marks/s (one mark per request,
# and tablets' outbox batches) and live viewers against a single node (1 silo, 1 web node) and against a local cluster
# (3 silos, 2 web nodes), each on a fresh database with the demo contest; then the whole contest at full size
# (scripts/benchmark-scale.sh). Takes about twenty minutes. VIEWERS and RATE set the viewer runs (default 2000, 500).
set -euo pipefail
cd "$(dirname "$0")/.."
mkdir -p .run/table
dotnet build Competitions.sln -c Release -v q -nologo >/dev/null
raw=$(scripts/raw-insert-limit.sh | tee .run/table/raw.md | awk -F'|' '$2 ~ /32/ {gsub(/ /, "", $3); print $3}')
run() { # name silos webs args…
  local name=$1 silos=$2 webs=$3
  shift 3
  SKIP_BUILD=1 SILOS=$silos WEBS=$webs scripts/benchmark.sh --json ".run/table/$name.json" "$@" >".run/table/$name.md" 2>&1
}
run marks-single 1 1 --seconds 30 --concurrency 64
run marks-cluster 3 2 --seconds 30 --concurrency 64
run outbox-single 1 1 --seconds 30 --concurrency 64 --batch 50
run outbox-cluster 3 2 --seconds 30 --concurrency 64 --batch 50
run viewers-single 1 1 --mode viewers --viewers "${VIEWERS:-2000}" --rate "${RATE:-500}" --seconds 30
run viewers-cluster 3 2 --mode viewers --viewers "${VIEWERS:-2000}" --rate "${RATE:-500}" --seconds 30
python3 - "$raw" <<'PY'
import json, re, sys, pathlib
raw = int(sys.argv[1])
runs = ["marks-single", "marks-cluster", "outbox-single", "outbox-cluster", "viewers-single", "viewers-cluster"]
data = {r: json.loads(pathlib.Path(f".run/table/{r}.json").read_text()) for r in runs}
memory = {}
for r in runs:
    rows = re.findall(r"\| (Competitions\.\w+) \(pid \d+\) \| (\d+) MiB \|", pathlib.Path(f".run/table/{r}.md").read_text())
    memory[r] = ", ".join(f"{name.split('.')[1].lower()} {mib}" for name, mib in rows) + " MiB"
def get(r, key): return data[r].get(key, "–")
print(f"Raw single-row durable inserts (pgbench, 32 clients, ledger row shape): {raw:,}/s\n")
print("| measure | 1 silo, 1 web | 3 silos, 2 web |")
print("|---|---|---|")
for label, r1, r2, key in [
    ("durable marks/s, one mark per request (64 tablets)", "marks-single", "marks-cluster", "durable marks/s"),
    ("ack latency p50 / p99", "marks-single", "marks-cluster", "ack latency p50 / p99"),
    ("durable marks/s, outbox batches (64 tablets)", "outbox-single", "outbox-cluster", "durable marks/s"),
    ("ack latency p50 / p99 of a batch", "outbox-single", "outbox-cluster", "ack latency p50 / p99"),
    ("viewers held", "viewers-single", "viewers-cluster", "viewers still connected"),
    ("marks/s acknowledged under viewers", "viewers-single", "viewers-cluster", "marks/s acknowledged"),
    ("push latency p50 / p99", "viewers-single", "viewers-cluster", "mark-to-viewer push latency p50 / p99"),
    ("PostgreSQL statements from viewers (10 s)", "viewers-single", "viewers-cluster", "PostgreSQL statements in 10 s of viewers only"),
]:
    print(f"| {label} | {get(r1, key)} | {get(r2, key)} |")
print(f"| memory per process (marks run) | {memory['marks-single']} | {memory['marks-cluster']} |")
ratio = lambda r: int(get(r, "durable marks/s").replace(",", "")) / raw
print(f"| marks/s ÷ raw insert limit, one mark per request | {ratio('marks-single'):.0%} | {ratio('marks-cluster'):.0%} |")
print(f"| marks/s ÷ raw insert limit, outbox batches | {ratio('outbox-single'):.0%} | {ratio('outbox-cluster'):.0%} |")
PY
echo
echo "The whole demo contest at full size, 1 silo and 1 web node:"
SKIP_BUILD=1 scripts/benchmark-scale.sh | sed -n '/^| measure/,$p'
