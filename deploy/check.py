#!/usr/bin/env python3
"""Checks the deployment files without a container engine or cluster (scripts/check-deploy.sh runs it; systemd-analyze
is run there too). Prints one line per problem and exits non-zero if there is any.

  images      base images pinned to exact versions, the silo on the runtime its runtimeconfig needs, a numeric non-root
              USER, the PDF fonts installed in the web image, Node in the range package.json's engines names
  context     .dockerignore at the repository root keeping local state and build output out of the build context
  compose     services build from existing Dockerfiles, pinned images, forwarded headers trusted from nginx's network
  kubernetes  probes (startup, readiness, liveness) on paths the hosts serve, security contexts, a writable /tmp,
              requests and limits, silos spread over nodes, a PodDisruptionBudget per Deployment, no :latest
  shutdown    host shutdown timeout < systemd TimeoutStopSec and compose stop_grace_period < Kubernetes grace period
  systemd     hardening directives present, and not MemoryDenyWriteExecute (the .NET JIT needs W+X memory)
  nginx       braces, WebSocket upgrade, X-Forwarded-For and X-Forwarded-Proto in every proxied location
  docs        every setting the deploy files set is in deploy/README.md's table

`check.py ROOT` checks another copy of the repository (the self-test breaks copies on purpose)."""
import json
import pathlib
import re
import sys

import yaml

repo = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else pathlib.Path(__file__).resolve().parent.parent).resolve()
root = repo / "deploy"
problems = []
RUN_AS = 1654  # the 'app' user of Microsoft's .NET images


def problem(text):
    problems.append(text)


def pinned(image, exact_parts):
    """An image pinned by digest, or by a tag whose version has at least exact_parts numbers (10.0 floats, 10.0.12 not)."""
    if "@sha256:" in image:
        return True
    name, _, tag = image.rpartition(":") if ":" in image.split("/")[-1] else (image, "", "")
    version = tag.split("-")[0].split(".")
    return bool(tag) and tag != "latest" and all(p.isdigit() for p in version) and len(version) >= exact_parts


def version_tuple(text):
    return tuple(int(p) for p in text.split("."))


def satisfies(version, engines):
    """package.json engines ranges of the form '^a.b.c || >=x.y.z'."""
    for alternative in (a.strip() for a in engines.split("||")):
        match = re.fullmatch(r"(\^|>=)(\d+\.\d+\.\d+)", alternative)
        if not match:
            problem(f"package.json engines.node: cannot read '{alternative}'")
            return False
        want = version_tuple(match.group(2))
        if version >= want and (match.group(1) == ">=" or version[0] == want[0]):
            return True
    return False


def seconds(duration):
    """Compose durations ('30s', '1m30s') and plain numbers."""
    if isinstance(duration, (int, float)):
        return float(duration)
    parts = re.findall(r"(\d+(?:\.\d+)?)(ms|s|m|h)", str(duration))
    if not parts:
        return float(duration)
    return sum(float(n) * {"ms": 0.001, "s": 1, "m": 60, "h": 3600}[unit] for n, unit in parts)


# --- images -----------------------------------------------------------------------------------------------------------
INSTRUCTIONS = {"FROM", "RUN", "CMD", "LABEL", "EXPOSE", "ENV", "ADD", "COPY", "ENTRYPOINT", "VOLUME", "USER",
                "WORKDIR", "ARG", "ONBUILD", "STOPSIGNAL", "HEALTHCHECK", "SHELL"}


def dockerfile_stages(path):
    """[(base image, [instruction lines])] per stage, continuation lines joined."""
    text = re.sub(r"\\\n", " ", "\n".join(l for l in path.read_text().splitlines() if not l.lstrip().startswith("#")))
    lines = [l.strip() for l in text.splitlines() if l.strip()]
    stages, names = [], set()
    for number, line in enumerate(lines):
        instruction = line.split()[0].upper()
        if instruction not in INSTRUCTIONS:
            problem(f"{path.name}: unknown instruction '{instruction}'")
        if number == 0 and instruction not in {"FROM", "ARG"}:
            problem(f"{path.name}: must start with FROM")
        if instruction == "FROM":
            words = line.split()
            image = next(w for w in words[1:] if not w.startswith("--"))
            if image.lower() not in names:
                exact = 3 if image.startswith("mcr.microsoft.com/dotnet/") else 2
                if not pinned(image, exact):
                    problem(f"{path.name}: base image {image} is not pinned to an exact version")
            if len(words) >= 4 and words[-2].upper() == "AS":
                names.add(words[-1].lower())
            stages.append((image, []))
        elif stages:
            stages[-1][1].append(line)
        match = re.search(r"--from=(\S+)", line)
        if match and match.group(1).lower() not in names:
            problem(f"{path.name}: COPY --from={match.group(1)} names no earlier stage")
    if not lines or lines[-1].split()[0].upper() not in {"ENTRYPOINT", "CMD"}:
        problem(f"{path.name}: should end with ENTRYPOINT or CMD")
    return stages


