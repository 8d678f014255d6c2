namespace Competitions.Domain.Standardisation;

/// <summary>
/// Each delegation's best result across the contest by standardised score (results of different events compare only
/// on that scale). Equal scores all stay on the list; delegations are ordered by their best score.
/// </summary>
public static class BestOfDelegation
{
    public static IReadOnlyList<StandardisedResult> Select(IEnumerable<StandardisedResult> results) =>
    [
        .. results
            .Where(r => r.Delegation.Length > 0)
            .GroupBy(r => r.Delegation, StringComparer.Ordinal)
            .SelectMany(g => g.Where(r => r.Score == g.Max(x => x.Score)))
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Delegation, StringComparer.Ordinal)
            .ThenBy(r => r.EventCode, StringComparer.Ordinal),
    ];
}
