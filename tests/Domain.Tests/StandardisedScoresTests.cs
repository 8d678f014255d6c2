using Competitions.Domain.Standardisation;

namespace Competitions.Domain.Tests;

public sealed class StandardisedScoresTests
{
    [Fact]
    public void A_hand_worked_field_matches_the_documented_formula()
    {
        // Median 80, mean 80, σ = √((400 + 100 + 0 + 100 + 400) / 5) = √200 = 14.142…
        var scores = StandardisedScores.Compute(new Dictionary<string, decimal> { ["a"] = 60m, ["b"] = 70m, ["c"] = 80m, ["d"] = 90m, ["e"] = 100m });

        Assert.Equal([559, 629, 700, 771, 841], scores.OrderBy(s => s.Key).Select(s => s.Value));
    }

    [Fact]
    public void The_median_sits_at_700_even_when_the_field_is_skewed()
    {
        // Median (70 + 72) / 2 = 71; the one outlier pulls the mean, not the centre.
        var scores = StandardisedScores.Compute(new Dictionary<string, decimal> { ["a"] = 60m, ["b"] = 70m, ["c"] = 72m, ["d"] = 99m });

        Assert.True(scores["b"] < 700 && scores["c"] > 700);
        Assert.True(scores["d"] > 800);
    }

    [Fact]
    public void A_field_with_one_total_is_all_at_700()
    {
        Assert.All(StandardisedScores.Compute(new Dictionary<string, decimal> { ["a"] = 80m, ["b"] = 80m }).Values, s => Assert.Equal(700, s));
    }

    [Fact]
    public void Each_delegation_keeps_its_best_result_across_events_and_ties_stay()
    {
        var best = BestOfDelegation.Select(
        [
            new StandardisedResult("福田区", "E001", "王伟", 781),
            new StandardisedResult("福田区", "E002", "赵敏", 802),
            new StandardisedResult("南山区", "E001", "李娜", 744),
            new StandardisedResult("南山区", "E003", "钱多", 744),
            new StandardisedResult("", "E001", "M3X9", 900), // a codes-only board before publication: no delegation yet
        ]);

        Assert.Equal([("福田区", "赵敏"), ("南山区", "李娜"), ("南山区", "钱多")], best.Select(b => (b.Delegation, b.Name)));
    }
}
