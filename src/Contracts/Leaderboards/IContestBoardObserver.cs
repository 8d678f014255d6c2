using Orleans.Concurrency;

namespace Competitions.Contracts.Leaderboards;

/// <summary>Implemented once per web node, not per viewer: the node sends the update to its contest's SignalR group.</summary>
public interface IContestBoardObserver : IGrainObserver
{
    [OneWay]
    Task OnContestBoardChanged(ContestBoardUpdate update);
}
