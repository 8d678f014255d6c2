using Competitions.Contracts.Scoresheets;
using Orleans.Concurrency;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// The ranked totals of one event, held in memory and updated one score sheet at a time. Built from the score
/// sheets on activation, so it never needs its own storage. Key: <see cref="Keys.Event"/>.
/// </summary>
public interface ILeaderboardGrain : IGrainWithStringKey
{
    Task<LeaderboardView> Get();

    /// <summary>The deltas after <paramref name="version"/> of <paramref name="epoch"/>, or a snapshot if they are no longer kept.</summary>
    Task<LeaderboardCatchUp> GetChangesSince(string epoch, long version);

    /// <summary>Subscribes (or renews) a web node's observer; subscriptions expire unless renewed within two minutes.</summary>
    Task Subscribe(ILeaderboardObserver observer);

    Task Unsubscribe(ILeaderboardObserver observer);

    Task Update(Standing standing);

    /// <summary>The roster or ranking rules changed: rebuild from the score sheets before the next read.</summary>
    [OneWay]
    Task Rebuild();
}
