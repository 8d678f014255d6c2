using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;

namespace Competitions.Web.Exports;

/// <summary>
/// An event's results as exported, taken from the server's leaderboard without recomputing anything; an absent
/// competitor's row keeps no figure (his total is not a result).
/// </summary>
public sealed record EventResults(string EventCode, string EventName, IReadOnlyList<ResultLine> Lines)
{
    public static EventResults From(EventView view, LeaderboardView board)
    {
        var definition = view.Definition;
        return new(definition.Code, definition.Name, [.. board.Rows.Select(r => new ResultLine(
            r.Absent || r.Assessment is not null ? null : r.Rank,
            r.CompetitorId!,
            definition.PublicNames ? r.Name : r.BlindCode ?? r.CompetitorId!,
            r.Organisation,
            r.Delegation,
            r.Absent ? null : r.Theory,
            r.Absent ? null : r.Practical,
            r.Absent ? null : r.Total,
            AwardLabels.Of(r.Award),
            r.Title,
            r.PromotedTo,
            r.Standardised,
            r.Absent,
            r.Assessment))]);
    }
}
