using System.Diagnostics;
using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Domain.Workflow;
using Microsoft.Extensions.Logging;

namespace Competitions.Silo.Demo;

/// <summary>Enters a <see cref="DemoContest"/> through the grains, exactly as organizers would, and opens marking.</summary>
public sealed class DemoContestLoader(IGrainFactory grains, ILogger<DemoContestLoader> logger)
{
    /// <summary>
    /// Loads whatever part of the contest is not there yet, so a load cut short by a crash resumes on the next start;
    /// returns whether it loaded anything.
    /// </summary>
    public async Task<bool> LoadAsync(DemoContest demo, CancellationToken cancellationToken)
    {
        var contestId = demo.Contest.Id;
        var contest = grains.GetGrain<IContestGrain>(contestId);
        var stopwatch = Stopwatch.StartNew();
        var loaded = 0;
        if (!await contest.Exists())
        {
            await contest.Define(demo.Contest);
        }

        // Every judge must exist before any event names him on a panel.
        await Parallel.ForEachAsync(
            demo.Judges,
            new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken },
            async (judge, _) =>
            {
                var grain = grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judge.Id));
                if (!await grain.Exists())
                {
                    await grain.Define(judge);
                }
            });

        var organizer = Caller.Organizer("demo-loader");
        var known = (await contest.Get()).EventCodes.ToHashSet(StringComparer.Ordinal);
        await Parallel.ForEachAsync(
            demo.Events,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (demoEvent, _) =>
            {
                var grain = grains.GetGrain<IEventGrain>(Keys.Event(contestId, demoEvent.Definition.Code));
                // A later round's event stays in setup until its advancement brings its competitors.
                var laterRound = demoEvent.Competitors.Count == 0;
                if (known.Contains(demoEvent.Definition.Code) && (laterRound || (await grain.Get()).Status != EventStatus.Setup))
                {
                    return;
                }

                await grain.Define(demoEvent.Definition);
                await grain.SetScheme(demoEvent.Scheme);
                if (laterRound)
                {
                    await grain.SetPanels(demoEvent.Panels);
                }
                else
                {
                    await grain.RegisterCompetitors(demoEvent.Competitors);
                    await grain.SetPanels(demoEvent.Panels);
                    await grain.ChangeStatus(organizer, EventStatus.Scoring);
                }

                Interlocked.Increment(ref loaded);
            });

        if (loaded > 0)
        {
            logger.LogInformation(
                "Loaded demo contest {ContestId}: {EventCount} of {Events} events, {CompetitorCount} competitors, {JudgeCount} judges in {Elapsed}",
                contestId, loaded, demo.Events.Count, demo.Events.Sum(e => e.Competitors.Count), demo.Judges.Count, stopwatch.Elapsed);
        }

        return loaded > 0;
    }

    /// <summary>Locks and publishes events whose marks are all in, as the organizers close a round's events.</summary>
    public async Task PublishAsync(string contestId, IEnumerable<DemoEvent> events, CancellationToken cancellationToken)
    {
        var organizer = Caller.Organizer("demo-loader");
        await Parallel.ForEachAsync(
            events,
            new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken },
            async (demoEvent, _) =>
            {
                var grain = grains.GetGrain<IEventGrain>(Keys.Event(contestId, demoEvent.Definition.Code));
                await grain.ChangeStatus(organizer, EventStatus.Locked);
                await grain.ChangeStatus(organizer, EventStatus.Published);
            });
    }
}
