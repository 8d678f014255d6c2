using Competitions.Contracts;
using Competitions.Contracts.Announcements;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Announcements;
using Competitions.Domain.Ledger;
using Competitions.Grains.Ledger;
using Microsoft.Extensions.Logging;
using Orleans.Utilities;

namespace Competitions.Grains.Announcements;

/// <summary>
/// One event's announcements, or a contest's public banners. Its state is the fold of its ledger stream
/// (<see cref="AnnouncementBook"/>): a command is decided by <see cref="AnnouncementRules"/>, stored, applied and only
/// then answered and pushed. Judges' tablets are told through the event's leaderboard, which already reaches the web
/// nodes they are connected to; banners go to the web nodes subscribed here, which show them on public pages.
/// </summary>
public sealed class AnnouncementsGrain(ILedgerStore ledgerStore, ContestClock clock, ILogger<AnnouncementsGrain> logger) : Grain, IAnnouncementsGrain
{
    private readonly ObserverManager<IAnnouncementsObserver> _observers = new(TimeSpan.FromMinutes(2), logger);
    private readonly Dictionary<string, string> _judgeNames = new(StringComparer.Ordinal);
    private AnnouncementBook _book = new();
    private LedgerWriter? _ledger;
    private readonly SharedLoad _loading = new();

    private string ScopeKey => this.GetPrimaryKeyString();

    /// <summary>A contest id has no slash; an event key is <c>contest/event</c>.</summary>
    private bool IsContest => !ScopeKey.Contains('/', StringComparison.Ordinal);

    private string ContestId => IsContest ? ScopeKey : Keys.SplitEvent(ScopeKey).ContestId;

    private string? EventCode => IsContest ? null : Keys.SplitEvent(ScopeKey).EventCode;

    public async Task<AnnouncementView> Send(Caller caller, AnnouncementRequest request)
    {
        await EnsureLoaded();
        // A resend is answered with what was sent, even if the sender could no longer send it (a chief replaced since).
        if (_book.Find(request.AnnouncementId) is { } sent)
        {
            return await ViewAsync(SameAnnouncementOrConflict(sent, request));
        }

        var actor = caller.ToActor();
        var (scope, panelJudges) = await ScopeAsync();
        var addressees = request.Audience == AnnouncementAudience.Judges && !scope.IsContest
            ? AnnouncementRules.Addressees(panelJudges, scope.ChiefJudgeId, actor)
            : [];
        CompetitionRuleException.ThrowIf(AnnouncementRules.Send(actor, scope, request.Audience, request.Text, request.ExpiresInMinutes, addressees.Count));

        await AppendAsync(AnnouncementRows.Sent(
            ScopeKey, request.AnnouncementId, request.Audience, request.Text.Trim(), request.ExpiresInMinutes, caller.Id, actor.JudgeId is not null, addressees));
        var announcement = _book.Find(request.AnnouncementId) is { } stored
            ? SameAnnouncementOrConflict(stored, request)
            : throw CompetitionRuleException.Conflict("entry-id-reused", $"Entry id {request.AnnouncementId} was already used for another command.");
        if (announcement.Audience == AnnouncementAudience.Judges)
        {
            // Their tablets reload at once rather than at their next poll.
            GrainFactory.GetGrain<ILeaderboardGrain>(ScopeKey).NotifyJudges(announcement.Addressees).Ignore();
        }
        else
        {
            PushBanners();
        }

        return await ViewAsync(announcement);
    }

    public async Task<JudgeAnnouncement> Acknowledge(Caller caller, Guid announcementId, string? deviceId)
    {
        await EnsureLoaded();
        var announcement = _book.Find(announcementId);
        CompetitionRuleException.ThrowIf(AnnouncementRules.Acknowledge(announcement, caller.ToActor()));
        if (announcement!.AcknowledgedAt(caller.Id) is null)
        {
            await AppendAsync([AnnouncementRows.Acknowledged(ScopeKey, announcementId, caller.Id, deviceId)]);
        }

        return JudgeView(_book.Find(announcementId)!, caller.Id);
    }

    public async Task<AnnouncementView> Withdraw(Caller caller, Guid announcementId)
    {
        await EnsureLoaded();
        var announcement = _book.Find(announcementId);
        var (scope, _) = await ScopeAsync();
        CompetitionRuleException.ThrowIf(AnnouncementRules.Withdraw(announcement, caller.ToActor(), scope));
        if (announcement!.WithdrawnAt is null)
        {
            await AppendAsync([AnnouncementRows.Withdrawn(ScopeKey, announcementId, caller.Id)]);
            PushBanners();
        }

        return await ViewAsync(_book.Find(announcementId)!);
    }

    public async Task<IReadOnlyList<AnnouncementView>> List(Caller caller)
    {
        await EnsureLoaded();
        var (scope, _) = await ScopeAsync();
        CompetitionRuleException.ThrowIf(AnnouncementRules.MayAnnounce(caller.ToActor(), scope));
        return await Task.WhenAll(_book.All.Select(ViewAsync));
    }

