namespace Competitions.Domain.Awards;

/// <summary>The contest's prizes by delegation, ranked as medal tables are: by firsts, then seconds, then thirds.</summary>
public static class MedalTable
{
    /// <summary>
    /// A delegation's row is final only when every prize in it is. Delegations tied on all three counts are listed by
    /// name, so the order never depends on which event reported first.
    /// </summary>
    public static IReadOnlyList<DelegationPrizes> Rank(IEnumerable<EventPrizes> events, MedalCounting counting) => [.. events
        .Where(e => counting == MedalCounting.AllEvents || e.Published)
        .SelectMany(e => e.Prizes)
        .GroupBy(p => p.Delegation, StringComparer.Ordinal)
        .Select(g => new DelegationPrizes(g.Key, g.Sum(p => p.First), g.Sum(p => p.Second), g.Sum(p => p.Third), g.All(p => p.Final)))
        .Where(p => p.First + p.Second + p.Third > 0)
        .OrderByDescending(p => p.First).ThenByDescending(p => p.Second).ThenByDescending(p => p.Third)
        .ThenBy(p => p.Delegation, StringComparer.Ordinal)];
}
