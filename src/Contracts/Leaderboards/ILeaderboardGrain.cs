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

    Task Update(Standing standing);

    /// <summary>The roster or ranking rules changed: rebuild from the score sheets before the next read.</summary>
    [OneWay]
    Task Rebuild();
}
