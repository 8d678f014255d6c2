using System.Collections.Concurrent;
using Competitions.Contracts.Leaderboards;
using Microsoft.AspNetCore.SignalR;

namespace Competitions.Web.Live;

/// <summary>
/// This web node's single subscription to each leaderboard it has viewers for. The grain pushes a delta once per
/// node; the node sends it to its own SignalR group, so the grain's fan-out is the number of nodes, not viewers.
/// Subscriptions are renewed on a timer because grain observers are not durable.
/// </summary>
public sealed class LeaderboardFeed(IGrainFactory grains, IHubContext<LiveHub> hub, ILogger<LeaderboardFeed> logger)
    : BackgroundService, ILeaderboardObserver
{
    private static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(30);
    private readonly ConcurrentDictionary<string, byte> _events = new(StringComparer.Ordinal);
    private ILeaderboardObserver? _reference;

    public static string Group(string eventKey) => $"board:{eventKey}";

    public async Task EnsureSubscribedAsync(string eventKey)
    {
        if (_events.TryAdd(eventKey, 0))
        {
            await grains.GetGrain<ILeaderboardGrain>(eventKey).Subscribe(Reference);
        }
    }

    public Task OnLeaderboardChanged(LeaderboardDelta delta) =>
        hub.Clients.Group(Group(delta.EventKey)).SendAsync("boardChanged", delta);

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
