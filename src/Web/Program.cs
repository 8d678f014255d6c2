using System.Text.Json.Serialization;
using System.Threading.RateLimiting;
using Competitions.Contracts;
using Competitions.Web.Api;
using Competitions.Web.Hosting;
using Competitions.Web.Live;
using Competitions.Web.Problems;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

var builder = WebApplication.CreateBuilder(args);

builder.AddCompetitionsOrleansClient();
builder.Services.AddProblemDetails();
builder.Services.AddExceptionHandler<CompetitionProblemHandler>();
builder.Services.AddOpenApi();
builder.Services.ConfigureHttpJsonOptions(options =>
{
    options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
    // A missing or null required field is a 400, never a null deep inside a grain.
    options.SerializerOptions.RespectNullableAnnotations = true;
    options.SerializerOptions.RespectRequiredConstructorParameters = true;
});

builder.Services.AddAuthentication(BearerTokenHandler.SchemeName)
    .AddScheme<BearerTokenOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, options =>
        options.OrganizerKeys = builder.Configuration.GetSection("Auth:OrganizerKeys").Get<string[]>() ?? []);
builder.Services.AddAuthorizationBuilder()
    .AddPolicy(Policies.Organizer, policy => policy.RequireClaim(CompetitionClaims.Role, CompetitionClaims.OrganizerRole))
    .AddPolicy(Policies.Judge, policy => policy.RequireClaim(CompetitionClaims.Role, CompetitionClaims.JudgeRole))
    .AddPolicy(Policies.Staff, policy => policy.RequireClaim(CompetitionClaims.Role, CompetitionClaims.OrganizerRole, CompetitionClaims.JudgeRole));

// Public endpoints: a fixed window per client address, and a one-second output cache in front of the grains.
builder.Services.AddRateLimiter(options =>
{
    options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
    options.AddPolicy(PublicEndpoints.RateLimitPolicy, http => RateLimitPartition.GetFixedWindowLimiter(
        http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
        _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = builder.Configuration.GetValue("Public:RequestsPerMinute", 600),
            Window = TimeSpan.FromMinutes(1),
        }));
});
builder.Services.AddOutputCache(options => options.AddPolicy(PublicEndpoints.CachePolicy, policy => policy.Expire(TimeSpan.FromSeconds(1))));
builder.Services.AddSignalR().AddJsonProtocol(options =>
{
    options.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter());
});
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
builder.Services.AddSingleton<LeaderboardFeed>();
builder.Services.AddHostedService(services => services.GetRequiredService<LeaderboardFeed>());

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseFrontEnd();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseOutputCache();

app.MapOpenApi();
app.MapPrometheusScrapingEndpoint("/metrics").RequireAuthorization(Policies.Organizer);
// Liveness: the process answers. Readiness: it can reach the cluster (load balancers and Kubernetes probes use both).
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains("ready") }).AllowAnonymous();
app.MapContestEndpoints();
app.MapEventEndpoints();
app.MapScoresheetEndpoints();
app.MapSessionEndpoints();
app.MapJudgeEndpoints();
app.MapPublicEndpoints();
app.MapExportEndpoints();
app.MapHub<LiveHub>("/hubs/live");
app.MapGet("/", () => TypedResults.Redirect("/board/")).ExcludeFromDescription();

app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
