# The silo host. Build from the repository root: docker build -f deploy/docker/silo.Dockerfile .
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Silo/Competitions.Silo.csproj -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0
WORKDIR /app
COPY --from=build /app .
# Silo-to-silo and client gateway ports; the silo advertises its container address (see CompetitionsSiloBuilder).
ENV Orleans__ListenOnAnyHostAddress=true
EXPOSE 11111 30000
USER app
ENTRYPOINT ["dotnet", "Competitions.Silo.dll"]
