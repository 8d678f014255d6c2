using System.Collections.Concurrent;
using Competitions.Web.Security;
using Microsoft.AspNetCore.SignalR;

namespace Competitions.Web.Live;

/// <summary>
/// The signed-in connections of this web node's hub. A connection authenticates once, when it opens, so a revoked
/// session would otherwise keep its staff board (names and all) until the socket drops. Revocation handled on this
/// node (a judge's sessions revoked, an account saved, a sign-out) re-checks or closes them at once; revocations
/// handled on another node, or made straight on the grains, are caught by re-checking every connection every few
/// seconds. That timer is the whole multi-node story: simple, and a few grain reads per staff connection per period.
/// </summary>
public sealed class StaffConnections(IGrainFactory grains, ILogger<StaffConnections> logger) : BackgroundService
{
    public static readonly TimeSpan RecheckEvery = TimeSpan.FromSeconds(3);

    private readonly ConcurrentDictionary<string, HubCallerContext> _connections = new(StringComparer.Ordinal);

    public void Add(HubCallerContext connection)
    {
        if (connection.User?.Identity?.IsAuthenticated == true)
        {
            _connections[connection.ConnectionId] = connection;
        }
    }

    public void Remove(string connectionId) => _connections.TryRemove(connectionId, out _);

    /// <summary>Closes the connections opened with this session (a sign-out: nothing on the grains records it).</summary>
    public void Close(string sessionId)
    {
        foreach (var connection in _connections.Values.Where(c => c.User?.FindFirst(CompetitionClaims.Session)?.Value == sessionId))
        {
            connection.Abort();
        }
    }

    /// <summary>Closes every connection whose session no longer holds.</summary>
    public async Task RecheckAsync()
    {
        foreach (var connection in _connections.Values)
        {
            try
            {
                if (!await SessionCheck.IsCurrentAsync(grains, connection.User!))
                {
                    connection.Abort();
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The cluster is unreachable: keep the connection; its hub calls re-check anyway, and so does the next round.
                logger.LogWarning(e, "Could not re-check the session of connection {ConnectionId}", connection.ConnectionId);
            }
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(RecheckEvery);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            await RecheckAsync();
        }
    }
}