dockerfiles = {p.name: dockerfile_stages(p) for p in sorted(root.glob("docker/*.Dockerfile"))}
for name, stages in dockerfiles.items():
    if not stages:
        continue
    users = [l.split()[1] for l in stages[-1][1] if l.split()[0].upper() == "USER"]
    if not users:
        problem(f"{name}: the final image runs as root (no USER)")
    elif not users[-1].isdigit() or int(users[-1]) == 0:
        problem(f"{name}: USER {users[-1]} must be a non-root number (runAsNonRoot cannot verify a name); use {RUN_AS}")

for host, dockerfile in (("Silo", "silo.Dockerfile"), ("Web", "web.Dockerfile")):
    stages = dockerfiles.get(dockerfile)
    if not stages:
        problem(f"docker/{dockerfile} is missing")
        continue
    build = next((image for image, _ in stages if "/dotnet/sdk:" in image), None)
    if build is None:
        problem(f"{dockerfile}: no .NET SDK build stage")
    final = stages[-1][0]
    csproj = (repo / f"src/{host}/Competitions.{host}.csproj").read_text()
    needs_aspnet = host == "Web" or "Microsoft.AspNetCore.App" in csproj
    if needs_aspnet and "/dotnet/aspnet:" not in final:
        problem(f"{dockerfile}: the {host} host needs Microsoft.AspNetCore.App, so its runtime image must be dotnet/aspnet, not {final}")

fonts = (repo / "src/Web/Exports/ExportFontFiles.cs").read_text()
web_final = "\n".join(dockerfiles.get("web.Dockerfile", [("", [])])[-1][1])
for package in sorted(set(re.findall(r"package (fonts-[a-z0-9-]+)", fonts))):
    if not re.search(rf"apt-get install[^\n]*\b{package}\b", web_final):
        problem(f"web.Dockerfile: the final image does not install {package}, which PDF exports need")
for font in sorted(set(re.findall(r'"(/usr/share/fonts/[^"]+)"', fonts))):
    if f"test -f {font}" not in web_final:
        problem(f"web.Dockerfile: the final image does not check that {font} exists (PDF exports read it)")

package_json = json.loads((repo / "src/Web/ClientApp/package.json").read_text())
engines = package_json.get("engines", {}).get("node")
if not engines:
    problem("src/Web/ClientApp/package.json: no engines.node (the Node.js range Vite needs)")
for image, _ in dockerfiles.get("web.Dockerfile", []):
    match = re.match(r"node:(\d+\.\d+\.\d+)", image)
    if match and engines and not satisfies(version_tuple(match.group(1)), engines):
        problem(f"web.Dockerfile: {image} does not satisfy package.json engines.node {engines}")

# --- context ----------------------------------------------------------------------------------------------------------
ignore = repo / ".dockerignore"
if not ignore.exists():
    problem(".dockerignore is missing at the repository root (the build context would carry .pgdata/ and .run/)")
else:
    entries = {l.strip().removeprefix("**/").removeprefix("/").rstrip("/")
               for l in ignore.read_text().splitlines() if l.strip() and not l.startswith("#")}
    for required in (".pgdata", ".run", "bin", "obj", "node_modules", "dist", ".git"):
        if required not in entries:
            problem(f".dockerignore: does not keep {required} out of the build context")

# --- compose ----------------------------------------------------------------------------------------------------------
compose = yaml.safe_load((root / "docker-compose.yml").read_text())
services = compose.get("services", {})
for name, service in services.items():
    if "image" not in service and "build" not in service:
        problem(f"docker-compose.yml: service {name} has neither image nor build")
    if "image" in service and not pinned(service["image"], 2):
        problem(f"docker-compose.yml: service {name}'s image {service['image']} is not pinned to a version")
    build = service.get("build")
    if isinstance(build, dict):
        dockerfile = (root / build.get("context", ".") / build.get("dockerfile", "Dockerfile")).resolve()
        if not dockerfile.exists():
            problem(f"docker-compose.yml: service {name} builds from missing {dockerfile}")
    for volume in service.get("volumes", []):
        source = volume.split(":")[0]
        if source.startswith(".") and not (root / source).exists():
            problem(f"docker-compose.yml: service {name} mounts missing {source}")
