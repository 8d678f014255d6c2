using System.Collections.Concurrent;
using System.Diagnostics;
using System.Threading.Channels;
using Competitions.Contracts;
using Competitions.Contracts.Announcements;
using Competitions.Contracts.Leaderboards;
using Competitions.Web.Hosting;
using Microsoft.AspNetCore.SignalR;

namespace Competitions.Web.Live;

/// <summary>
/// This web node's single subscription to each leaderboard, each contest board and each board's banners
/// (announcements) it has viewers for. The grain pushes a change once per node; the node sends it to its own SignalR
/// group (staff, public, contest home or banners) and to its Server-Sent-Events readers, so the grain's fan-out is the
/// number of nodes, not viewers. Subscriptions are renewed on a timer, and at once when a silo is lost, because grain
/// observers are not durable.
/// </summary>
public sealed class LeaderboardFeed(IGrainFactory grains, IHubContext<LiveHub> hub, PublicBoardDispatch publicBoards, ILogger<LeaderboardFeed> logger)
    : BackgroundService, ILeaderboardObserver, IContestBoardObserver, IAnnouncementsObserver
{
    // Observers are not durable: the timer is the safety net for a board that moved without a lost gateway.
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan MaxRetryInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan RetryAfterLossFor = TimeSpan.FromSeconds(60);
    private readonly Channel<bool> _renewNow = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });
    private readonly ConcurrentDictionary<string, byte> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _contests = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, byte> _announcements = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Channel<LeaderboardDelta>, string> _readers = new();
    private ILeaderboardObserver? _reference;
    private IContestBoardObserver? _contestReference;
    private IAnnouncementsObserver? _announcementsReference;

    /// <summary>The tablets of one judge in one event (a judge may hold several).</summary>
    public static string JudgeGroup(string eventKey, string judgeId) => $"judge:{eventKey}:{judgeId}";

    public static string Group(string eventKey, BoardAudience audience) => audience switch
    {
        BoardAudience.Public => $"public:{eventKey}",
        BoardAudience.StaffCodesOnly => $"board-codes:{eventKey}",
        _ => $"board:{eventKey}",
    };

    /// <summary>The viewers of one contest's home page and big screens.</summary>
    public static string ContestGroup(string contestId) => $"contest:{contestId}";

    /// <summary>The public pages showing one board's banners: an event's (key <c>contest/event</c>) or the contest's.</summary>
    public static string BannerGroup(string scopeKey) => $"banners:{scopeKey}";

    public Task EnsureSubscribedAsync(string eventKey) => EnsureSubscribedAsync(_events, eventKey, SubscribeToEvent);

    public Task EnsureContestSubscribedAsync(string contestId) => EnsureSubscribedAsync(_contests, contestId, SubscribeToContest);

    public Task EnsureAnnouncementsSubscribedAsync(string scopeKey) => EnsureSubscribedAsync(_announcements, scopeKey, SubscribeToAnnouncements);

    /// <summary>Public deltas of one event for an in-process reader (the SSE feed), until it stops reading.</summary>
    public async IAsyncEnumerable<LeaderboardDelta> ReadPublicAsync(string eventKey, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var channel = Channel.CreateBounded<LeaderboardDelta>(new BoundedChannelOptions(256) { FullMode = BoundedChannelFullMode.DropOldest });
        _readers[channel] = eventKey;
        try
        {
            await EnsureSubscribedAsync(eventKey);
            await foreach (var delta in channel.Reader.ReadAllAsync(cancellationToken))
            {
                yield return delta;
            }
        }
        finally
        {
            _readers.TryRemove(channel, out _);
        }
    }

    public Task OnLeaderboardChanged(LeaderboardDelta delta)
    {
        Telemetry.PushLatency.Record((DateTimeOffset.UtcNow - delta.ChangedAt).TotalMilliseconds, new KeyValuePair<string, object?>("audience", delta.Audience.ToString()));
        if (delta.Audience != BoardAudience.Public)
        {
            return hub.Clients.Group(Group(delta.EventKey, delta.Audience)).SendAsync("boardChanged", delta);
        }

        foreach (var (channel, eventKey) in _readers)
        {
            if (eventKey == delta.EventKey)
            {
                channel.Writer.TryWrite(delta);
            }
        }

        publicBoards.Post(delta);
        return Task.CompletedTask;
    }

    /// <summary>
    /// Renews every subscription now, retrying each until it is back: called when a gateway is lost, since the
    /// boards of a dead silo come back on another silo (once the cluster has declared it dead, a few seconds)
    /// with no observers.
    /// </summary>
    public void ResubscribeSoon() => _renewNow.Writer.TryWrite(true);

    public Task OnJudgeWorkChanged(string eventKey, IReadOnlyList<string> judgeIds) =>
        hub.Clients.Groups([.. judgeIds.Select(judgeId => JudgeGroup(eventKey, judgeId))]).SendAsync("workChanged", eventKey);

    public Task OnContestBoardChanged(ContestBoardUpdate update) =>
        hub.Clients.Group(ContestGroup(update.ContestId)).SendAsync("contestChanged", update);

    public Task OnBannersChanged(BannerBoard banners) =>
        hub.Clients.Group(BannerGroup(banners.EventCode is { } eventCode ? Keys.Event(banners.ContestId, eventCode) : banners.ContestId))
            .SendAsync("bannersChanged", banners);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var afterLoss = await NextRenewalAsync(stoppingToken);
            var started = Stopwatch.GetTimestamp();
            var renewed = await Task.WhenAll(
                _events.Keys.Select(eventKey => RenewAsync(eventKey, SubscribeToEvent, afterLoss, stoppingToken))
                    .Concat(_contests.Keys.Select(contestId => RenewAsync(contestId, SubscribeToContest, afterLoss, stoppingToken)))
                    .Concat(_announcements.Keys.Select(scopeKey => RenewAsync(scopeKey, SubscribeToAnnouncements, afterLoss, stoppingToken))));
            if (afterLoss)
            {
                logger.LogInformation("A gateway was lost: {Renewed} of {Count} board subscriptions renewed in {Elapsed}",
                    renewed.Count(r => r), renewed.Length, Stopwatch.GetElapsedTime(started));
            }
        }
    }

    /// <summary>Waits for the timer or a lost gateway; true for the latter.</summary>
    private async Task<bool> NextRenewalAsync(CancellationToken stoppingToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        timer.CancelAfter(RenewEvery);
        try
        {
            return await _renewNow.Reader.ReadAsync(timer.Token);
        }
        catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
        {
            return false;
        }
    }

    private static async Task EnsureSubscribedAsync(ConcurrentDictionary<string, byte> subscribed, string key, Func<string, Task> subscribe)
    {
        if (subscribed.TryAdd(key, 0))
        {
            try
            {
                await subscribe(key);
            }
            catch
            {
                subscribed.TryRemove(key, out _);
                throw;
            }
        }
    }

    private Task SubscribeToEvent(string eventKey) => grains.GetGrain<ILeaderboardGrain>(eventKey).Subscribe(Reference);

    private Task SubscribeToContest(string contestId) => grains.GetGrain<IContestBoardGrain>(contestId).Subscribe(ContestReference);

    private Task SubscribeToAnnouncements(string scopeKey) => grains.GetGrain<IAnnouncementsGrain>(scopeKey).Subscribe(AnnouncementsReference);

    private async Task<bool> RenewAsync(string key, Func<string, Task> subscribe, bool untilRenewed, CancellationToken stoppingToken)
    {
        var retryIn = TimeSpan.FromMilliseconds(250);
        var giveUpAt = DateTimeOffset.UtcNow + RetryAfterLossFor;
        while (true)
        {
            try
            {
                // A board on a silo that just died fails fast (or not at all, hence the bound) until the cluster
                // declares the silo dead; then the call activates the board anew on a live silo.
                await subscribe(key).WaitAsync(ClusterCallBudget.Attempt, stoppingToken);
                return true;
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                if (!untilRenewed || DateTimeOffset.UtcNow > giveUpAt)
                {
                    logger.LogWarning(e, "Renewing the board subscription for {Key} failed; retrying in {Interval}", key, RenewEvery);
                    return false;
                }

                await Task.Delay(retryIn, stoppingToken);
                retryIn = TimeSpan.FromTicks(Math.Min(retryIn.Ticks * 2, MaxRetryInterval.Ticks));
            }
        }
    }

    private ILeaderboardObserver Reference => _reference ??= grains.CreateObjectReference<ILeaderboardObserver>(this);

    private IContestBoardObserver ContestReference => _contestReference ??= grains.CreateObjectReference<IContestBoardObserver>(this);

    private IAnnouncementsObserver AnnouncementsReference => _announcementsReference ??= grains.CreateObjectReference<IAnnouncementsObserver>(this);
}
