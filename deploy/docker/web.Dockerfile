# The web host: HTTP API, SignalR and the built front end. Build from the repository root:
#   docker build -f deploy/docker/web.Dockerfile .
# Base images are pinned to exact versions so a rebuild gives the same toolchain and runtime; Node must satisfy
# src/Web/ClientApp/package.json's "engines" (Vite's own requirement). scripts/check-deploy.sh checks both.
FROM node:22.22.2-bookworm-slim AS frontend
WORKDIR /src/Web/ClientApp
COPY src/Web/ClientApp/package.json src/Web/ClientApp/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY src/Web/ClientApp/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0.401-noble AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Web/Competitions.Web.csproj -c Release -o /app -p:SkipClientApp=true

FROM mcr.microsoft.com/dotnet/aspnet:10.0.12-noble
# PDF exports embed these TrueType fonts (src/Web/Exports/ExportFontFiles.cs): Droid Sans Fallback for Chinese, DejaVu
# Sans for Latin letters and digits. Without them every PDF export answers 500; the test -f fails the build instead.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-droid-fallback fonts-dejavu-core \
    && rm -rf /var/lib/apt/lists/* \
    && test -f /usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf \
    && test -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf \
    && test -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
WORKDIR /app
COPY --from=build /app .
COPY --from=frontend /src/Web/ClientApp/dist ./ClientApp/dist
ENV ASPNETCORE_URLS=http://+:8080
EXPOSE 8080
# The image's 'app' user by number, so Kubernetes' runAsNonRoot can verify it without reading /etc/passwd.
USER 1654
# Probes use /health/live and /health/ready (the image has no curl; compose and Kubernetes probe over HTTP).
ENTRYPOINT ["dotnet", "Competitions.Web.dll"]
