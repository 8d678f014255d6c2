using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Competitions.Domain.Standardisation;
using Competitions.Domain.Workflow;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Orleans.Utilities;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// The contest home page in memory. Leaderboards push their event's summary when it changes. On activation it starts
/// from the summaries it saved (<see cref="ContestBoardSnapshot"/>) and then asks each event's leaderboard again, a
/// few at a time, which also warms every board of the contest without swamping the silo (asked all at once, the 1,404
/// boards of a year's contest woke together and timed out every other request). (A leaderboard's push
/// while this grain activates is one-way and simply queues, so the two never wait on each other.) Changes are pushed
/// to the subscribed web nodes at most once per <see cref="PushEvery"/>: marking changes many events at once, and one
/// update carries them all.
/// </summary>
public sealed class ContestBoardGrain(
    [PersistentState("contestboard", StorageNames.Configuration)] IPersistentState<ContestBoardSnapshot> snapshot,
    ILogger<ContestBoardGrain> logger) : Grain, IContestBoardGrain
{
    /// <summary>The contest home is a summary: a second's delay goes unnoticed, a push per summary would not.</summary>
    private static readonly TimeSpan PushEvery = TimeSpan.FromSeconds(1);

    /// <summary>
    /// How often changed summaries are saved. A change a crash keeps from the snapshot is put right by the refresh
    /// of the next activation.
    /// </summary>
    private static readonly TimeSpan SaveEvery = TimeSpan.FromSeconds(30);

    /// <summary>Leaderboards asked at once: each may be building itself from the ledger.</summary>
    private const int BoardsAskedAtOnce = 8;

    private readonly Dictionary<string, EventSummary> _events = new(StringComparer.Ordinal);
    private readonly HashSet<string> _changed = new(StringComparer.Ordinal);
    private readonly ObserverManager<IContestBoardObserver> _observers = new(TimeSpan.FromMinutes(2), logger);
    private readonly string _epoch = Guid.NewGuid().ToString("N")[..12];
    private string _name = string.Empty;
    private MedalCounting _counting;
    private IReadOnlyList<DelegationAwards>? _medals;
    private IReadOnlyList<DelegationBest>? _best;
    private IGrainTimer? _push;
    private long _version;
    private bool _definitionChanged;
    private DateTimeOffset _firstChangedAt;
    private bool _unsaved;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var contest = await GrainFactory.GetGrain<IContestGrain>(this.GetPrimaryKeyString()).Get();
        _name = contest.Definition.Name;
        _counting = contest.Definition.MedalCounting;
        var codes = contest.EventCodes.ToHashSet(StringComparer.Ordinal);
        foreach (var saved in snapshot.State.Events.Where(e => codes.Contains(e.EventCode)))
        {
            _events[saved.EventCode] = saved;
        }

        // An event the snapshot lacks (a new contest, or one saved before its last events) is read before the page is
        // served; the rest are checked behind it.
        var unsaved = codes.Where(code => !_events.ContainsKey(code)).ToList();
        foreach (var batch in unsaved.Chunk(BoardsAskedAtOnce))
        {
            foreach (var summary in await AskAsync(batch))
            {
                _events[summary.EventCode] = summary;
            }
        }

        // Started only when a summary changes, so a quiet contest costs no ticks.
        _push = this.RegisterGrainTimer(Push, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        this.RegisterGrainTimer(SaveAsync, SaveEvery, SaveEvery);
        _unsaved = unsaved.Count > 0;
        RefreshAsync([.. codes.Except(unsaved)]).Ignore();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => SaveAsync();

    /// <summary>
    /// Puts right what the saved summaries missed, <see cref="BoardsAskedAtOnce"/> boards at a time, while the page is
    /// served; a board that does not answer keeps its saved summary until it pushes one.
    /// </summary>
    private async Task RefreshAsync(IReadOnlyList<string> codes)
    {
        foreach (var batch in codes.Chunk(BoardsAskedAtOnce))
        {
            try
            {
                foreach (var summary in await AskAsync(batch))
                {
                    if (!_events[summary.EventCode].SameAs(summary))
                    {
                        await UpdateEvent(summary);
                    }
                }
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogWarning(e, "Contest board {Contest} could not check the saved summaries of {Events}", this.GetPrimaryKeyString(), string.Join(",", batch));
            }
        }
    }

    private Task<EventSummary[]> AskAsync(IEnumerable<string> codes) => Task.WhenAll(codes.Select(code =>
        GrainFactory.GetGrain<ILeaderboardGrain>(Keys.Event(this.GetPrimaryKeyString(), code)).GetSummary()));

    private async Task SaveAsync()
    {
        if (!_unsaved)
        {
            return;
        }

        _unsaved = false;
        snapshot.State = new ContestBoardSnapshot { Events = [.. _events.Values] };
        try
        {
            await snapshot.WriteStateAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a cold start's head start is lost: the next activation asks every board anyway.
            logger.LogWarning(e, "Contest board {Contest} could not save its summaries", this.GetPrimaryKeyString());
            _unsaved = true;
            if (e is InconsistentStateException)
            {
                await snapshot.ReadStateAsync();
            }
        }
    }

    public Task<ContestBoardView> Get() => Task.FromResult(new ContestBoardView(
        this.GetPrimaryKeyString(), _name, [.. _events.Values.OrderBy(e => e.EventCode, StringComparer.Ordinal)], Medals, Best, _epoch, _version, _counting));

    public Task UpdateEvent(EventSummary summary)
    {
        if (_events.TryGetValue(summary.EventCode, out var held) && held.AsOf > summary.AsOf)
        {
            return Task.CompletedTask;
        }

        _events[summary.EventCode] = summary;
        _best = null;
        _unsaved = true;
        Changed();
        _changed.Add(summary.EventCode);
        return Task.CompletedTask;
    }

    public async Task AddEvent(string eventCode)
    {
        if (!_events.ContainsKey(eventCode))
        {
            await UpdateEvent(await GrainFactory.GetGrain<ILeaderboardGrain>(Keys.Event(this.GetPrimaryKeyString(), eventCode)).GetSummary());
        }
    }

    public Task ApplyDefinition(ContestDefinition definition)
    {
        _name = definition.Name;
        _counting = definition.MedalCounting;
        Changed();
        _definitionChanged = true;
        return Task.CompletedTask;
    }

    /// <summary>Recomputes the medal table when read, and schedules a push unless one is due already.</summary>
    private void Changed()
    {
        _medals = null;
        if (_changed.Count == 0 && !_definitionChanged)
        {
            _firstChangedAt = DateTimeOffset.UtcNow;
            _push?.Change(PushEvery, Timeout.InfiniteTimeSpan);
        }
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
        if (_changed.Count == 0 && !_definitionChanged)
        {
            return Task.CompletedTask;
        }

        _version++;
        var changed = _changed.Select(code => _events[code]).OrderBy(e => e.EventCode, StringComparer.Ordinal).ToList();
        _changed.Clear();
        _definitionChanged = false;
        if (_observers.Count > 0)
        {
            var update = new ContestBoardUpdate(this.GetPrimaryKeyString(), _epoch, _version, changed, Medals, Best, _firstChangedAt, _counting);
            _observers.Notify(observer => observer.OnContestBoardChanged(update));
        }

        return Task.CompletedTask;
    }

    private IReadOnlyList<DelegationAwards> Medals => _medals ??= RankMedals();

    private IReadOnlyList<DelegationBest> Best => _best ??= [.. BestOfDelegation.Select(_events.Values.SelectMany(e => e.Best ?? [])
            .Select(b => new StandardisedResult(b.Delegation, b.EventCode, b.Name, b.Standardised)))
        .Select(r => new DelegationBest(r.Delegation, r.EventCode, r.Name, r.Score))];

    private List<DelegationAwards> RankMedals() => [.. MedalTable.Rank(
            _events.Values.Select(e => new EventPrizes(e.Status == EventStatus.Published, [.. e.Awards.Select(a => a.ToPrizes())])), _counting)
        .Select(DelegationAwards.Of)];
}
