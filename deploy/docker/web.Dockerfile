# The web host: HTTP API, SignalR and the built front end. Build from the repository root:
#   docker build -f deploy/docker/web.Dockerfile .
FROM node:20-bookworm AS frontend
WORKDIR /src/Web/ClientApp
COPY src/Web/ClientApp/package.json src/Web/ClientApp/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/Web/ClientApp/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Web/Competitions.Web.csproj -c Release -o /app -p:SkipClientApp=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY --from=frontend /src/Web/ClientApp/dist ./ClientApp/dist
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
USER app
# Probes use /health/live and /health/ready (the image has no curl; compose and Kubernetes probe over HTTP).
ENTRYPOINT ["dotnet", "Competitions.Web.dll"]
