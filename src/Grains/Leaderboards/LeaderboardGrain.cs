using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Awards;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Sessions;
using Competitions.Domain.Standardisation;
using Competitions.Domain.Visibility;
using Competitions.Domain.Workflow;
using Competitions.Grains.Ledger;
using Microsoft.Extensions.Logging;
using Orleans.Storage;
using Orleans.Utilities;

namespace Competitions.Grains.Leaderboards;

/// <summary>
/// Keeps the latest <see cref="Standing"/> of every competitor of an event in memory and re-ranks on each change.
/// Its standings come from the ledger: on activation (or after a configuration change) it takes its last saved
/// <see cref="LeaderboardSnapshot"/>, asks the ledger for the head of every sheet's stream in one query, and folds only
/// the streams that moved since, so a cold board neither reads its whole ledger nor wakes its score sheets.
/// It keeps versioned boards: the live one for staff, the public one (names per the event's setting, frozen or hidden
/// when organizers say so, keyed by opaque public keys) and, once a chief judge who marks asks for it, the live one
/// with codes only; <see cref="VisibilityPolicy"/> decides what each shows. Each change is pushed once to every
/// subscribed web node.
/// </summary>
public sealed class LeaderboardGrain(
    ILedgerStore ledgerStore,
    ContestClock clock,
    [PersistentState("leaderboard", StorageNames.Configuration)] IPersistentState<LeaderboardSnapshot> snapshot,
    ILogger<LeaderboardGrain> logger) : Grain, ILeaderboardGrain
{
    /// <summary>How long changes collect before they are pushed: well inside the quarter second viewers may wait.</summary>
    private static readonly TimeSpan FlushEvery = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// A board saves its standings when marking pauses for this long, when it deactivates, and at least every
    /// <see cref="SnapshotAtLeastEvery"/>: writing while marks stream in costs the live path measurably.
    /// </summary>
    private static readonly TimeSpan SnapshotWhenQuietFor = TimeSpan.FromSeconds(10);

    /// <summary>After a crash, a cold start folds at most the sheets marked in this last interval.</summary>
    private static readonly TimeSpan SnapshotAtLeastEvery = TimeSpan.FromMinutes(5);

    private readonly Dictionary<string, Standing> _standings = new(StringComparer.Ordinal);
    private readonly ObserverManager<ILeaderboardObserver> _observers = new(TimeSpan.FromMinutes(2), logger);
    private IGrainTimer? _finality;
    private int _openAppeals;

    private VersionedBoard? _live;
    private VersionedBoard? _public;
    private VersionedBoard? _staffCodesOnly;
    private Dictionary<string, string> _publicKeys = new(StringComparer.Ordinal);
    private Dictionary<string, CompetitorEntry> _roster = new(StringComparer.Ordinal);
    private EventView? _event;
    private Publication _publication = Publication.Live;
    private EventSummary? _summary;
    private readonly SharedLoad _building = new();
    private bool _publicationChanged;
    private bool _standingsChanged;
    private string? _contextFingerprint;
    private bool _snapshotStale;
    private DateTimeOffset _snapshotSavedAt;
    private DateTimeOffset _standingChangedAt;

    private string EventKey => this.GetPrimaryKeyString();

    private VersionedBoard Live => _live ??= new VersionedBoard(EventKey, BoardAudience.Staff);

    private VersionedBoard Public => _public ??= new VersionedBoard(EventKey, BoardAudience.Public);

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Boards woken together must not all write together: each starts at its own point of the interval.
        _snapshotSavedAt = clock.Now - (SnapshotAtLeastEvery * Random.Shared.NextDouble());
        this.RegisterGrainTimer(async () =>
        {
            Flush();
            var now = clock.Now;
            if (now - _standingChangedAt >= SnapshotWhenQuietFor || now - _snapshotSavedAt >= SnapshotAtLeastEvery)
            {
                await SaveSnapshotAsync();
            }
        }, FlushEvery, FlushEvery);
        return Task.CompletedTask;
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => SaveSnapshotAsync();

    public async Task<LeaderboardView> Get()
    {
        await EnsureBuilt();
        Flush();
        return View(Live);
    }

    public async Task<LeaderboardView> GetPublic()
    {
        await EnsureBuilt();
        Flush();
        return View(Public);
    }

    public async Task<LeaderboardView> GetFor(BoardAudience audience)
    {
        await EnsureBuilt();
        Flush();
        return View(Board(audience));
    }

    public async Task<EventSummary> GetSummary()
    {
        await EnsureBuilt();
        Flush();
        return _summary ??= Summarize();
    }

    public async Task<EventProgress> GetProgress()
    {
        await EnsureBuilt();
        Flush();
        var rows = Live.Rows;
        return new EventProgress(
            rows.Count, rows.Count(r => r.IsComplete), rows.Sum(r => r.MissingMarks), rows.Sum(r => r.OpenDisputes), rows.Sum(r => r.SpreadAlerts));
    }

    public async Task<IReadOnlyDictionary<string, Attendance>> GetAttendance()
    {
        await EnsureBuilt();
        return _standings.ToDictionary(s => s.Key, s => s.Value.Attendance, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<Standing>> GetStandings()
    {
        await EnsureBuilt();
        return [.. _standings.Values];
    }

    public async Task<IReadOnlyDictionary<string, SeatState>> GetSeatStates()
    {
        await EnsureBuilt();
        return _standings.ToDictionary(s => s.Key, s => SessionProgress.SeatStateOf(s.Value.Attendance, s.Value.IsComplete), StringComparer.Ordinal);
    }

    public async Task<LeaderboardCatchUp> GetChangesSince(BoardAudience audience, string epoch, long version)
    {
        await EnsureBuilt();
        Flush();
        var board = Board(audience);
        return board.CanReplayFrom(epoch, version)
            ? new LeaderboardCatchUp(board.DeltasFrom(version), null)
            : new LeaderboardCatchUp([], View(board));
    }

    public async Task ApplyPublication(Publication publication)
    {
        await EnsureBuilt();
        _publication = publication;
        _publicationChanged = true;
        Flush();
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
            _building.Forget();
            await EnsureBuilt();
        }

        // Sheets report in ledger order, but a rebuild may have read a newer standing than a late update carries.
        if (_standings.TryGetValue(standing.CompetitorId, out var known) && known.Version > standing.Version)
        {
            return;
        }

        // Ranked when the board is next flushed or read: a busy event re-ranks once per flush, not once per mark.
        _standings[standing.CompetitorId] = standing;
        _standingsChanged = true;
        _snapshotStale = true;
        _standingChangedAt = clock.Now;
    }

    public async Task Rebuild()
    {
        // A board nobody has read stays cold; one in use rebuilds now so its viewers see the change (e.g. publication).
        if (_building.Started)
        {
            _building.Forget();
            await EnsureBuilt();
        }
    }

    private VersionedBoard Board(BoardAudience audience) => audience switch
    {
        BoardAudience.Public => Public,
        BoardAudience.StaffCodesOnly => StaffCodesOnly(),
        _ => Live,
    };

    /// <summary>Kept only once asked for: few events have a chief judge who also marks.</summary>
    private VersionedBoard StaffCodesOnly()
    {
        if (_staffCodesOnly is null)
        {
            _staffCodesOnly = new VersionedBoard(EventKey, BoardAudience.StaffCodesOnly);
            StageStaffCodesOnly();
            Notify(_staffCodesOnly.Flush());
        }

        return _staffCodesOnly;
    }

    private LeaderboardView View(VersionedBoard board) =>
        new(EventKey, board.Version, board.Rows, board.Epoch, board.IsFinal, board.Mode, _event?.FinalFrom, _event?.Definition.Name);

    /// <summary>Published, the public notice period (公示) is over, and no appeal is open.</summary>
    private bool IsFinal => _event?.Status == EventStatus.Published && _event.FinalFrom <= clock.Now && _openAppeals == 0;

    private Task EnsureBuilt() => _building.EnsureAsync(Build);

    private async Task Build()
    {
        // The event's reads interleave, so they are asked at once: a cold start wakes a hundred boards together.
        var @event = GrainFactory.GetGrain<IEventGrain>(EventKey);
        var viewRead = @event.Get();
        var contextsRead = @event.GetScoringContexts();
        var publicationRead = @event.GetPublication();
        var secretRead = @event.GetPublicRowSecret();
        var appealsRead = GrainFactory.GetGrain<IEventAppealsGrain>(EventKey).List();
        var (view, contexts) = (await viewRead, await contextsRead);
        var standings = await ReadStandingsAsync(view, contexts);
        var (publication, appeals, secret) = (await publicationRead, await appealsRead, await secretRead);

        _event = view;
        _publication = publication;
        _openAppeals = appeals.Count(a => a.Status == AppealStatus.Open);
        ScheduleFinality();
        _roster = contexts.ToDictionary(c => c.Competitor.Id, c => c.Competitor, StringComparer.Ordinal);
        _publicKeys = _roster.Keys.ToDictionary(id => id, id => PublicRowKey.Of(secret, EventKey, id), StringComparer.Ordinal);
        _standings.Clear();
        foreach (var standing in standings)
        {
            _standings[standing.CompetitorId] = standing;
        }

        Rerank();
    }

    private async Task<IReadOnlyList<Standing>> ReadStandingsAsync(EventView view, IReadOnlyList<ScoringContext> contexts)
    {
        var cold = await LedgerStandings.ReadAsync(ledgerStore, EventKey, view.Scheme, contexts, snapshot.State);
        _contextFingerprint = cold.Fingerprint;
        _snapshotStale |= cold.FoldedStreams > 0 || snapshot.State.ContextFingerprint != cold.Fingerprint;
        return cold.Standings;
    }

    private async Task SaveSnapshotAsync()
    {
        if (!_snapshotStale || _contextFingerprint is null)
        {
            return;
        }

        snapshot.State = new LeaderboardSnapshot { ContextFingerprint = _contextFingerprint, Standings = [.. _standings.Values] };
        _snapshotStale = false;
        _snapshotSavedAt = clock.Now;
        try
        {
            await snapshot.WriteStateAsync();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Only a shortcut is lost: the next cold start folds more of the ledger. Try again at the next interval.
            logger.LogWarning(e, "Leaderboard {Event} could not save its snapshot", EventKey);
            _snapshotStale = true;
            if (e is InconsistentStateException)
            {
                await snapshot.ReadStateAsync();
            }
        }
    }

    /// <summary>While results are in their notice period, a timer makes the board final the moment it ends.</summary>
    private void ScheduleFinality()
    {
        _finality?.Dispose();
        _finality = null;
        if (_event is { Status: EventStatus.Published, FinalFrom: { } finalFrom } && finalFrom > clock.Now)
        {
            _finality = this.RegisterGrainTimer(() =>
            {
                Rerank();
                Flush();
                return Task.CompletedTask;
            }, finalFrom - clock.Now + TimeSpan.FromMilliseconds(10), Timeout.InfiniteTimeSpan);
        }
    }

    private void Rerank()
    {
        _standingsChanged = false;
        var rows = RankedRows.From(_standings.Values, _roster, _event!.Definition);
        Live.Stage(rows, IsFinal, PublicBoardMode.Live);
    }

    /// <summary>
    /// Publishes the staged live board, derives the other boards from it as <see cref="VisibilityPolicy"/> decides
    /// (names per the event's setting; frozen or hidden when organizers say so), pushes their deltas and keeps the
    /// contest summary current.
    /// </summary>
    private void Flush()
    {
        if (_standingsChanged)
        {
            Rerank();
        }

        if (_event is null || (!Live.HasStaged && !_publicationChanged))
        {
            return;
        }

        Notify(Live.Flush());
        _publicationChanged = false;
        var visibility = VisibilityPolicy.Board(BoardView.Public, _event.ToPrivacy(), ModeOf(_publication.Mode));
        IReadOnlyList<LeaderboardRow> rows = visibility.Rows switch
        {
            RowsFrom.Frozen => [.. _publication.FrozenRows.Select(r => Rekeyed(r, visibility))],
            RowsFrom.None => [],
            _ => Shown(visibility),
        };
        // A correction after publication can leave a sheet incomplete for a moment (a measurement dispute still to be
        // resolved under the same appeal): the public keeps the published rows until every sheet is whole again. Only
        // the rows wait; a freeze, an embargo or finality still apply at once.
        var correcting = _event.Status == EventStatus.Published && Live.Rows.Any(r => !r.IsComplete);
        if (correcting && visibility.Rows == RowsFrom.Live && Public.Mode == PublicBoardMode.Live && Public.Rows.Count > 0)
        {
            rows = Public.Rows;
        }

        Public.Stage(rows, IsFinal, _publication.Mode);
        Notify(Public.Flush());

        if (_staffCodesOnly is not null)
        {
            StageStaffCodesOnly();
            Notify(_staffCodesOnly.Flush());
        }

        var summary = Summarize();
        if (_summary is null || !_summary.SameAs(summary))
        {
            _summary = summary;
            GrainFactory.GetGrain<IContestBoardGrain>(Keys.SplitEvent(EventKey).ContestId).UpdateEvent(summary).Ignore();
        }
    }

    /// <summary>Rows frozen before public rows were keyed carry the competitor id and no key: shown as the policy says.</summary>
    private LeaderboardRow Rekeyed(LeaderboardRow row, BoardVisibility visibility) =>
        string.IsNullOrEmpty(row.Key) && row.CompetitorId is { } id && _publicKeys.TryGetValue(id, out var key)
            ? (row with { Key = id }).ShownAs(visibility, key)
            : row;

    private void StageStaffCodesOnly() =>
        _staffCodesOnly!.Stage(Shown(VisibilityPolicy.Board(BoardView.StaffCodesOnly, _event!.ToPrivacy(), BoardMode.Live)), IsFinal, PublicBoardMode.Live);

    /// <summary>The live rows as <paramref name="visibility"/> lets them be shown.</summary>
    private LeaderboardRow[] Shown(BoardVisibility visibility) =>
        [.. Live.Rows.Select(r => r.ShownAs(visibility, _publicKeys[r.Key]))];

    private static BoardMode ModeOf(PublicBoardMode mode) => mode switch
    {
        PublicBoardMode.Frozen => BoardMode.Frozen,
        PublicBoardMode.Hidden => BoardMode.Hidden,
        _ => BoardMode.Live,
    };

    private EventSummary Summarize()
    {
        var definition = _event!.Definition;
        var final = IsFinal;
        var awards = Public.Rows
            .Where(r => r.Award != AwardBand.None)
            .GroupBy(r => r.Delegation, StringComparer.Ordinal)
            .Select(g => new DelegationAwards(g.Key, g.Count(r => r.Award == AwardBand.First), g.Count(r => r.Award == AwardBand.Second), g.Count(r => r.Award == AwardBand.Third), final))
            .ToList();
        var best = BestOfDelegation.Select(Public.Rows
                .Where(r => r.Standardised is not null)
                .Select(r => new StandardisedResult(r.Delegation, definition.Code, r.Name, r.Standardised!.Value)))
            .Select(r => new DelegationBest(r.Delegation, r.EventCode, r.Name, r.Score))
            .ToList();
        return new EventSummary(definition.Code, definition.Name, definition.Venue, _event.Status, _publication.Mode,
            // Counted from the public rows: a frozen or embargoed board must not tell how marking goes on.
            _roster.Count, Public.Rows.Count(r => r.IsComplete), awards, clock.Now, best);
    }

    public Task NotifyJudges(IReadOnlyList<string> judgeIds)
    {
        _observers.Notify(observer => observer.OnJudgeWorkChanged(EventKey, judgeIds));
        return Task.CompletedTask;
    }

    private void Notify(LeaderboardDelta? delta)
    {
        if (delta is not null)
        {
            _observers.Notify(observer => observer.OnLeaderboardChanged(delta));
        }
    }
}
