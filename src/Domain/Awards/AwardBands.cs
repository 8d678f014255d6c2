using Competitions.Domain.Ranking;

namespace Competitions.Domain.Awards;

/// <summary>
/// Assigns prizes by rank. The number of places for each prize is the cumulative share of the field rounded half up
/// (10 % of 25 = 2.5 → 3 places). A competitor's rank decides, so competitors tied on the boundary all get the better
/// prize: ties share.
/// </summary>
public static class AwardBands
{
    public static IReadOnlyDictionary<string, AwardBand> Assign(IReadOnlyList<RankedEntry> ranked, AwardRule rule)
    {
        var field = ranked.Count;
        var firstPlaces = Places(field, rule.FirstPercent);
        var secondPlaces = Places(field, rule.FirstPercent + rule.SecondPercent);
        var thirdPlaces = Places(field, rule.FirstPercent + rule.SecondPercent + rule.ThirdPercent);

        return ranked.ToDictionary(
            r => r.Entry.CompetitorId,
            r => r.Entry.Total < rule.MinimumScore ? AwardBand.None
                : r.Rank <= firstPlaces ? AwardBand.First
                : r.Rank <= secondPlaces ? AwardBand.Second
                : r.Rank <= thirdPlaces ? AwardBand.Third
                : AwardBand.None,
            StringComparer.Ordinal);
    }

    private static int Places(int field, decimal percent) =>
        (int)Math.Round(field * percent / 100m, MidpointRounding.AwayFromZero);
}
