# The silo host. Build from the repository root: docker build -f deploy/docker/silo.Dockerfile .
# Base images are pinned to exact versions so a rebuild gives the same runtime; raise them together with the SDK in
# global use (dotnet --version) and check with scripts/check-deploy.sh.
FROM mcr.microsoft.com/dotnet/sdk:10.0.401-noble AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Silo/Competitions.Silo.csproj -c Release -o /app

# The ASP.NET Core runtime, not the bare .NET one: the Orleans Dashboard's grains and the health endpoint use
# Microsoft.AspNetCore.App, which the silo's runtimeconfig.json requires.
FROM mcr.microsoft.com/dotnet/aspnet:10.0.12-noble
WORKDIR /app
COPY --from=build /app .
# Silo-to-silo, client gateway and health ports; the silo advertises its container address (see CompetitionsSiloBuilder)
# and the health endpoint listens on every address so probes from outside the container reach it.
ENV Orleans__ListenOnAnyHostAddress=true
EXPOSE 11111 30000 8081
# The image's 'app' user by number, so Kubernetes' runAsNonRoot can verify it without reading /etc/passwd.
USER 1654
ENTRYPOINT ["dotnet", "Competitions.Silo.dll"]
