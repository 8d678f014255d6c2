#!/usr/bin/env python3
"""Shows that every check in check.py can fail: breaks a copy of the deployment files (and the sources they are
checked against) in one way at a time and expects check.py to name the problem. A copy left as it is must pass.
Prints one line per break that went unnoticed and exits non-zero if there is any."""
import pathlib
import shutil
import subprocess
import sys
import tempfile

repo = pathlib.Path(__file__).resolve().parent.parent
FILES = [".dockerignore", "deploy", "src/Silo/Program.cs", "src/Silo/appsettings.json", "src/Silo/Competitions.Silo.csproj",
         "src/Silo/Health/SiloHealthEndpoint.cs", "src/Web/Program.cs", "src/Web/appsettings.json",
         "src/Web/Competitions.Web.csproj", "src/Web/Exports/ExportFontFiles.cs", "src/Web/ClientApp/package.json"]
SILO, WEB = "deploy/kubernetes/silo.yaml", "deploy/kubernetes/web.yaml"
SILO_UNIT = "deploy/systemd/competitions-silo@.service"

# (file, text to replace, replacement, what check.py must say)
BREAKS = [
    ("deploy/docker/silo.Dockerfile", "aspnet:10.0.12-noble", "aspnet:10.0", "is not pinned to an exact version"),
    ("deploy/docker/web.Dockerfile", "sdk:10.0.401-noble", "sdk:latest", "is not pinned to an exact version"),
    ("deploy/docker/web.Dockerfile", "node:22.22.2-bookworm-slim", "node:22", "is not pinned to an exact version"),
    ("deploy/docker/web.Dockerfile", "node:22.22.2-bookworm-slim", "node:20.18.1-bookworm-slim", "does not satisfy package.json engines"),
    ("deploy/docker/silo.Dockerfile", "dotnet/aspnet:10.0.12-noble", "dotnet/runtime:10.0.12-noble", "must be dotnet/aspnet"),
    ("deploy/docker/silo.Dockerfile", "USER 1654", "USER app", "must be a non-root number"),
    ("deploy/docker/web.Dockerfile", "USER 1654", "USER 0", "must be a non-root number"),
    ("deploy/docker/web.Dockerfile", "\nUSER 1654", "\n", "runs as root"),
    ("deploy/docker/web.Dockerfile", "fonts-droid-fallback fonts-dejavu-core", "fonts-dejavu-core", "does not install fonts-droid-fallback"),
    ("deploy/docker/web.Dockerfile", "test -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "true", "DejaVuSans-Bold.ttf exists"),
    (".dockerignore", "\n.pgdata/", "\n", "does not keep .pgdata"),
    (".dockerignore", "\n.run/", "\n", "does not keep .run"),
    (".dockerignore", "\n**/node_modules/", "\n", "does not keep node_modules"),
    (".dockerignore", "\n.git\n", "\n", "does not keep .git"),
    ("src/Web/ClientApp/package.json", '"engines"', '"engine"', "no engines.node"),
    ("deploy/docker-compose.yml", "postgres:15.13-bookworm", "postgres:latest", "is not pinned to a version"),
    ("deploy/docker-compose.yml", "stop_grace_period: 30s", "stop_grace_period: 20s", "stop_grace_period (20 s) must exceed"),
    ("deploy/docker-compose.yml", "ForwardedHeaders__KnownNetworks__0: 172.28.0.0/24", "ForwardedHeaders__KnownNetworks__0: 0.0.0.0/0", "trust forwarded headers from nginx's network"),
    (SILO, "startupProbe:", "startupProbeOff:", "has no startupProbe"),
    (WEB, "readinessProbe:", "readinessProbeOff:", "has no readinessProbe"),
    (SILO, "path: /health/live", "path: /healthz", "which SiloHealthEndpoint.cs does not serve"),
    (SILO, '- name: Orleans__HealthPort\n              value: "8081"', '- name: Orleans__HealthPort\n              value: "9091"', "must use the port Orleans__HealthPort sets"),
    (SILO, "runAsUser: 1654", "runAsUser: 0", "runAsUser: 1654"),
    (WEB, "type: RuntimeDefault", "type: Unconfined", "seccompProfile RuntimeDefault"),
    (WEB, "readOnlyRootFilesystem: true", "readOnlyRootFilesystem: false", "readOnlyRootFilesystem: true"),
    (SILO, "allowPrivilegeEscalation: false", "allowPrivilegeEscalation: true", "allowPrivilegeEscalation: false"),
    (SILO, "drop: [ALL]", "drop: [NET_RAW]", "must drop ALL capabilities"),
    (WEB, "mountPath: /tmp", "mountPath: /var/tmp", "an emptyDir mounted at /tmp"),
    (SILO, '              cpu: "2"\n', "", "no resources.limits.cpu"),
    (WEB, "              memory: 512Mi\n", "", "no resources.requests.memory"),
    (SILO, "topologyKey: kubernetes.io/hostname", "topologyKey: example.com/rack", "over kubernetes.io/hostname"),
    (SILO, "topologyKey: topology.kubernetes.io/zone", "topologyKey: example.com/rack", "over topology.kubernetes.io/zone"),
    (SILO, "kind: PodDisruptionBudget", "kind: ConfigMap", "has no PodDisruptionBudget"),
    (WEB, "  minAvailable: 1", "  minAvailable: 2", "allows no disruption at all"),
    (SILO, "image: competitions/silo:1.0.0", "image: competitions/silo:latest", "never latest"),
    (WEB, "ForwardedHeaders__KnownNetworks__0\n", "Forwarded__KnownNetworks__0\n", "no ForwardedHeaders__KnownNetworks__0"),
    (SILO, "terminationGracePeriodSeconds: 35", "terminationGracePeriodSeconds: 30", "must exceed systemd TimeoutStopSec"),
    (WEB, "seconds: 5", "seconds: 12", "must exceed preStop (12 s) plus the shutdown timeout"),
    (SILO_UNIT, "TimeoutStopSec=30", "TimeoutStopSec=20", "TimeoutStopSec (20 s) must exceed"),
    (SILO_UNIT, "TimeoutStopSec=30", "", "no TimeoutStopSec"),
    ("src/Web/appsettings.json", '"ShutdownTimeoutSeconds": 25', '"ShutdownTimeoutSeconds": 40', "must exceed its shutdown timeout (40 s)"),
    ("src/Silo/Program.cs", '"Host:ShutdownTimeoutSeconds"', '"Host:Shutdown"', "does not set HostOptions.ShutdownTimeout"),
    (SILO_UNIT, "ProtectSystem=strict", "ProtectSystem=full", "needs ProtectSystem=strict"),
    ("deploy/systemd/competitions-web@.service", "NoNewPrivileges=yes\n", "", "needs NoNewPrivileges=yes"),
    ("deploy/systemd/competitions-web@.service", "CapabilityBoundingSet=\n", "CapabilityBoundingSet=CAP_NET_BIND_SERVICE\n", "needs CapabilityBoundingSet="),
    (SILO_UNIT, "UMask=0077", "UMask=0022", "needs UMask=0077"),
    (SILO_UNIT, "AF_INET AF_INET6 AF_UNIX", "AF_INET AF_INET6 AF_UNIX AF_NETLINK", "needs RestrictAddressFamilies"),
    (SILO_UNIT, "UMask=0077\n", "UMask=0077\nMemoryDenyWriteExecute=yes\n", "MemoryDenyWriteExecute=yes stops the .NET JIT"),
    (SILO_UNIT, "User=competitions\n", "", "needs a dedicated User="),
    (SILO_UNIT, " Orleans__HealthPort=$$((8081 + %i))", "", "their own Orleans__HealthPort"),
    ("deploy/nginx.conf", "proxy_set_header X-Forwarded-Proto $scheme;\n        proxy_buffering off;", "proxy_buffering off;", "does not send X-Forwarded-Proto"),
    ("deploy/nginx.conf", "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n        proxy_set_header X-Forwarded-Proto $scheme;\n        proxy_set_header Upgrade", "proxy_set_header Upgrade", "does not send X-Forwarded-For"),
    ("deploy/README.md", "| `Orleans__HealthPort` |", "| health port |", "does not explain Orleans__HealthPort"),
]


def run(copy):
    result = subprocess.run([sys.executable, str(copy / "deploy/check.py"), str(copy)], capture_output=True, text=True)
    return result.returncode, result.stdout + result.stderr


def fresh_copy(target):
    for name in FILES:
        source, destination = repo / name, target / name
        destination.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, destination)
        else:
            shutil.copy2(source, destination)


failures = []
with tempfile.TemporaryDirectory() as work:
    pristine = pathlib.Path(work) / "pristine"
    fresh_copy(pristine)
    code, output = run(pristine)
    if code != 0:
        failures.append(f"the unbroken copy does not pass:\n{output}")
    for number, (name, old, new, expected) in enumerate(BREAKS):
        copy = pathlib.Path(work) / f"break-{number}"
        shutil.copytree(pristine, copy)
        path = copy / name
        text = path.read_text()
        if old not in text:
            failures.append(f"{name}: no '{old.strip()}' to break (update deploy/check_selftest.py)")
            continue
        path.write_text(text.replace(old, new, 1))
        code, output = run(copy)
        if code == 0 or expected not in output:
            failures.append(f"{name}: '{old.strip()}' -> '{new.strip()}' went unnoticed (expected '{expected}'; got: {output.strip()})")

for failure in failures:
    print(failure)
print(f"deploy self-test: {len(BREAKS)} breaks, {len(failures)} unnoticed")
sys.exit(1 if failures else 0)
