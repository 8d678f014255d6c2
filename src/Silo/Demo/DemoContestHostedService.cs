using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Competitions.Silo.Demo;

/// <summary>
/// With <c>Demo:Load=true</c>, loads the demo contest once the silo is up, and with <c>Demo:SimulateFraction</c> above
/// zero has judges mark that share of every event's sheets, so a newcomer sees a contest in progress.
/// </summary>
public sealed class DemoContestHostedService(
    DemoContestLoader loader, DemoMarkSimulator simulator, IConfiguration configuration, ILogger<DemoContestHostedService> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var demo = DemoContestGenerator.Generate();
        try
        {
            var loaded = await loader.LoadAsync(demo, stoppingToken);
            var fraction = configuration.GetValue("Demo:SimulateFraction", 0.0);
            // Only a freshly loaded contest is simulated: on later starts the marks are already in the ledger.
            if (loaded && fraction > 0)
            {
                await simulator.RunAsync(demo, fraction, seed: 1, configuration.GetValue("Demo:SimulateParallelism", 8), stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogError(e, "Loading the demo contest failed; restart the silo to resume it");
        }
    }
}