for expected in ("postgres", "silo", "web", "proxy"):
    if expected not in services:
        problem(f"docker-compose.yml: no {expected} service")


def subnets(network_names):
    found = set()
    for network in network_names:
        for config in ((compose.get("networks") or {}).get(network) or {}).get("ipam", {}).get("config", []):
            found.add(config.get("subnet"))
    return found


web_env = services.get("web", {}).get("environment", {})
proxy_networks = services.get("proxy", {}).get("networks", ["default"])
trusted = web_env.get("ForwardedHeaders__KnownNetworks__0")
if not trusted or trusted not in subnets(proxy_networks):
    problem("docker-compose.yml: web must trust forwarded headers from nginx's network "
            "(ForwardedHeaders__KnownNetworks__0 = the subnet of a network the proxy is on)")

# --- kubernetes -------------------------------------------------------------------------------------------------------
served = {"silo": (repo / "src/Silo/Health/SiloHealthEndpoint.cs"), "web": (repo / "src/Web/Program.cs")}
kinds, deployments, budgets = [], {}, []
for manifest in sorted(root.glob("kubernetes/*.yaml")):
    for document in yaml.safe_load_all(manifest.read_text()):
        if not document:
            continue
        for field in ("apiVersion", "kind", "metadata"):
            if field not in document:
                problem(f"{manifest.name}: an object lacks {field}")
        kind, name = document.get("kind"), document.get("metadata", {}).get("name")
        kinds.append(kind)
        if not name:
            problem(f"{manifest.name}: {kind} without a name")
        if kind == "Deployment":
            deployments[name] = (manifest.name, document)
        if kind == "PodDisruptionBudget":
            budgets.append(document["spec"])
for expected in ("Deployment", "PodDisruptionBudget", "Service", "Role", "RoleBinding", "ServiceAccount"):
    if expected not in kinds:
        problem(f"kubernetes: no {expected}")


def env_of(container):
    return {e["name"]: e.get("value") for e in container.get("env", [])}


