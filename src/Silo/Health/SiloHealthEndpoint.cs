using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Competitions.Silo.Health;

/// <summary>
/// <c>/health/live</c> and <c>/health/ready</c> on a small HTTP listener of its own (<c>Orleans:HealthPort</c>, 0 turns
/// it off), so probes and load balancers need neither the Orleans protocol nor a guess from an open TCP port. Ready
/// means this silo is Active in the cluster membership: a silo still joining, or already shutting down, answers 503 and
/// is not counted as capacity. Registered before Orleans, so it answers while the silo joins and stops after it.
/// </summary>
public sealed class SiloHealthEndpoint(ISiloStatusOracle membership, IConfiguration configuration) : IHostedService, IAsyncDisposable
{
    public const int DefaultPort = 8081;

    private WebApplication? _app;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var orleans = configuration.GetSection("Orleans");
        var port = orleans.GetValue("HealthPort", DefaultPort);
        if (port == 0)
        {
            return;
        }

        // Loopback unless the silo listens on every address anyway (containers), where probes come from outside; any
        // address means IPv6 too, for IPv6-only pod networks.
        var anyAddress = orleans.GetValue("ListenOnAnyHostAddress", false);
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            if (anyAddress)
            {
                kestrel.ListenAnyIP(port);
            }
            else
            {
                kestrel.Listen(IPAddress.Loopback, port);
            }
        });
        builder.Services.AddRoutingCore();
        var app = builder.Build();
        app.MapGet("/health/live", () => "live");
        app.MapGet("/health/ready", () => membership.CurrentStatus == SiloStatus.Active
            ? Results.Text("ready")
            : Results.Text($"silo is {membership.CurrentStatus}", statusCode: StatusCodes.Status503ServiceUnavailable));
        _app = app;
        await app.StartAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => _app?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    public ValueTask DisposeAsync() => _app?.DisposeAsync() ?? ValueTask.CompletedTask;
}
