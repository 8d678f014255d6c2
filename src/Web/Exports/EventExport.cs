using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Workflow;

namespace Competitions.Web.Exports;

/// <summary>What the exports of one event are made of, read from the grains at one moment.</summary>
public sealed record EventExport(
    ContestDefinition Contest,
    EventView Event,
    LeaderboardView Board,
    IReadOnlyList<CompetitorEntry> Roster,
    IReadOnlyDictionary<string, string> JudgeNames)
{
    public bool IsFinal => Event.Status is EventStatus.Locked or EventStatus.Published;

    public static async Task<EventExport> LoadAsync(IGrainFactory grains, string contestId, string eventCode)
    {
        var contest = await RequireEventAsync(grains, contestId, eventCode);
        var eventKey = Keys.Event(contestId, eventCode);
        var eventGrain = grains.GetGrain<IEventGrain>(eventKey);
        var view = await eventGrain.Get();
        var board = await grains.GetGrain<ILeaderboardGrain>(eventKey).Get();
        var roster = await eventGrain.GetRoster();
        var judgeIds = view.Panels.Panels.SelectMany(p => p.JudgeIds).Append(view.Panels.ChiefJudgeId).OfType<string>().Distinct(StringComparer.Ordinal);
        var judges = await Task.WhenAll(judgeIds.Select(async id =>
        {
            var judge = grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, id));
            return (id, name: await judge.Exists() ? (await judge.Get()).Name : id);
        }));
        return new(contest.Definition, view, board, roster, judges.ToDictionary(j => j.id, j => j.name, StringComparer.Ordinal));
    }

    /// <summary>The contest, if it has the event; NotFound otherwise (an unknown event must not activate empty grains).</summary>
    public static async Task<ContestView> RequireEventAsync(IGrainFactory grains, string contestId, string eventCode)
    {
        var contest = await grains.GetGrain<IContestGrain>(contestId).Get();
        return contest.EventCodes.Contains(eventCode, StringComparer.Ordinal)
            ? contest
            : throw CompetitionRuleException.NotFound("event-not-found", $"Contest {contestId} has no event {eventCode}.");
    }

    /// <summary>Results, score sheets and certificates are final documents: the event must be locked or published.</summary>
    public EventExport RequireFinal()
    {
        if (!IsFinal)
        {
            throw CompetitionRuleException.Conflict("event-not-final",
                $"Event {Event.Definition.Code} is {Event.Status}; exports are available once it is locked or published.");
        }

        return this;
    }

    public Task<ScoresheetView> SheetAsync(IGrainFactory grains, string competitorId) =>
        grains.GetGrain<IScoresheetGrain>(Keys.Scoresheet(Keys.Event(Event.ContestId, Event.Definition.Code), competitorId)).Get();

    public CompetitorEntry Competitor(string competitorId) =>
        Roster.FirstOrDefault(c => c.Id == competitorId)
        ?? throw CompetitionRuleException.NotFound("competitor-not-found", $"Event {Event.Definition.Code} has no competitor {competitorId}.");

    public string JudgeName(string judgeId) => JudgeNames.GetValueOrDefault(judgeId, judgeId);
}
