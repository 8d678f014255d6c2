using Competitions.Domain.Scheme;

namespace Competitions.Domain.Scoring;

public static class AspectAggregation
{
    public const int TrimmedMeanMinimumScores = 5;

    public static decimal Aggregate(IReadOnlyCollection<decimal> scores, AggregationMethod method)
    {
        if (scores.Count == 0)
        {
            throw new ArgumentException("At least one score is needed.", nameof(scores));
        }

        var sorted = scores.Order().ToArray();
        return method switch
        {
            AggregationMethod.Median => Median(sorted),
            // A panel one judge short must still produce a result, so it falls back to the plain mean.
            AggregationMethod.TrimmedMean when sorted.Length >= TrimmedMeanMinimumScores => sorted[1..^1].Average(),
            _ => sorted.Average(),
        };
    }

    /// <summary>True when the judgement scores are further apart than the aspect's threshold.</summary>
    public static bool HasSpread(IReadOnlyCollection<decimal> scores, decimal threshold) =>
        scores.Count > 1 && scores.Max() - scores.Min() > threshold;

    private static decimal Median(decimal[] sorted)
    {
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2m;
    }
}
