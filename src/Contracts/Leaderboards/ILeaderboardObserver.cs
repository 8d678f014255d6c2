using Orleans.Concurrency;

namespace Competitions.Contracts.Leaderboards;

/// <summary>Implemented once per web node, not per viewer: the node fans a delta out to its own SignalR group.</summary>
public interface ILeaderboardObserver : IGrainObserver
{
    [OneWay]
    Task OnLeaderboardChanged(LeaderboardDelta delta);
}
