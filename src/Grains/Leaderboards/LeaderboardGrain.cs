using Competitions.Contracts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Awards;
using Competitions.Domain.Ranking;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// Keeps the latest <see cref="Standing"/> of every competitor of an event in memory and re-ranks on each change.
/// It has no storage of its own: on activation (or after a configuration change) it asks every score sheet.
/// Each change becomes a versioned delta pushed to the subscribed web nodes and kept for clients that reconnect.
/// </summary>
public sealed class LeaderboardGrain(ILogger<LeaderboardGrain> logger) : Grain, ILeaderboardGrain
{
    /// <summary>Enough for a viewer who lost the connection for a minute or two at a busy event.</summary>
    private const int KeptDeltas = 512;

    private readonly Dictionary<string, Standing> _standings = new(StringComparer.Ordinal);
    private readonly LinkedList<LeaderboardDelta> _deltas = new();
    private readonly ObserverManager<ILeaderboardObserver> _observers = new(TimeSpan.FromMinutes(2), logger);
    private readonly string _epoch = Guid.NewGuid().ToString("N")[..12];
    private Dictionary<string, CompetitorEntry> _roster = new(StringComparer.Ordinal);
    private EventDefinition? _definition;
    private IReadOnlyList<LeaderboardRow> _rows = [];
    private Task? _building;
    private long _version;

    private string EventKey => this.GetPrimaryKeyString();

    public async Task<LeaderboardView> Get()
    {
        await EnsureBuilt();
        return new LeaderboardView(EventKey, _version, _rows, _epoch);
    }

    public async Task<LeaderboardCatchUp> GetChangesSince(string epoch, long version)
    {
        await EnsureBuilt();
        var canReplay = epoch == _epoch && version <= _version
            && (version == _version || (_deltas.First is { } oldest && oldest.Value.FromVersion <= version));
        return canReplay
            ? new LeaderboardCatchUp([.. _deltas.Where(d => d.FromVersion >= version)], null)
            : new LeaderboardCatchUp([], new LeaderboardView(EventKey, _version, _rows, _epoch));
    }

    public Task Subscribe(ILeaderboardObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(ILeaderboardObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
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
        IReadOnlyList<LeaderboardRow> rows = [.. ranked.Select(r =>
        {
            var s = _standings[r.Entry.CompetitorId];
            var c = _roster[r.Entry.CompetitorId];
            return new LeaderboardRow(r.Rank, c.Id, c.Name, c.BlindCode, c.Organisation, c.Delegation, s.Theory, s.Practical,
                s.Total, awards[c.Id], s.IsComplete, s.MissingMarks, s.OpenDisputes, s.SpreadAlerts);
        })];

        var previous = _rows.ToDictionary(r => r.CompetitorId, StringComparer.Ordinal);
        var changed = rows.Where(r => !previous.TryGetValue(r.CompetitorId, out var old) || old != r).ToList();
        var current = rows.Select(r => r.CompetitorId).ToHashSet(StringComparer.Ordinal);
        var removed = previous.Keys.Where(id => !current.Contains(id)).ToList();
        _rows = rows;
        if (changed.Count == 0 && removed.Count == 0 && _version > 0)
        {
            return;
        }

        var delta = new LeaderboardDelta(EventKey, _epoch, _version, _version + 1, changed, removed);
        _version++;
        _deltas.AddLast(delta);
        if (_deltas.Count > KeptDeltas)
        {
            _deltas.RemoveFirst();
        }

        _observers.Notify(observer => observer.OnLeaderboardChanged(delta));
    }
}
