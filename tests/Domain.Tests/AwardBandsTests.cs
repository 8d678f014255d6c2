using Competitions.Domain.Awards;
using Competitions.Domain.Ranking;

namespace Competitions.Domain.Tests;

public sealed class AwardBandsTests
{
    private static IReadOnlyList<RankedEntry> Field(params decimal[] totals) =>
        Ranker.Rank(totals.Select((t, i) => new RankingEntry($"c{i + 1:00}", t, t, new Dictionary<string, decimal>(), null)), []);

    private static Dictionary<string, AwardBand> Assign(IReadOnlyList<RankedEntry> ranked, AwardRule rule) =>
        AwardBands.Evaluate(ranked, rule, _ => null).ToDictionary(o => o.Key, o => o.Value.Award);

    [Fact]
    public void Default_rule_on_ten_competitors_gives_one_first_two_second_three_third()
    {
        var awards = Assign(Field(95, 90, 88, 85, 80, 75, 70, 65, 62, 55), AwardRule.Default);

        Assert.Equal(
            [AwardBand.First, AwardBand.Second, AwardBand.Second, AwardBand.Third, AwardBand.Third, AwardBand.Third, AwardBand.None, AwardBand.None, AwardBand.None, AwardBand.None],
            awards.OrderBy(a => a.Key).Select(a => a.Value));
    }

    [Fact]
    public void Competitors_tied_on_a_boundary_share_the_better_prize()
    {
        // c02 and c03 tie for rank 2; 10 % of 10 is one first prize, 30 % is three places up to second.
        var awards = Assign(Field(95, 90, 90, 90, 80, 75, 70, 65, 62, 61), AwardRule.Default);

        Assert.Equal(AwardBand.Second, awards["c04"]); // rank 2 ≤ 3
        Assert.Equal(AwardBand.Third, awards["c05"]);
    }

    [Fact]
    public void Nobody_below_the_minimum_score_gets_a_prize()
    {
        var awards = Assign(Field(59, 58, 50), AwardRule.Default);
        Assert.All(awards.Values, a => Assert.Equal(AwardBand.None, a));
    }

    [Fact]
    public void Shares_are_rounded_half_up()
    {
        // 25 competitors: first = round(2.5) = 3 places, second up to round(7.5) = 8, third up to round(15) = 15.
        var awards = Assign(Field([.. Enumerable.Range(0, 25).Select(i => 99m - i)]), AwardRule.Default);
        Assert.Equal(3, awards.Values.Count(a => a == AwardBand.First));
        Assert.Equal(5, awards.Values.Count(a => a == AwardBand.Second));
        Assert.Equal(7, awards.Values.Count(a => a == AwardBand.Third));
    }

    [Fact]
    public void Absent_competitors_get_nothing_and_do_not_count_in_the_field_the_shares_are_of()
    {
        // Four who competed: 10 % → 0, 30 % → round(1.2) = 1 place up to second, 60 % → round(2.4) = 2 up to third.
        // Counting the six absent the shares would be of ten: one first, two more second, three more third.
        var entries = new[] { 95m, 90m, 88m, 85m }.Select((t, i) => new RankingEntry($"c{i + 1:00}", t, t, new Dictionary<string, decimal>(), null))
            .Concat(Enumerable.Range(1, 6).Select(i => new RankingEntry($"x{i:00}", 99m, 99m, new Dictionary<string, decimal>(), null, Absent: true)));
        var awards = Assign(Ranker.Rank(entries, []), AwardRule.Default);

        Assert.Equal([AwardBand.Second, AwardBand.Third, AwardBand.None, AwardBand.None], new[] { "c01", "c02", "c03", "c04" }.Select(c => awards[c]));
        Assert.All(awards.Where(a => a.Key.StartsWith('x')), a => Assert.Equal(AwardBand.None, a.Value));
    }
}
