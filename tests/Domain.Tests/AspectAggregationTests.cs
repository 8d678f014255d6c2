using Competitions.Domain.Scheme;
using Competitions.Domain.Scoring;

namespace Competitions.Domain.Tests;

public sealed class AspectAggregationTests
{
    [Fact]
    public void Mean_averages_all_scores()
    {
        Assert.Equal(2m, AspectAggregation.Aggregate([1m, 2m, 3m], AggregationMethod.Mean));
    }

    [Fact]
    public void Trimmed_mean_of_five_judges_drops_one_highest_and_one_lowest()
    {
        // 0 and one 3 are dropped: (2 + 2 + 3) / 3.
        var result = AspectAggregation.Aggregate([3m, 0m, 2m, 3m, 2m], AggregationMethod.TrimmedMean);
        Assert.Equal(7m / 3m, result);
    }

    [Fact]
    public void Trimmed_mean_with_fewer_than_five_scores_falls_back_to_the_mean()
    {
        Assert.Equal(1.5m, AspectAggregation.Aggregate([0m, 1m, 2m, 3m], AggregationMethod.TrimmedMean));
    }

    [Theory]
    [InlineData(new[] { 3.0, 1.0, 2.0 }, 2.0)]
    [InlineData(new[] { 3.0, 1.0, 2.0, 3.0 }, 2.5)]
    public void Median_takes_the_middle_or_the_mean_of_the_two_middles(double[] scores, double expected)
    {
        Assert.Equal((decimal)expected, AspectAggregation.Aggregate([.. scores.Select(s => (decimal)s)], AggregationMethod.Median));
    }

    [Theory]
    [InlineData(new[] { 1.0, 3.0 }, 1.0, true)]
    [InlineData(new[] { 2.0, 3.0, 2.0 }, 1.0, false)]
    [InlineData(new[] { 1.0, 2.0 }, 0.5, true)]
    [InlineData(new[] { 2.0 }, 0.0, false)]
    public void Spread_alert_when_scores_differ_by_more_than_the_threshold(double[] scores, double threshold, bool expected)
    {
        Assert.Equal(expected, AspectAggregation.HasSpread([.. scores.Select(s => (decimal)s)], (decimal)threshold));
    }

    [Fact]
    public void No_scores_is_an_error()
    {
        Assert.Throws<ArgumentException>(() => AspectAggregation.Aggregate([], AggregationMethod.Mean));
    }
}
