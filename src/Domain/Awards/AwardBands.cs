using Competitions.Domain.Ranking;

namespace Competitions.Domain.Awards;

/// <summary>
/// Evaluates an <see cref="AwardRule"/> on a ranked field. The field is whoever was ranked: individuals, or teams in a
/// team event (a team's members all receive the team's outcome). With <see cref="TiePolicy.Share"/> a competitor's
/// shared rank decides, so everyone tied on a boundary gets the better prize; with <see cref="TiePolicy.Break"/> his
/// position in the ranked list does.
/// </summary>
public static class AwardBands
{
    /// <param name="currentLevel">The skill level each competitor holds (imported with the roster), for promotions.</param>
    public static IReadOnlyDictionary<string, AwardOutcome> Evaluate(IReadOnlyList<RankedEntry> ranked, AwardRule rule, Func<string, string?> currentLevel)
    {
        // Shares are of those who competed: an absent competitor (缺考) is not in the field and gets nothing.
        var (first, second, third, merit) = Places(ranked.Count(r => !r.Entry.Absent), rule);
        var outcomes = new Dictionary<string, AwardOutcome>(StringComparer.Ordinal);
        var position = 0;
        foreach (var (entry, rank) in ranked)
        {
            if (entry.Absent)
            {
                outcomes[entry.CompetitorId] = AwardOutcome.Nothing;
                continue;
            }

            position++;
            if (entry.Total < rule.MinimumScore)
            {
                outcomes[entry.CompetitorId] = AwardOutcome.Nothing;
                continue;
            }

            var place = rule.Ties == TiePolicy.Share ? rank : position;
            var award = place <= first ? AwardBand.First
                : place <= second ? AwardBand.Second
                : place <= third ? AwardBand.Third
                : place <= merit ? AwardBand.Merit
                : AwardBand.None;
            // The most exclusive title that applies: with 状元 for place 1 and 技术能手 for the top 5, the winner is 状元.
            var title = rule.Titles?.Where(t => place <= t.UpToPlace).OrderBy(t => t.UpToPlace).Select(t => t.Title).FirstOrDefault();
            outcomes[entry.CompetitorId] = new AwardOutcome(award, title, Promotion(rule, award, currentLevel(entry.CompetitorId)));
        }

        return outcomes;
    }

    /// <summary>The last place of each prize, cumulative: (first, second, third, merit).</summary>
    public static (int First, int Second, int Third, int Merit) Places(int field, AwardRule rule)
    {
        if (rule.Basis == AwardBasis.Rank)
        {
            var third = rule.FirstPlaces + rule.SecondPlaces + rule.ThirdPlaces;
            return (rule.FirstPlaces, rule.FirstPlaces + rule.SecondPlaces, third,
                Math.Max(rule.MeritUpToPlace, FieldShare.Places(field, rule.MeritPercent, rule.Rounding)));
        }

        var firstShare = FieldShare.Places(field, rule.FirstPercent, rule.Rounding);
        var secondShare = Math.Max(firstShare, FieldShare.Places(field, rule.FirstPercent + rule.SecondPercent, rule.Rounding));
        var thirdShare = Math.Max(secondShare, FieldShare.Places(field, rule.FirstPercent + rule.SecondPercent + rule.ThirdPercent, rule.Rounding));
        if (rule.Rounding == ShareRounding.DownAtLeastOne)
        {
            // Each prize with a share gets a place of its own, even when rounding down left it none.
            secondShare = rule.SecondPercent > 0m ? Math.Max(secondShare, firstShare + 1) : secondShare;
            thirdShare = rule.ThirdPercent > 0m ? Math.Max(thirdShare, secondShare + 1) : thirdShare;
        }

        return (firstShare, secondShare, thirdShare, Math.Max(thirdShare, FieldShare.Places(field, rule.MeritPercent, rule.Rounding)));
    }

    private static string? Promotion(AwardRule rule, AwardBand award, string? currentLevel)
    {
        var promotion = award == AwardBand.None ? null : rule.Promotions?.FirstOrDefault(p => p.Award == award);
        if (promotion is null)
        {
            return null;
        }

        var held = SkillLevels.IndexOf(currentLevel);
        var target = promotion.ToLevel is { } level ? SkillLevels.IndexOf(level) : held < 0 ? -1 : held + 1;
        if (promotion.ToLevel is not null && target < 0)
        {
            // A level outside the national ladder (a contest's own grade) is granted as written.
            return promotion.ToLevel;
        }

        return target > held && target < SkillLevels.Ladder.Count ? SkillLevels.Ladder[target] : null;
    }
}