for name, (file, deployment) in deployments.items():
    spec = deployment["spec"]
    pod = spec["template"]["spec"]
    labels = spec["template"]["metadata"]["labels"]
    where = f"{file}: {name}"
    if any(labels.get(k) != v for k, v in spec["selector"]["matchLabels"].items()):
        problem(f"{where}'s selector does not match its pod labels")
    budget = [b for b in budgets if all(labels.get(k) == v for k, v in b["selector"]["matchLabels"].items())]
    if not budget:
        problem(f"{where} has no PodDisruptionBudget")
    elif "minAvailable" in budget[0] and int(budget[0]["minAvailable"]) >= int(spec.get("replicas", 1)):
        problem(f"{where}'s PodDisruptionBudget allows no disruption at all (minAvailable >= replicas)")
    pod_security = pod.get("securityContext", {})
    if pod_security.get("runAsNonRoot") is not True or pod_security.get("runAsUser") != RUN_AS:
        problem(f"{where}: pod securityContext needs runAsNonRoot: true and runAsUser: {RUN_AS}")
    if pod_security.get("seccompProfile", {}).get("type") != "RuntimeDefault":
        problem(f"{where}: pod securityContext needs seccompProfile RuntimeDefault")
    empty_dirs = {v["name"] for v in pod.get("volumes", []) if "emptyDir" in v}
    host = "silo" if "silo" in name else "web"
    for container in pod["containers"]:
        cname = f"{where}/{container['name']}"
        if not pinned(container.get("image", ""), 2):
            problem(f"{cname}: image {container.get('image')} is not a versioned tag (never latest)")
        for probe in ("startupProbe", "readinessProbe", "livenessProbe"):
            if probe not in container:
                problem(f"{cname} has no {probe}")
                continue
            path = container[probe].get("httpGet", {}).get("path")
            if not path:
                problem(f"{cname}: {probe} must ask the host over HTTP (/health/…), not only a TCP port")
            elif f'"{path}"' not in served[host].read_text():
                problem(f"{cname}: {probe} asks {path}, which {served[host].name} does not serve")
        if host == "silo":
            ports = {p["name"]: p["containerPort"] for p in container.get("ports", [])}
            probe_port = container.get("readinessProbe", {}).get("httpGet", {}).get("port")
            health = env_of(container).get("Orleans__HealthPort")
            if probe_port not in ports or str(ports[probe_port]) != str(health):
                problem(f"{cname}: probes must use the port Orleans__HealthPort sets ({health})")
        security = container.get("securityContext", {})
        if security.get("allowPrivilegeEscalation") is not False:
            problem(f"{cname}: securityContext needs allowPrivilegeEscalation: false")
        if security.get("readOnlyRootFilesystem") is not True:
            problem(f"{cname}: securityContext needs readOnlyRootFilesystem: true")
        if "ALL" not in security.get("capabilities", {}).get("drop", []):
            problem(f"{cname}: securityContext must drop ALL capabilities")
        if not any(m["mountPath"] == "/tmp" and m["name"] in empty_dirs for m in container.get("volumeMounts", [])):
            problem(f"{cname}: a read-only root needs an emptyDir mounted at /tmp")
        resources = container.get("resources", {})
        for part, keys in (("requests", ("cpu", "memory")), ("limits", ("cpu", "memory"))):
            for key in keys:
                if key not in resources.get(part, {}):
                    problem(f"{cname}: no resources.{part}.{key}")
        if host == "web" and not any(k.startswith("ForwardedHeaders__Known") for k in env_of(container)):
            problem(f"{cname}: no ForwardedHeaders__KnownNetworks__0 / KnownProxies__0 (the ingress's addresses)")
    if host == "silo":
        spread = pod.get("topologySpreadConstraints", [])
        keys = {c["topologyKey"] for c in spread if all(labels.get(k) == v for k, v in c["labelSelector"]["matchLabels"].items())}
        if "kubernetes.io/hostname" not in keys:
            problem(f"{where}: no topologySpreadConstraints over kubernetes.io/hostname for its own pods")
        if "topology.kubernetes.io/zone" not in keys:
            problem(f"{where}: no topologySpreadConstraints over topology.kubernetes.io/zone for its own pods")

# --- shutdown ---------------------------------------------------------------------------------------------------------
SETTING = "Host:ShutdownTimeoutSeconds"
units = {p.name: p for p in sorted(root.glob("systemd/*.service"))}


def unit_settings(path):
    settings = {}
    for line in path.read_text().splitlines():
        if "=" in line and not line.lstrip().startswith(("#", "[")):
            key, _, value = line.partition("=")
            settings.setdefault(key.strip(), []).append(value.strip())
    return settings


for host in ("silo", "web"):
    source = host.capitalize()
    program = (repo / f"src/{source}/Program.cs").read_text()
    if f'"{SETTING}"' not in program or "ShutdownTimeout" not in program:
        problem(f"src/{source}/Program.cs does not set HostOptions.ShutdownTimeout from {SETTING}")
    default = json.loads((repo / f"src/{source}/appsettings.json").read_text()).get("Host", {}).get("ShutdownTimeoutSeconds")
    if default is None:
        problem(f"src/{source}/appsettings.json: no Host.ShutdownTimeoutSeconds")
        continue
    override = SETTING.replace(":", "__")

    compose_env = services.get(host, {}).get("environment", {})
    host_timeout = float(compose_env.get(override, default))
    grace = services.get(host, {}).get("stop_grace_period")
    compose_grace = seconds(grace) if grace is not None else 10.0  # compose's default
    if compose_grace <= host_timeout:
        problem(f"docker-compose.yml: {host}'s stop_grace_period ({compose_grace:g} s) must exceed its shutdown timeout ({host_timeout:g} s)")

    unit = units.get(f"competitions-{host}@.service")
    systemd_stop = None
    if unit is None:
        problem(f"systemd: no competitions-{host}@.service")
    else:
        settings = unit_settings(unit)
        host_timeout = float(next((e.split("=", 1)[1] for e in settings.get("Environment", []) if e.startswith(override + "=")), default))
        if "TimeoutStopSec" not in settings:
            problem(f"{unit.name}: no TimeoutStopSec (systemd's 90 s default is not what the hosts plan for)")
        else:
            systemd_stop = seconds(settings["TimeoutStopSec"][-1])
            if systemd_stop <= host_timeout:
                problem(f"{unit.name}: TimeoutStopSec ({systemd_stop:g} s) must exceed the shutdown timeout ({host_timeout:g} s)")

    for name, (file, deployment) in deployments.items():
        if host not in name:
            continue
        pod = deployment["spec"]["template"]["spec"]
        grace = pod.get("terminationGracePeriodSeconds", 30)
        for container in pod["containers"]:
            host_timeout = float(env_of(container).get(override) or default)
            pre_stop = container.get("lifecycle", {}).get("preStop", {}).get("sleep", {}).get("seconds", 0)
            if pre_stop + host_timeout >= grace:
                problem(f"{file}: {name}'s terminationGracePeriodSeconds ({grace}) must exceed preStop ({pre_stop} s) plus the shutdown timeout ({host_timeout:g} s)")
        for outer, value in (("systemd TimeoutStopSec", systemd_stop), ("compose stop_grace_period", compose_grace)):
            if value is not None and value >= grace:
                problem(f"{file}: {name}'s terminationGracePeriodSeconds ({grace}) must exceed {outer} ({value:g} s), the order deploy/README.md explains")

