using System.Diagnostics;
using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Microsoft.Extensions.Logging;

namespace Competitions.Silo.Demo;

/// <summary>Enters a <see cref="DemoContest"/> through the grains, exactly as organizers would, and opens marking.</summary>
public sealed class DemoContestLoader(IGrainFactory grains, ILogger<DemoContestLoader> logger)
{
    /// <summary>Loads the contest unless it already exists; returns whether it loaded anything.</summary>
    /// <remarks>
    /// The contest is defined first because events and judges refuse to exist without it; a load interrupted after
    /// that point is therefore not resumed on restart.
    /// </remarks>
    public async Task<bool> LoadAsync(DemoContest demo, CancellationToken cancellationToken)
    {
        var contestId = demo.Contest.Id;
        var contest = grains.GetGrain<IContestGrain>(contestId);
        if (await contest.Exists())
        {
            logger.LogInformation("Demo contest {ContestId} already exists; nothing loaded", contestId);
            return false;
        }

        var stopwatch = Stopwatch.StartNew();
        await contest.Define(demo.Contest);

        // Every judge must exist before any event names him on a panel.
        await Parallel.ForEachAsync(
            demo.Judges,
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (judge, _) => await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judge.Id)).Define(judge));

        var organizer = Caller.Organizer("demo-loader");
        await Parallel.ForEachAsync(
            demo.Events,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (demoEvent, _) =>
            {
                var grain = grains.GetGrain<IEventGrain>(Keys.Event(contestId, demoEvent.Definition.Code));
                await grain.Define(demoEvent.Definition);
                await grain.SetScheme(demoEvent.Scheme);
                await grain.RegisterCompetitors(demoEvent.Competitors);
                await grain.SetPanels(demoEvent.Panels);
                await grain.ChangeStatus(organizer, EventStatus.Scoring);
            });

        logger.LogInformation(
            "Loaded demo contest {ContestId}: {EventCount} events, {CompetitorCount} competitors, {JudgeCount} judges in {Elapsed}",
            contestId, demo.Events.Count, demo.Events.Sum(e => e.Competitors.Count), demo.Judges.Count, stopwatch.Elapsed);
        return true;
    }
}
