namespace Competitions.Domain.Ranking;

/// <summary>
/// Orders competitors by total, then by the event's tie-breaks in order. Competitors equal on every key share a
/// rank and the next rank skips (1, 2, 2, 4); among equals the list is ordered by competitor id so it is stable.
/// Absent competitors (缺考) are not in the field: they follow everyone ranked, by competitor id, as
/// <see cref="Unranked"/>, and take no place from anyone.
/// </summary>
public static class Ranker
{
    /// <summary>The rank of an absent competitor: none. Boards and exports show 缺考 instead.</summary>
    public const int Unranked = 0;

    public static IReadOnlyList<RankedEntry> Rank(IEnumerable<RankingEntry> entries, IReadOnlyList<TieBreak> tieBreaks)
    {
        var comparer = new RankingComparer(tieBreaks);
        var all = entries.ToList();
        var ordered = all.Where(e => !e.Absent).OrderBy(e => e, comparer).ThenBy(e => e.CompetitorId, StringComparer.Ordinal).ToList();
        var ranked = new List<RankedEntry>(all.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var shares = i > 0 && comparer.Compare(ordered[i - 1], ordered[i]) == 0;
            ranked.Add(new RankedEntry(ordered[i], shares ? ranked[i - 1].Rank : i + 1));
        }

        ranked.AddRange(all.Where(e => e.Absent).OrderBy(e => e.CompetitorId, StringComparer.Ordinal).Select(e => new RankedEntry(e, Unranked)));
        return ranked;
    }

    private sealed class RankingComparer(IReadOnlyList<TieBreak> tieBreaks) : IComparer<RankingEntry>
    {
        public int Compare(RankingEntry? x, RankingEntry? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var byTotal = y.Total.CompareTo(x.Total);
            if (byTotal != 0)
            {
                return byTotal;
            }

            foreach (var tieBreak in tieBreaks)
            {
                var result = tieBreak.Kind switch
                {
                    TieBreakKind.PracticalScore => y.Practical.CompareTo(x.Practical),
                    TieBreakKind.CriterionScore => Criterion(y, tieBreak).CompareTo(Criterion(x, tieBreak)),
                    TieBreakKind.TimeUsed => Time(x).CompareTo(Time(y)),
                    _ => 0,
                };
                if (result != 0)
                {
                    return result;
                }
            }

            return 0;
        }

        private static decimal Criterion(RankingEntry entry, TieBreak tieBreak) =>
            entry.CriterionScores.GetValueOrDefault(tieBreak.CriterionId ?? string.Empty);

        private static TimeSpan Time(RankingEntry entry) => entry.TimeUsed ?? TimeSpan.MaxValue;
    }
}
