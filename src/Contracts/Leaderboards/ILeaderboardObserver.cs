using Orleans.Concurrency;

namespace Competitions.Contracts.Leaderboards;

/// <summary>Implemented once per web node, not per viewer: the node fans a delta out to its own SignalR group.</summary>
public interface ILeaderboardObserver : IGrainObserver
{
    [OneWay]
    Task OnLeaderboardChanged(LeaderboardDelta delta);

    /// <summary>Something on these judges' tablets changed (a re-mark request): the node tells their tablets at once.</summary>
    [OneWay]
    Task OnJudgeWorkChanged(string eventKey, IReadOnlyList<string> judgeIds);
}
