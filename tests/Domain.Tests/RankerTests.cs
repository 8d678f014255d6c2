using Competitions.Domain.Ranking;

namespace Competitions.Domain.Tests;

public sealed class RankerTests
{
    private static RankingEntry Entry(string id, decimal total, decimal practical = 50m, decimal criterionB = 0m, int? minutes = null) =>
        new(id, total, practical, new Dictionary<string, decimal> { ["B"] = criterionB }, minutes is null ? null : TimeSpan.FromMinutes(minutes.Value));

    [Fact]
    public void Three_way_tie_on_every_key_shares_a_rank_and_the_next_rank_skips()
    {
        var ranked = Ranker.Rank([Entry("c5", 80m), Entry("c3", 85m), Entry("c1", 90m), Entry("c4", 85m), Entry("c2", 85m)], TieBreak.Default);

        Assert.Equal(["c1", "c2", "c3", "c4", "c5"], ranked.Select(r => r.Entry.CompetitorId));
        Assert.Equal([1, 2, 2, 2, 5], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Tie_breaks_apply_in_order_practical_then_criterion_then_time()
    {
        TieBreak[] rules = [new(TieBreakKind.PracticalScore), new(TieBreakKind.CriterionScore, "B"), new(TieBreakKind.TimeUsed)];
        var ranked = Ranker.Rank(
        [
            Entry("slow", 85m, practical: 70m, criterionB: 20m, minutes: 200),
            Entry("fast", 85m, practical: 70m, criterionB: 20m, minutes: 180),
            Entry("better-b", 85m, practical: 70m, criterionB: 25m, minutes: 240),
            Entry("better-practical", 85m, practical: 72m, criterionB: 10m),
            Entry("no-time", 85m, practical: 70m, criterionB: 20m),
        ], rules);

        Assert.Equal(["better-practical", "better-b", "fast", "slow", "no-time"], ranked.Select(r => r.Entry.CompetitorId));
        Assert.Equal([1, 2, 3, 4, 5], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Without_tie_breaks_equal_totals_share_even_if_parts_differ()
    {
        var ranked = Ranker.Rank([Entry("a", 85m, practical: 70m), Entry("b", 85m, practical: 90m)], []);
        Assert.Equal([1, 1], ranked.Select(r => r.Rank));
    }

    [Fact]
    public void Absent_competitors_follow_the_ranked_field_unranked_and_take_no_place()
    {
        var ranked = Ranker.Rank(
        [
            Entry("c1", 90m),
            Entry("absent-b", 0m) with { Absent = true },
            Entry("c2", 85m),
            Entry("absent-a", 95m) with { Absent = true },
            Entry("c3", 85m),
        ], TieBreak.Default);

        Assert.Equal(["c1", "c2", "c3", "absent-a", "absent-b"], ranked.Select(r => r.Entry.CompetitorId));
        Assert.Equal([1, 2, 2, Ranker.Unranked, Ranker.Unranked], ranked.Select(r => r.Rank));
    }
}
