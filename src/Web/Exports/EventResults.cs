using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;

namespace Competitions.Web.Exports;

/// <summary>An event's results as exported, taken from the server's leaderboard without recomputing anything.</summary>
public sealed record EventResults(string EventCode, string EventName, IReadOnlyList<ResultLine> Lines)
{
    public static EventResults From(EventView view, LeaderboardView board)
    {
        var definition = view.Definition;
        return new(definition.Code, definition.Name, [.. board.Rows.Select(r => new ResultLine(
            r.Rank,
            r.CompetitorId!,
            definition.PublicNames ? r.Name : r.BlindCode ?? r.CompetitorId!,
            r.Organisation,
            r.Delegation,
            r.Theory,
            r.Practical,
            r.Total,
            AwardLabels.Of(r.Award),
            r.Title,
            r.PromotedTo,
            r.Standardised))]);
    }
}
