using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Competitions.Silo.Demo;

/// <summary>
/// With <c>Demo:Load=true</c>, loads the demo contest once the silo is up, and with <c>Demo:SimulateFraction</c> above
/// zero has judges mark that share of every event's sheets, so a newcomer sees a contest in progress. With
/// <c>Demo:Year=true</c> it then loads a year's programme too (<see cref="DemoYearGenerator"/>).
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

            if (configuration.GetValue("Demo:Year", false))
            {
                await LoadYearAsync(stoppingToken);
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

    /// <summary>
    /// The year's programme at <c>Demo:YearScale</c> of its 120,000 entrants; the preliminaries of the first
    /// <c>Demo:YearPublishedFinals</c> finals are marked in full, locked and published, so those finals have an
    /// advancement to review.
    /// </summary>
    private async Task LoadYearAsync(CancellationToken stoppingToken)
    {
        var year = DemoYearGenerator.Generate(scale: configuration.GetValue("Demo:YearScale", 0.1));
        if (!await loader.LoadAsync(year, stoppingToken))
        {
            return;
        }

        var finals = Math.Clamp(configuration.GetValue("Demo:YearPublishedFinals", 2), 0, DemoYearGenerator.FinalCount);
        var sources = Enumerable.Range(0, finals)
            .SelectMany(f => Enumerable.Range(0, DemoYearGenerator.VenueCount).Select(v => DemoYearGenerator.PreliminaryCode(v, f)))
            .ToHashSet(StringComparer.Ordinal);
        var published = year.Events.Where(e => sources.Contains(e.Definition.Code)).ToList();
        await simulator.RunAsync(
            year with { Events = published }, 1.0, seed: 1, configuration.GetValue("Demo:SimulateParallelism", 8), stoppingToken, disputes: false);
        await loader.PublishAsync(year.Contest.Id, published, stoppingToken);
    }
}
