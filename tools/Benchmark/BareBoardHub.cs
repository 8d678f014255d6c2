using Competitions.Contracts.Leaderboards;
using Microsoft.AspNetCore.SignalR;

namespace Competitions.Benchmark;

/// <summary>The product's public hub method, bare: join the event's group, no snapshot.</summary>
public sealed class BareBoardHub : Hub
{
    public async Task<LeaderboardView?> WatchPublicBoard(string contestId, string eventCode)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, eventCode);
        return null;
    }
}