# --- systemd ----------------------------------------------------------------------------------------------------------
HARDENING = {
    "NoNewPrivileges": "yes", "ProtectSystem": "strict", "ProtectHome": "yes", "PrivateTmp": "yes",
    "PrivateDevices": "yes", "ProtectKernelTunables": "yes", "ProtectKernelModules": "yes", "ProtectKernelLogs": "yes",
    "ProtectControlGroups": "yes", "RestrictNamespaces": "yes", "LockPersonality": "yes", "CapabilityBoundingSet": "",
    "SystemCallArchitectures": "native", "UMask": "0077",
}
for unit in units.values():
    settings = unit_settings(unit)
    for key, value in HARDENING.items():
        if settings.get(key, [None])[-1] != value:
            problem(f"{unit.name}: needs {key}={value}")
    families = set(settings.get("RestrictAddressFamilies", [""])[-1].split())
    if families != {"AF_INET", "AF_INET6", "AF_UNIX"}:
        problem(f"{unit.name}: needs RestrictAddressFamilies=AF_INET AF_INET6 AF_UNIX")
    if not settings.get("User") and settings.get("DynamicUser", ["no"])[-1] != "yes":
        problem(f"{unit.name}: needs a dedicated User= or DynamicUser=yes")
    if settings.get("MemoryDenyWriteExecute", ["no"])[-1] in ("yes", "true", "1"):
        problem(f"{unit.name}: MemoryDenyWriteExecute=yes stops the .NET JIT (it needs writable, executable memory)")
    if "silo" in unit.name and "Orleans__HealthPort" not in " ".join(settings.get("ExecStart", [])):
        problem(f"{unit.name}: instances must get their own Orleans__HealthPort, or the second silo cannot start")

# --- nginx ------------------------------------------------------------------------------------------------------------
nginx = (root / "nginx.conf").read_text()
if nginx.count("{") != nginx.count("}"):
    problem("nginx.conf: unbalanced braces")
if "Upgrade" not in nginx:
    problem("nginx.conf: WebSocket upgrade headers missing")
# A location's own proxy_set_header lines replace the server's, so each proxied location must send both.
for location in re.findall(r"location[^{]*\{[^}]*\}", nginx):
    if "proxy_pass" in location:
        for header in ("X-Forwarded-For", "X-Forwarded-Proto"):
            if f"proxy_set_header {header}" not in location:
                problem(f"nginx.conf: '{location.splitlines()[0].strip()}' does not send {header}")

# --- docs -------------------------------------------------------------------------------------------------------------
table = "\n".join(l for l in (root / "README.md").read_text().splitlines() if l.startswith("|"))
deploy_text = "\n".join(p.read_text() for p in [root / "docker-compose.yml", *root.glob("kubernetes/*.yaml"),
                                                 *root.glob("systemd/*.service"), *root.glob("docker/*.Dockerfile")])
for variable in sorted(set(re.findall(r"\b([A-Z][A-Za-z]+__[A-Za-z]+(?:__[A-Za-z0-9]+)*)", deploy_text))):
    if f"`{variable}`" not in table and f"`{re.sub(r'__0$', '', variable)}" not in table:
        problem(f"deploy/README.md: the table does not explain {variable}")

for line in problems:
    print(line)
print(f"deploy: {len(problems)} problems")
sys.exit(1 if problems else 0)
