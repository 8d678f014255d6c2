using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Standardisation;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// The contest home page in memory. Leaderboards push their event's summary when it changes; on activation it asks
/// each event's leaderboard once, which also warms every board of the contest. (A leaderboard's push while this grain
/// activates is one-way and simply queues, so the two never wait on each other.) Changes are pushed to the
/// subscribed web nodes at most once per <see cref="PushEvery"/>: marking changes many events at once, and one update
/// carries them all.
/// </summary>
public sealed class ContestBoardGrain(ILogger<ContestBoardGrain> logger) : Grain, IContestBoardGrain
{
    /// <summary>The contest home is a summary: a second's delay goes unnoticed, a push per summary would not.</summary>
    private static readonly TimeSpan PushEvery = TimeSpan.FromSeconds(1);

    private readonly Dictionary<string, EventSummary> _events = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly ObserverManager<IContestBoardObserver> _observers = new(TimeSpan.FromMinutes(2), logger);
    private readonly string _epoch = Guid.NewGuid().ToString("N")[..12];
    private string _name = string.Empty;
    private IReadOnlyList<DelegationAwards>? _medals;
    private IReadOnlyList<DelegationBest>? _best;
    private IGrainTimer? _push;
    private long _version;
    private DateTimeOffset _firstChangedAt;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var contestId = this.GetPrimaryKeyString();
        var contest = await GrainFactory.GetGrain<IContestGrain>(contestId).Get();
        _name = contest.Definition.Name;
        var summaries = await Task.WhenAll(contest.EventCodes.Select(code =>
            GrainFactory.GetGrain<ILeaderboardGrain>(Keys.Event(contestId, code)).GetSummary()));
        foreach (var summary in summaries)
        {
            _events[summary.EventCode] = summary;
        }

        // Started only when a summary changes, so a quiet contest costs no ticks.
        _push = this.RegisterGrainTimer(Push, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public Task<ContestBoardView> Get() => Task.FromResult(new ContestBoardView(
        this.GetPrimaryKeyString(), _name, [.. _events.Values.OrderBy(e => e.EventCode, StringComparer.Ordinal)], Medals, Best, _epoch, _version));

    public Task UpdateEvent(EventSummary summary)
    {
        if (_events.TryGetValue(summary.EventCode, out var held) && held.AsOf > summary.AsOf)
        {
            return Task.CompletedTask;
        }

        _events[summary.EventCode] = summary;
        _medals = null;
        _best = null;
        if (_changed.Count == 0)
        {
            _firstChangedAt = DateTimeOffset.UtcNow;
            _push?.Change(PushEvery, Timeout.InfiniteTimeSpan);
        }

        _changed.Add(summary.EventCode);
        return Task.CompletedTask;
    }

    public Task Subscribe(IContestBoardObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IContestBoardObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>
    /// One version per push. A view read between a change and its push already shows the change; the update then
    /// repeats it, which a client applies harmlessly (summaries replace their event's, the tables are whole).
    /// </summary>
    private Task Push()
    {
        if (_changed.Count == 0)
        {
            return Task.CompletedTask;
        }

        _version++;
        var changed = _changed.Select(code => _events[code]).OrderBy(e => e.EventCode, StringComparer.Ordinal).ToList();
        _changed.Clear();
        if (_observers.Count > 0)
        {
            var update = new ContestBoardUpdate(this.GetPrimaryKeyString(), _epoch, _version, changed, Medals, Best, _firstChangedAt);
            _observers.Notify(observer => observer.OnContestBoardChanged(update));
        }

        return Task.CompletedTask;
    }

    private IReadOnlyList<DelegationAwards> Medals => _medals ??= MedalTable();

    private IReadOnlyList<DelegationBest> Best => _best ??= [.. BestOfDelegation.Select(_events.Values.SelectMany(e => e.Best ?? [])
            .Select(b => new StandardisedResult(b.Delegation, b.EventCode, b.Name, b.Standardised)))
        .Select(r => new DelegationBest(r.Delegation, r.EventCode, r.Name, r.Score))];

    /// <summary>Prizes by delegation over all events, ranked by firsts, then seconds, then thirds.</summary>
    private List<DelegationAwards> MedalTable() => [.. _events.Values
        .SelectMany(e => e.Awards)
        .GroupBy(a => a.Delegation, StringComparer.Ordinal)
        .Select(g => new DelegationAwards(g.Key, g.Sum(a => a.First), g.Sum(a => a.Second), g.Sum(a => a.Third), g.All(a => a.Final)))
        .OrderByDescending(a => a.First).ThenByDescending(a => a.Second).ThenByDescending(a => a.Third)
        .ThenBy(a => a.Delegation, StringComparer.Ordinal)];
}
