using Competitions.Contracts;
using Competitions.Contracts.Leaderboards;
using Microsoft.AspNetCore.SignalR;

namespace Competitions.Web.Live;

/// <summary>
/// Public board deltas leave this node through one loop with at most one waiting delta per event. While the node
/// keeps up, each delta goes out as it comes; when the loop falls behind, a busy event's later deltas fold into the
/// one still waiting (<see cref="LeaderboardDelta.Then"/>), so viewers get fewer, fuller deltas instead of a queue.
/// Staff boards, with few viewers, bypass it.
/// </summary>
public sealed class PublicBoardDispatch(IHubContext<LiveHub> hub, ILogger<PublicBoardDispatch> logger) : BackgroundService
{
    /// <summary>
    /// A group send completes when every viewer's buffer took the delta; a viewer whose buffer is full would hold up
    /// every event's viewers, so the loop moves on after this and the send finishes on its own.
    /// </summary>
    private static readonly TimeSpan SlowSend = TimeSpan.FromMilliseconds(250);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LeaderboardDelta> _waiting = new(StringComparer.Ordinal);
    private readonly Queue<string> _due = new();
    private readonly SemaphoreSlim _ready = new(0);

    public void Post(LeaderboardDelta delta)
    {
        lock (_gate)
        {
            if (_waiting.TryGetValue(delta.EventKey, out var waiting))
            {
                if (waiting.IsFollowedBy(delta))
                {
                    _waiting[delta.EventKey] = waiting.Then(delta);
                    Telemetry.PublicDeltasMerged.Add(1);
                }
                else
                {
                    // Out of sequence (a rebuilt board, a new epoch): the newer delta wins and viewers catch up from it.
                    _waiting[delta.EventKey] = delta;
                }

                return;
            }

            _waiting[delta.EventKey] = delta;
            _due.Enqueue(delta.EventKey);
        }

        _ready.Release();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            await _ready.WaitAsync(stoppingToken);
            LeaderboardDelta delta;
            lock (_gate)
            {
                _waiting.Remove(_due.Dequeue(), out delta!);
            }

            try
            {
                await hub.Clients.Group(LeaderboardFeed.Group(delta.EventKey, BoardAudience.Public))
                    .SendAsync("boardChanged", delta, stoppingToken)
                    .WaitAsync(SlowSend, stoppingToken);
            }
            catch (TimeoutException)
            {
                logger.LogDebug("A public delta of {EventKey} is still being written to a slow viewer", delta.EventKey);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogWarning(e, "Sending a public delta of {EventKey} failed", delta.EventKey);
            }
        }
    }
}
