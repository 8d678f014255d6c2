using Competitions.Domain.Advancement;
using Competitions.Domain.Awards;

namespace Competitions.Domain.Tests;

public sealed class AdvancementsTests
{
    /// <summary>
    /// "id delegation total rank [w]" per candidate, in ranked order; ranks as the source event's tie-breaks give them
    /// (c3 and c4 tie on total, c3 wins the tie-break; c5 and c6 are equal on every key).
    /// </summary>
    private static List<AdvancementCandidate> Field(string lines) => [.. lines.Split('|', StringSplitOptions.TrimEntries).Select(line =>
    {
        var parts = line.Split(' ');
        return new AdvancementCandidate(parts[0], parts[1], decimal.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), parts.Length > 4 && parts[4] == "w");
    })];

    private static readonly List<AdvancementCandidate> Ten = Field(
        "c1 A 95 1 | c2 B 90 2 | c3 A 88 3 | c4 B 88 4 | c5 A 80 5 | c6 C 80 5 | c7 C 75 7 | c8 A 70 8 | c9 B 65 9 | c10 C 50 10");

    private static string Outcome(IReadOnlyList<AdvancementCandidate> field, AdvancementRule rule) => string.Join(" ",
        Advancements.Decide(field, rule).Select(d => d.Status switch
        {
            AdvancementStatus.Advances => d.CompetitorId,
            AdvancementStatus.AdvancesOnTie => d.CompetitorId + "=",
            AdvancementStatus.AdvancesAsReplacement => d.CompetitorId + "+",
            AdvancementStatus.Withdrawn => d.CompetitorId + "w",
            _ => null,
        }).OfType<string>());

    [Theory]
    [InlineData(3, CutTies.AllAdvance, "c1 c2 c3 c4=")] // c3 and c4 share 88 at the cut: both go
    [InlineData(3, CutTies.BreakByTieBreaks, "c1 c2 c3")] // the tie-break put c3 ahead of c4
    [InlineData(5, CutTies.BreakByTieBreaks, "c1 c2 c3 c4 c5 c6=")] // c5 and c6 equal on every key: both go
    [InlineData(5, CutTies.AllAdvance, "c1 c2 c3 c4 c5 c6=")]
    [InlineData(7, CutTies.AllAdvance, "c1 c2 c3 c4 c5 c6 c7")] // no tie at the cut
    [InlineData(20, CutTies.AllAdvance, "c1 c2 c3 c4 c5 c6 c7 c8 c9 c10")] // more places than competitors
    public void Top_places_with_ties_at_the_cut(int places, CutTies ties, string expected)
    {
        Assert.Equal(expected, Outcome(Ten, new AdvancementRule(AdvancementKind.TopPlaces, Places: places, Ties: ties)));
    }

    [Fact]
    public void A_withdrawal_passes_its_place_to_the_next_ranked_who_is_marked_a_replacement()
    {
        var field = Field("c1 A 95 1 | c2 B 90 2 w | c3 A 88 3 | c4 B 85 4 | c5 A 80 5");

        Assert.Equal("c1 c2w c3 c4+", Outcome(field, new AdvancementRule(AdvancementKind.TopPlaces, Places: 3)));
    }

    [Fact]
    public void A_withdrawal_above_a_tie_at_the_cut_gives_its_place_to_the_tied_competitor_not_to_the_next_one()
    {
        // Had nobody withdrawn, c4 would go on the tie with c3 (and on no tie-break); c2's place is the one c4 takes.
        var field = Field("c1 A 95 1 | c2 B 90 2 w | c3 A 88 3 | c4 B 88 4 | c5 A 80 5 | c6 B 70 6");

        Assert.Equal("c1 c2w c3 c4=", Outcome(field, new AdvancementRule(AdvancementKind.TopPlaces, Places: 3)));
        Assert.Equal("c1 c2w c3 c4+", Outcome(field, new AdvancementRule(AdvancementKind.TopPlaces, Places: 3, Ties: CutTies.BreakByTieBreaks)));
    }

    [Theory]
    [InlineData(1, "c1 c2 c6")] // the best of A, of B and of C
    [InlineData(2, "c1 c2 c3 c4 c6 c7")]
    public void Top_places_per_delegation(int places, string expected)
    {
        Assert.Equal(expected, Outcome(Ten, new AdvancementRule(AdvancementKind.TopPlacesPerDelegation, Places: places)));
    }

    [Fact]
    public void Ties_at_a_delegations_cut_are_judged_within_the_delegation()
    {
        var field = Field("c1 A 90 1 | c2 A 85 2 | c3 B 85 2 | c4 A 85 2 | c5 B 60 5");

        Assert.Equal("c1 c2 c3 c4= c5", Outcome(field, new AdvancementRule(AdvancementKind.TopPlacesPerDelegation, Places: 2)));
    }

    [Theory]
    [InlineData(80, "c1 c2 c3 c4 c5 c6")]
    [InlineData(88, "c1 c2 c3 c4")]
    [InlineData(96, "")]
    public void Everyone_at_or_above_a_score(int score, string expected)
    {
        Assert.Equal(expected, Outcome(Ten, new AdvancementRule(AdvancementKind.ScoreAtLeast, MinimumScore: score)));
    }

    [Theory]
    [InlineData(25, ShareRounding.HalfUp, "c1 c2 c3 c4=")] // 2.5 → 3 places, c4 tied at the cut
    [InlineData(25, ShareRounding.Down, "c1 c2")] // 2.5 → 2
    [InlineData(5, ShareRounding.Down, "")] // 0.5 → 0: nobody
    [InlineData(5, ShareRounding.DownAtLeastOne, "c1")] // 0.5 → at least one
    [InlineData(45, ShareRounding.HalfUp, "c1 c2 c3 c4 c5 c6=")] // 4.5 → 5, c6 equal to c5 on every key
    public void A_share_of_the_field_rounds_as_the_rule_says(int percent, ShareRounding rounding, string expected)
    {
        Assert.Equal(expected, Outcome(Ten, new AdvancementRule(AdvancementKind.ShareOfField, Percent: percent, Rounding: rounding)));
    }

    [Fact]
    public void A_share_counts_withdrawn_competitors_in_the_field_they_competed_in()
    {
        var field = Field("c1 A 95 1 w | c2 B 90 2 | c3 A 88 3 | c4 B 85 4");

        // 50 % of four is two places: c1's goes to c4.
        Assert.Equal("c1w c2 c3+", Outcome(field, new AdvancementRule(AdvancementKind.ShareOfField, Percent: 50)));
    }

    [Fact]
    public void Nobody_below_the_floor_advances_even_to_fill_places()
    {
        Assert.Equal("c1 c2 c3 c4", Outcome(Ten, new AdvancementRule(AdvancementKind.TopPlaces, Places: 6, MinimumScore: 85)));
    }

    [Theory]
    [InlineData(AdvancementKind.TopPlaces, 0, 0, 0, "places")]
    [InlineData(AdvancementKind.TopPlacesPerDelegation, -1, 0, 0, "places")]
    [InlineData(AdvancementKind.ShareOfField, 0, 0, 0, "percent")]
    [InlineData(AdvancementKind.ShareOfField, 0, 0, 101, "percent")]
    [InlineData(AdvancementKind.ScoreAtLeast, 0, -1, 0, "minimumScore")]
    public void A_rule_that_cannot_be_applied_is_refused_with_the_field_to_fix(AdvancementKind kind, int places, int score, int percent, string field)
    {
        var rule = new AdvancementRule(kind, places, score, percent);

        Assert.Equal(field, Advancements.Check(rule)?.Field);
        Assert.Throws<ArgumentException>(() => Advancements.Decide(Ten, rule));
    }
}
