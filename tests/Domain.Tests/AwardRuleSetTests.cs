using Competitions.Domain.Awards;
using Competitions.Domain.Ranking;

namespace Competitions.Domain.Tests;

/// <summary>Each rule set against a field worked out by hand.</summary>
public sealed class AwardRuleSetTests
{
    private static IReadOnlyList<RankedEntry> Field(params decimal[] totals) =>
        Ranker.Rank(totals.Select((t, i) => new RankingEntry($"c{i + 1:00}", t, t, new Dictionary<string, decimal>(), null)), []);

    private static readonly AwardRule NationalStyle = new(0m, 0m, 0m, 60m, AwardBasis.Rank, MeritUpToPlace: 5,
        Titles: [new TitleRule(5, "技术能手")],
        Promotions: [new PromotionRule(AwardBand.First, "技师"), new PromotionRule(AwardBand.Second, "技师"), new PromotionRule(AwardBand.Third, "技师"), new PromotionRule(AwardBand.Merit, null)]);

    private static AwardBand[] Bands(IReadOnlyDictionary<string, AwardOutcome> outcomes) => [.. outcomes.OrderBy(o => o.Key).Select(o => o.Value.Award)];

    [Fact]
    public void Seven_competitors_with_a_tie_at_third_share_the_bronze_and_the_merit_award_goes_to_place_five()
    {
        // Ranks 1, 2, 3, 3, 5, 6, 7.
        var outcomes = AwardBands.Evaluate(Field(95, 90, 85, 85, 80, 75, 70), NationalStyle, _ => null);

        Assert.Equal([AwardBand.First, AwardBand.Second, AwardBand.Third, AwardBand.Third, AwardBand.Merit, AwardBand.None, AwardBand.None], Bands(outcomes));
        Assert.Equal(["c01", "c02", "c03", "c04", "c05"], outcomes.Where(o => o.Value.Title == "技术能手").Select(o => o.Key).Order());
    }

    [Fact]
    public void With_ties_broken_there_is_exactly_one_bronze()
    {
        var outcomes = AwardBands.Evaluate(Field(95, 90, 85, 85, 80, 75, 70), NationalStyle with { Ties = TiePolicy.Break }, _ => null);

        Assert.Equal([AwardBand.First, AwardBand.Second, AwardBand.Third, AwardBand.Merit, AwardBand.Merit, AwardBand.None, AwardBand.None], Bands(outcomes));
    }

    [Fact]
    public void Medallists_are_promoted_to_the_named_level_and_merit_one_level_up_but_never_down()
    {
        var levels = new Dictionary<string, string?> { ["c01"] = "高级工", ["c02"] = "技师", ["c05"] = "中级工", ["c06"] = "中级工" };
        var outcomes = AwardBands.Evaluate(Field(95, 90, 85, 85, 80, 75, 70), NationalStyle, id => levels.GetValueOrDefault(id));

        Assert.Equal("技师", outcomes["c01"].PromotedTo);
        Assert.Null(outcomes["c02"].PromotedTo); // already holds 技师
        Assert.Equal("技师", outcomes["c03"].PromotedTo); // no level on record: the named level
        Assert.Equal("高级工", outcomes["c05"].PromotedTo); // merit: one up from 中级工
        Assert.Null(outcomes["c06"].PromotedTo); // no award
    }

    [Fact]
    public void A_top_half_merit_award_reaches_further_than_the_fixed_places()
    {
        var outcomes = AwardBands.Evaluate(Field(95, 90, 85, 84, 80, 75, 70, 65, 61, 60), NationalStyle with { MeritPercent = 50m, Rounding = ShareRounding.Down }, _ => null);

        // Half of 10 = 5 places; rank 4 and 5 get the merit award, 6 does not.
        Assert.Equal(2, outcomes.Values.Count(o => o.Award == AwardBand.Merit));
    }

    [Theory]
    // 23 competitors, 10/20/30 %: exact cumulative places 2.3, 6.9, 13.8.
    [InlineData(ShareRounding.HalfUp, 2, 5, 7)] // 2, 7, 14
    [InlineData(ShareRounding.Down, 2, 4, 7)] // 2, 6, 13
    [InlineData(ShareRounding.DownAtLeastOne, 2, 4, 7)] // as Down: every prize already has a place
    public void Twenty_three_competitors_under_each_rounding_rule(ShareRounding rounding, int first, int second, int third)
    {
        var outcomes = AwardBands.Evaluate(Field([.. Enumerable.Range(0, 23).Select(i => 99m - i)]), AwardRule.Default with { Rounding = rounding }, _ => null);

        Assert.Equal((first, second, third), (
            outcomes.Values.Count(o => o.Award == AwardBand.First),
            outcomes.Values.Count(o => o.Award == AwardBand.Second),
            outcomes.Values.Count(o => o.Award == AwardBand.Third)));
    }

    [Theory]
    // 5 competitors: exact cumulative places 0.5, 1.5, 3.0.
    [InlineData(ShareRounding.HalfUp, 1, 1, 1)] // 1, 2, 3
    [InlineData(ShareRounding.Down, 0, 1, 2)] // 0, 1, 3
    [InlineData(ShareRounding.DownAtLeastOne, 1, 1, 1)] // 1, then one place each
    public void A_small_field_shows_where_the_rounding_rules_differ(ShareRounding rounding, int first, int second, int third)
    {
        var outcomes = AwardBands.Evaluate(Field(95, 90, 85, 80, 75), AwardRule.Default with { Rounding = rounding }, _ => null);

        Assert.Equal((first, second, third), (
            outcomes.Values.Count(o => o.Award == AwardBand.First),
            outcomes.Values.Count(o => o.Award == AwardBand.Second),
            outcomes.Values.Count(o => o.Award == AwardBand.Third)));
    }

    [Fact]
    public void A_team_event_counts_teams_not_people()
    {
        // Ten teams of three: 10 % is one team (three people) with first prize, not three teams.
        var teams = Ranker.Rank(Enumerable.Range(1, 10).Select(i => new RankingEntry($"T{i:00}", 100m - i, 100m - i, new Dictionary<string, decimal>(), null)), []);

        var outcomes = AwardBands.Evaluate(teams, AwardRule.Default, _ => null);

        Assert.Equal(["T01"], outcomes.Where(o => o.Value.Award == AwardBand.First).Select(o => o.Key));
        Assert.Equal(3, outcomes.Values.Count(o => o.Award == AwardBand.Third));
    }

    [Fact]
    public void Nobody_below_the_minimum_gets_a_medal_a_title_or_a_promotion()
    {
        var outcomes = AwardBands.Evaluate(Field(59, 58), NationalStyle, _ => "初级工");

        Assert.All(outcomes.Values, o => Assert.Equal(AwardOutcome.Nothing, o));
    }
}
