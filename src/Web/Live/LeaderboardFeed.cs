using System.Collections.Concurrent;
using System.Threading.Channels;
using Competitions.Contracts;
using Competitions.Contracts.Leaderboards;
using Microsoft.AspNetCore.SignalR;

namespace Competitions.Web.Live;

/// <summary>
/// This web node's single subscription to each leaderboard it has viewers for. The grain pushes a delta once per
/// node; the node sends it to its own SignalR group (staff or public) and to its Server-Sent-Events readers, so the
/// grain's fan-out is the number of nodes, not viewers. Subscriptions are renewed on a timer because grain
/// observers are not durable.
/// </summary>
public sealed class LeaderboardFeed(IGrainFactory grains, IHubContext<LiveHub> hub, ILogger<LeaderboardFeed> logger)
    : BackgroundService, ILeaderboardObserver
{
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, byte> _events = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Channel<LeaderboardDelta>, string> _readers = new();
    private ILeaderboardObserver? _reference;

    public static string Group(string eventKey, BoardAudience audience) => audience switch
    {
        BoardAudience.Public => $"public:{eventKey}",
        BoardAudience.StaffCodesOnly => $"board-codes:{eventKey}",
        _ => $"board:{eventKey}",
    };

    public async Task EnsureSubscribedAsync(string eventKey)
    {
        if (_events.TryAdd(eventKey, 0))
        {
            try
            {
                await grains.GetGrain<ILeaderboardGrain>(eventKey).Subscribe(Reference);
            }
            catch
            {
                _events.TryRemove(eventKey, out _);
                throw;
            }
        }
    }

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
        if (delta.Audience == BoardAudience.Public)
        {
            foreach (var (channel, eventKey) in _readers)
            {
                if (eventKey == delta.EventKey)
                {
                    channel.Writer.TryWrite(delta);
                }
            }
        }

        return hub.Clients.Group(Group(delta.EventKey, delta.Audience)).SendAsync("boardChanged", delta);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RenewEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            foreach (var eventKey in _events.Keys)
            {
                try
                {
                    await grains.GetGrain<ILeaderboardGrain>(eventKey).Subscribe(Reference);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    logger.LogWarning(e, "Renewing the leaderboard subscription for {EventKey} failed; retrying in {Interval}", eventKey, RenewEvery);
                }
            }
        }
    }

    private ILeaderboardObserver Reference => _reference ??= grains.CreateObjectReference<ILeaderboardObserver>(this);
}
