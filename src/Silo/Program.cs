using Competitions.Contracts;
using Competitions.Silo;
using Competitions.Silo.Demo;
using Competitions.Silo.Health;
using Competitions.Silo.Schema;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

// appsettings.json sits beside the binary: scripts start the silo from the repository root, not its folder.
var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, ContentRootPath = AppContext.BaseDirectory });
var connectionString = builder.Configuration.GetConnectionString(CompetitionsSiloBuilder.ConnectionStringName)
    ?? throw new InvalidOperationException("No connection string: set ConnectionStrings__Competitions.");

// The schema must exist before Orleans reads its queries from OrleansQuery.
var applied = await SchemaMigrator.MigrateAsync(connectionString);
Console.WriteLine(applied.Count == 0 ? "Schema is up to date." : $"Applied schema migrations: {string.Join(", ", applied)}");

// Shutdown (leaving the cluster, deactivating grains) must end before systemd or Kubernetes kills the process; the
// grace periods in deploy/ are longer than this, and scripts/check-deploy.sh checks their order.
builder.Services.Configure<HostOptions>(options =>
    options.ShutdownTimeout = TimeSpan.FromSeconds(builder.Configuration.GetValue("Host:ShutdownTimeoutSeconds", 25)));

// Before Orleans, so probes get an answer (503) while the silo joins the cluster.
builder.Services.AddHostedService<SiloHealthEndpoint>();

var tracing = !string.IsNullOrEmpty(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]);
builder.UseOrleans(silo =>
{
    silo.AddCompetitionsCluster(builder.Configuration);
    if (tracing)
    {
        silo.AddActivityPropagation();
    }
});

// The silo's only HTTP is the health endpoint: its metrics (and traces) leave over OTLP when an endpoint is configured.
if (tracing)
{
    builder.Services.AddOpenTelemetry()
        .ConfigureResource(resource => resource.AddService("competitions-silo"))
        .WithMetrics(metrics => metrics.AddMeter(Telemetry.MeterName, "Microsoft.Orleans").AddRuntimeInstrumentation())
        .WithTracing(tracing => tracing.AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application"))
        .UseOtlpExporter();
}

// Registered after Orleans so it starts once the silo is up.
if (builder.Configuration.GetValue("Demo:Load", false))
{
    builder.Services.AddSingleton<DemoContestLoader>();
    builder.Services.AddSingleton<DemoMarkSimulator>();
    builder.Services.AddHostedService<DemoContestHostedService>();
}
await builder.Build().RunAsync();

/// <summary>
/// Internal on purpose: the dashboard brings ASP.NET Core's framework, whose generator would make this public, and the
/// tests reference this host and the web host, whose <c>Program</c> they use.
/// </summary>
internal partial class Program;
