using Competitions.Contracts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Awards;
using Competitions.Domain.Ranking;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// Keeps the latest <see cref="Standing"/> of every competitor of an event in memory and re-ranks on each change.
/// It has no storage of its own: on activation (or after a configuration change) it asks every score sheet.
/// </summary>
public sealed class LeaderboardGrain : Grain, ILeaderboardGrain
{
    private readonly Dictionary<string, Standing> _standings = new(StringComparer.Ordinal);
    private Dictionary<string, CompetitorEntry> _roster = new(StringComparer.Ordinal);
    private EventDefinition? _definition;
    private IReadOnlyList<LeaderboardRow> _rows = [];
    private Task? _building;
    private long _version;

    private string EventKey => this.GetPrimaryKeyString();

    public async Task<LeaderboardView> Get()
    {
        await EnsureBuilt();
        return new LeaderboardView(EventKey, _version, _rows);
    }

    public async Task Update(Standing standing)
    {
        await EnsureBuilt();
        if (!_roster.ContainsKey(standing.CompetitorId))
        {
            // A sheet for a competitor this board has not seen yet: the roster changed, so start over.
            _building = null;
            await EnsureBuilt();
        }

        // Sheets report in ledger order, but a rebuild may have read a newer standing than a late update carries.
        if (_standings.TryGetValue(standing.CompetitorId, out var known) && known.Version > standing.Version)
        {
            return;
        }

        _standings[standing.CompetitorId] = standing;
        Rerank();
    }

    public Task Rebuild()
    {
        _building = null;
        return Task.CompletedTask;
    }

    private async Task EnsureBuilt()
    {
        _building ??= Build();
        try
        {
            await _building;
        }
        catch
        {
            _building = null;
            throw;
        }
    }

    private async Task Build()
    {
        var @event = GrainFactory.GetGrain<IEventGrain>(EventKey);
        var view = await @event.Get();
        var roster = await @event.GetRoster();
        var standings = await Task.WhenAll(roster.Select(c =>
            GrainFactory.GetGrain<IScoresheetGrain>(Keys.Scoresheet(EventKey, c.Id)).GetStanding()));

        _definition = view.Definition;
        _roster = roster.ToDictionary(c => c.Id, StringComparer.Ordinal);
        _standings.Clear();
        foreach (var standing in standings)
        {
            _standings[standing.CompetitorId] = standing;
        }

        Rerank();
    }

    private void Rerank()
    {
        var ranked = Ranker.Rank(
            _standings.Values.Select(s => new RankingEntry(s.CompetitorId, s.Total, s.Practical, s.CriterionScores, s.TimeUsed)),
            _definition!.TieBreakRules);
        var awards = AwardBands.Assign(ranked, _definition.AwardRule);
        _rows = [.. ranked.Select(r =>
        {
            var s = _standings[r.Entry.CompetitorId];
            var c = _roster[r.Entry.CompetitorId];
            return new LeaderboardRow(r.Rank, c.Id, c.Name, c.BlindCode, c.Organisation, c.Delegation, s.Theory, s.Practical,
                s.Total, awards[c.Id], s.IsComplete, s.MissingMarks, s.OpenDisputes, s.SpreadAlerts);
        })];
        _version++;
    }
}
