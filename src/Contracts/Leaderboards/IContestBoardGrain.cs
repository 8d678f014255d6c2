using Competitions.Contracts.Contests;
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

    /// <summary>
    /// An event was added to the contest: a board viewed before it existed would otherwise not show it until its
    /// leaderboard next changes. One-way: the contest grain calls it while it registers the event.
    /// </summary>
    [OneWay]
    Task AddEvent(string eventCode);

    /// <summary>The contest's name or medal counting changed. One-way: the contest grain calls it while it changes.</summary>
    [OneWay]
    Task ApplyDefinition(ContestDefinition definition);

    /// <summary>Subscribes (or renews) a web node's observer; subscriptions expire unless renewed within two minutes.</summary>
    Task Subscribe(IContestBoardObserver observer);

    Task Unsubscribe(IContestBoardObserver observer);
}
