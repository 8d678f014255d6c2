using Competitions.Contracts.Events;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Sessions;
using Orleans.Concurrency;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// The ranked totals of one event, held in memory and updated one score sheet at a time. Built from the score
/// sheets on activation, so it never needs its own storage. Key: <see cref="Keys.Event"/>.
/// </summary>
public interface ILeaderboardGrain : IGrainWithStringKey
{
    Task<LeaderboardView> Get();

    /// <summary>The board as the public may see it: frozen, embargoed or live, names per the event's publication setting.</summary>
    Task<LeaderboardView> GetPublic();

    /// <summary>The board for one audience (<see cref="BoardAudience.StaffCodesOnly"/>: a chief judge who marks).</summary>
    Task<LeaderboardView> GetFor(BoardAudience audience);

    /// <summary>The event's public summary for the contest home page (status, counts, prizes by delegation).</summary>
    Task<EventSummary> GetSummary();

    /// <summary>Marks missing, disputes and spread alerts summed over the live board: a few numbers, not the rows.</summary>
    Task<EventProgress> GetProgress();

    /// <summary>Each competitor's attendance (检录) as his sheet last reported it: the check-in desk's list.</summary>
    Task<IReadOnlyDictionary<string, Attendance>> GetAttendance();

    /// <summary>
    /// Every score sheet's standing as last reported (criterion scores and times included): what ranking the event
    /// together with others needs, e.g. a later round's advancement from several venues.
    /// </summary>
    Task<IReadOnlyList<Standing>> GetStandings();

    /// <summary>Each competitor's seat state (<see cref="Domain.Sessions.SessionProgress.SeatStateOf"/>): the schedule's live part.</summary>
    Task<IReadOnlyDictionary<string, SeatState>> GetSeatStates();

    /// <summary>The deltas after <paramref name="version"/> of <paramref name="epoch"/>, or a snapshot if they are no longer kept.</summary>
    Task<LeaderboardCatchUp> GetChangesSince(BoardAudience audience, string epoch, long version);

    /// <summary>The public board mode changed (freeze, unfreeze, embargo): apply it and tell the public at once.</summary>
    Task ApplyPublication(Publication publication);

    /// <summary>Subscribes (or renews) a web node's observer; subscriptions expire unless renewed within two minutes.</summary>
    Task Subscribe(ILeaderboardObserver observer);

    Task Unsubscribe(ILeaderboardObserver observer);

    Task Update(Standing standing);

    /// <summary>
    /// Passes a change in these judges' work to the web nodes that watch the event: the board's subscribers are the
    /// nodes, so judges' tablets are told without a channel of their own.
    /// </summary>
    [OneWay]
    Task NotifyJudges(IReadOnlyList<string> judgeIds);

    /// <summary>The roster, rules or status changed: rebuild from the score sheets (at once if the board is in use).</summary>
    [OneWay]
    Task Rebuild();
}