    public async Task<IReadOnlyList<JudgeAnnouncement>> ForJudge(string judgeId)
    {
        await EnsureLoaded();
        return [.. _book.AddressedTo(judgeId).Select(a => JudgeView(a, judgeId))];
    }

    public async Task<BannerBoard> GetBanners()
    {
        await EnsureLoaded();
        return Banners();
    }

    public Task Subscribe(IAnnouncementsObserver observer)
    {
        _observers.Subscribe(observer, observer);
        return Task.CompletedTask;
    }

    public Task Unsubscribe(IAnnouncementsObserver observer)
    {
        _observers.Unsubscribe(observer);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Stores the rows as one group and applies them. Rows already stored (an attempt whose answer was lost) are read
    /// back instead; an unknown outcome makes the next command read the stream again.
    /// </summary>
    private async Task AppendAsync(IReadOnlyList<LedgerRecord> drafts)
    {
        try
        {
            foreach (var row in await _ledger!.AppendGroupAsync(drafts))
            {
                Telemetry.LedgerEntries.Add(1, new KeyValuePair<string, object?>("kind", row.Record.Kind));
                Apply(row.Record);
            }
        }
        catch (LedgerConflictException conflict) when (conflict.IsDuplicateEntry)
        {
            _loading.Forget();
            await EnsureLoaded();
        }
        catch (Exception e) when (e is not CompetitionRuleException)
        {
            _loading.Forget();
            throw;
        }
    }

    private static Announcement SameAnnouncementOrConflict(Announcement sent, AnnouncementRequest request) =>
        sent.Audience == request.Audience && sent.Text == request.Text?.Trim()
            ? sent
            : throw CompetitionRuleException.Conflict("entry-id-reused", $"Announcement id {request.AnnouncementId} was already used for another announcement.");

    /// <summary>Where this grain announces: the event with its chief and panel judges, or the contest, which must exist.</summary>
    private async Task<(AnnouncementScope Scope, IEnumerable<string> PanelJudges)> ScopeAsync()
    {
        if (IsContest)
        {
            await GrainFactory.GetGrain<IContestGrain>(ContestId).Get();
            return (AnnouncementScope.Contest, []);
        }

        var panels = (await GrainFactory.GetGrain<IEventGrain>(ScopeKey).Get()).Panels;
        return (AnnouncementScope.Event(panels.ChiefJudgeId), panels.Panels.SelectMany(p => p.JudgeIds));
    }

    private void PushBanners()
    {
        if (_observers.Count > 0)
        {
            var banners = Banners();
            _observers.Notify(observer => observer.OnBannersChanged(banners));
        }
    }

    private BannerBoard Banners() => new(
        ContestId, EventCode, _book.Sequence, [.. _book.Banners(clock.Now).Select(b => new PublicBanner(b.Id, b.Text, b.SentAt, b.ExpiresAt))]);

    private JudgeAnnouncement JudgeView(Announcement announcement, string judgeId) =>
        new(announcement.Id, EventCode ?? string.Empty, announcement.Text, announcement.FromChiefJudge, announcement.SentAt, announcement.AcknowledgedAt(judgeId));

    private async Task<AnnouncementView> ViewAsync(Announcement a)
    {
        var addressees = await Task.WhenAll(a.Addressees.Select(async judgeId => new AddresseeView(judgeId, await JudgeNameAsync(judgeId), a.AcknowledgedAt(judgeId))));
        return new AnnouncementView(a.Id, a.Audience, a.Text, a.SentBy, a.FromChiefJudge, a.SentAt, a.ExpiresAt, a.WithdrawnAt, a.WithdrawnBy, a.IsShowing(clock.Now), addressees);
    }

    /// <summary>A judge's name for the senders' list; his id when he has since been removed from the contest.</summary>
    private async Task<string> JudgeNameAsync(string judgeId)
    {
        if (!_judgeNames.TryGetValue(judgeId, out var name))
        {
            var judge = GrainFactory.GetGrain<IJudgeGrain>(Keys.Judge(ContestId, judgeId));
            name = await judge.Exists() ? (await judge.Get()).Name : judgeId;
            _judgeNames[judgeId] = name;
        }

        return name;
    }

    private Task EnsureLoaded() => _loading.EnsureAsync(LoadLedger);

    private async Task LoadLedger()
    {
        _book = new AnnouncementBook();
        _ledger = new LedgerWriter(ledgerStore, clock.Time, LedgerStreams.Announcements(ScopeKey));
        foreach (var row in await _ledger.LoadAsync())
        {
            Apply(row.Record);
        }
    }

    private void Apply(LedgerRecord row)
    {
        if (!_book.Apply(row))
        {
            logger.LogWarning("Announcements {Scope} ignore unknown ledger entry kind {Kind}", ScopeKey, row.Kind);
        }
    }
}
