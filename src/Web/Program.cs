using System.Threading.RateLimiting;
using Competitions.Contracts;
using Competitions.Web.Api;
using Competitions.Web.Hosting;
using Competitions.Web.Json;
using Competitions.Web.Live;
using Competitions.Web.OpenApi;
using Competitions.Web.Problems;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using Orleans.Dashboard;

var builder = WebApplication.CreateBuilder(args);
// Shutdown (draining requests and SignalR connections) must end before systemd or Kubernetes kills the process; the
// grace periods in deploy/ are longer than this, and scripts/check-deploy.sh checks their order.
builder.Services.Configure<HostOptions>(options =>
    options.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Host:ShutdownTimeoutSeconds", 25)));

builder.AddCompetitionsOrleansClient();
builder.Services.AddCompetitionsForwardedHeaders(builder.Configuration);
builder.Services.AddCompetitionsDataProtection(builder.Configuration);
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = ProblemCodes.AddMissingCode);
builder.Services.AddExceptionHandler<CompetitionProblemHandler>();
builder.Services.AddCompetitionsOpenApi();
builder.Services.ConfigureHttpJsonOptions(options => StrictJson.Configure(options.SerializerOptions));
// A body that cannot be read (bad JSON, a refused value, too large) reaches CompetitionProblemHandler, which answers
// with a problem naming the reason, instead of an empty 400.
builder.Services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);

builder.Services.AddCompetitionsAuthentication(builder.Configuration);
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ContestOrganizerRequirement>();
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ContestStaffRequirement>();
builder.Services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, ContestRoleHandler>();
builder.Services.AddAuthorizationBuilder()
    // An endpoint that forgets to say who may call it is closed, not open (public ones say AllowAnonymous).
    .SetFallbackPolicy(new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
    .AddPolicy(Policies.Organizer, policy => policy.AddRequirements(new ContestOrganizerRequirement()))
    .AddPolicy(Policies.AccountHolder, policy => policy.RequireClaim(CompetitionClaims.Role, CompetitionClaims.OrganizerRole, CompetitionClaims.ArbitratorRole, CompetitionClaims.TeamLeaderRole))
    .AddPolicy(Policies.Arbitration, policy => policy.AddRequirements(new ContestRoleRequirement(CompetitionClaims.ArbitratorRole)))
    .AddPolicy(Policies.AppealReaders, policy => policy.AddRequirements(new ContestRoleRequirement(CompetitionClaims.ArbitratorRole, CompetitionClaims.OrganizerRole, CompetitionClaims.TeamLeaderRole)))
    .AddPolicy(Policies.TeamLeader, policy => policy.AddRequirements(new ContestRoleRequirement(CompetitionClaims.TeamLeaderRole)))
    .AddPolicy(Policies.Administrator, policy => policy.RequireClaim(CompetitionClaims.Administrator, "true"))
    .AddPolicy(Policies.Judge, policy => policy.RequireClaim(CompetitionClaims.Role, CompetitionClaims.JudgeRole))
    .AddPolicy(Policies.Staff, policy => policy.AddRequirements(new ContestStaffRequirement()));

// Public endpoints: limits per route and client address (PublicRateLimits), and a one-second output cache in front of
// the grains. Client addresses are the real ones behind a configured proxy (ForwardedHeadersSetup).
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddPublicPolicies(builder.Configuration);
    // Password guessing: a few tries per minute per address; failing addresses also wait longer and longer (SignInThrottle).
    options.AddPolicy(AccountEndpoints.SignInRateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
        ClientAddresses.Of(http),
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = builder.Configuration.GetValue("Auth:SignInsPerMinute", 20),
            Window = TimeSpan.FromMinutes(1),
        }));
});
builder.Services.AddFrontEndCompression();
builder.Services.AddOutputCache(options => options.AddPolicy(PublicEndpoints.CachePolicy, policy => policy.Expire(TimeSpan.FromSeconds(1))));
builder.Services.AddSignalR().AddJsonProtocol(options => StrictJson.Configure(options.PayloadSerializerOptions));
// Metrics (see docs/architecture.md): Prometheus at /metrics. Traces only when an OTLP endpoint is configured:
// recording an activity for every request and grain call costs about a third of the marks/s on a small machine.
var telemetry = builder.Services.AddOpenTelemetry()
    .ConfigureResource(resource => resource.AddService("competitions-web"))
    .WithMetrics(metrics => metrics
        .AddMeter(Telemetry.MeterName, "Microsoft.Orleans")
        .AddAspNetCoreInstrumentation()
        .AddRuntimeInstrumentation()
        .AddPrometheusExporter());
if (!string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
{
    telemetry
        .WithTracing(tracing => tracing
            .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
            .AddAspNetCoreInstrumentation())
        .UseOtlpExporter();
}

builder.Services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster", tags: ["ready"]);
builder.Services.AddSingleton<PublicBoardDispatch>();
builder.Services.AddHostedService(services => services.GetRequiredService<PublicBoardDispatch>());
builder.Services.AddSingleton<LeaderboardFeed>();
builder.Services.AddHostedService(services => services.GetRequiredService<LeaderboardFeed>());
builder.Services.AddSingleton<StaffConnections>();
builder.Services.AddHostedService(services => services.GetRequiredService<StaffConnections>());

if (args is ["create-admin", var administrator, ..])
{
    return await CreateAdministratorCommand.RunAsync(builder, administrator);
}

var app = builder.Build();
app.WarnIfKeysUnencrypted();

// First, so everything after it (rate limits, cookies' Secure flag, logs) sees the real client and scheme.
app.UseForwardedHeaders();
app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseRequestBodyLimits();
app.UseRouteIdValidation();
app.UseFrontEnd();
app.UseAuthentication();
app.UseAuthorization();
app.UseCookieAntiforgery();
app.UseRateLimiter();
app.UseOutputCache();

app.MapOpenApi().AllowAnonymous();
app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Policies.Organizer);
// The Orleans Dashboard (silos, grains, calls per second): administrators only, since it shows every grain's state.
if (OrleansClientSetup.DashboardEnabled(app.Configuration))
{
    app.MapOrleansDashboard(routePrefix: "/dashboard").RequireAuthorization(Policies.Organizer).ExcludeFromDescription();
}
// Liveness: the process answers. Readiness: it can reach the cluster (load balancers and Kubernetes probes use both).
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapAccountEndpoints();
app.MapContestEndpoints();
app.MapEventEndpoints();
app.MapScoresheetEndpoints();
app.MapSessionEndpoints();
app.MapJudgeEndpoints();
app.MapPublicEndpoints();
app.MapImportEndpoints();
app.MapSchemeEndpoints();
app.MapRosterEndpoints();
app.MapDrawEndpoints();
app.MapExportEndpoints();
app.MapAppealEndpoints();
app.MapCheckInEndpoints();
app.MapAnnouncementEndpoints();
app.MapJudgeStatisticsEndpoints();
app.MapResultsNoticeEndpoints();
app.MapAdvancementEndpoints();
app.MapPersonRegistryEndpoints();
app.MapScheduleEndpoints();
// Anyone may connect (public boards); each hub method states who may call it.
app.MapHub<LiveHub>("/hubs/live").AllowAnonymous();
// The same hub for public pages on a path of its own, so a proxy can send the audience to web nodes of its own.
app.MapHub<LiveHub>("/hubs/public").AllowAnonymous();
app.MapGet("/", () => TypedResults.Redirect("/board/")).ExcludeFromDescription().AllowAnonymous();

await app.RunAsync();
return 0;

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
