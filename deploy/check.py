#!/usr/bin/env python3
"""Checks the deployment files without a container engine or cluster: YAML parses, compose services build from
existing Dockerfiles, Kubernetes objects are complete and probed, Dockerfiles are well formed, nginx braces balance.
Prints one line per problem and exits non-zero if there is any."""
import pathlib
import re
import sys

import yaml

root = pathlib.Path(__file__).resolve().parent
problems = []

INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
                "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}

for dockerfile in sorted(root.glob("docker/*.Dockerfile")):
    lines = [l for l in dockerfile.read_text().splitlines() if l.strip() and not l.lstrip().startswith("#")]
    stages = set()
    for number, line in enumerate(lines):
        instruction = line.split()[0].upper()
        if instruction not in INSTRUCTIONS:
            problems.append(f"{dockerfile.name}: unknown instruction '{instruction}'")
        if number == 0 and instruction not in {"FROM", "ARG"}:
            problems.append(f"{dockerfile.name}: must start with FROM")
        if instruction == "FROM" and " AS " in line.upper():
            stages.add(line.split()[-1].lower())
        match = re.search(r"--from=(\S+)", line)
        if match and match.group(1).lower() not in stages:
            problems.append(f"{dockerfile.name}: COPY --from={match.group(1)} names no earlier stage")
    if not lines or lines[-1].split()[0].upper() not in {"ENTRYPOINT", "CMD"}:
        problems.append(f"{dockerfile.name}: should end with ENTRYPOINT or CMD")

compose = yaml.safe_load((root / "docker-compose.yml").read_text())
for name, service in compose.get("services", {}).items():
    if "image" not in service and "build" not in service:
        problems.append(f"docker-compose.yml: service {name} has neither image nor build")
    build = service.get("build")
    if isinstance(build, dict):
        dockerfile = (root / build.get("context", ".") / build.get("dockerfile", "Dockerfile")).resolve()
        if not dockerfile.exists():
            problems.append(f"docker-compose.yml: service {name} builds from missing {dockerfile}")
    for volume in service.get("volumes", []):
        source = volume.split(":")[0]
        if source.startswith(".") and not (root / source).exists():
            problems.append(f"docker-compose.yml: service {name} mounts missing {source}")
for expected in ("postgres", "silo", "web", "proxy"):
    if expected not in compose.get("services", {}):
        problems.append(f"docker-compose.yml: no {expected} service")

kinds = []
for manifest in sorted(root.glob("kubernetes/*.yaml")):
    for document in yaml.safe_load_all(manifest.read_text()):
        if not document:
            continue
        for field in ("apiVersion", "kind", "metadata"):
            if field not in document:
                problems.append(f"{manifest.name}: an object lacks {field}")
        kind, name = document.get("kind"), document.get("metadata", {}).get("name")
        kinds.append(kind)
        if not name:
            problems.append(f"{manifest.name}: {kind} without a name")
        if kind == "Deployment":
            spec = document["spec"]
            labels = spec["template"]["metadata"]["labels"]
            if any(labels.get(k) != v for k, v in spec["selector"]["matchLabels"].items()):
                problems.append(f"{manifest.name}: {name}'s selector does not match its pod labels")
            for container in spec["template"]["spec"]["containers"]:
                for probe in ("readinessProbe", "livenessProbe"):
                    if probe not in container:
                        problems.append(f"{manifest.name}: container {container['name']} has no {probe}")
for expected in ("Deployment", "PodDisruptionBudget", "Service", "Role", "RoleBinding", "ServiceAccount"):
    if expected not in kinds:
        problems.append(f"kubernetes: no {expected}")

nginx = (root / "nginx.conf").read_text()
if nginx.count("{") != nginx.count("}"):
    problems.append("nginx.conf: unbalanced braces")
if "Upgrade" not in nginx:
    problems.append("nginx.conf: WebSocket upgrade headers missing")

for problem in problems:
    print(problem)
print(f"deploy: {len(problems)} problems")
sys.exit(1 if problems else 0)
