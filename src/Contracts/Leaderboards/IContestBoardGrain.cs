using Orleans.Concurrency;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// The contest's public overview, kept in memory from the event leaderboards' summaries (one per event, pushed when
/// it changes), so a page view never touches the events or the database. Changes reach subscribed web nodes as one
/// <see cref="ContestBoardUpdate"/> a second at most. Key: contest id.
/// </summary>
public interface IContestBoardGrain : IGrainWithStringKey
{
    [ReadOnly]
    Task<ContestBoardView> Get();

    [OneWay]
    Task UpdateEvent(EventSummary summary);

    /// <summary>Subscribes (or renews) a web node's observer; subscriptions expire unless renewed within two minutes.</summary>
    Task Subscribe(IContestBoardObserver observer);

    Task Unsubscribe(IContestBoardObserver observer);
}
