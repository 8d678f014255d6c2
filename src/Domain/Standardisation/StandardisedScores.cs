namespace Competitions.Domain.Standardisation;

/// <summary>
/// Puts every event's totals on one scale so results of different events can be compared:
/// <c>S = 700 + 100 × (x − median) / σ</c>, where σ is the population standard deviation of the event's totals,
/// rounded half up to a whole number. The median sits at 700 and about two thirds of a normal field land between 600
/// and 800. With fewer than two distinct totals σ is 0 and everyone gets 700.
/// </summary>
public static class StandardisedScores
{
    public const int Centre = 700;
    public const int Spread = 100;

    /// <summary>A standardised score at or above this earns the Medallion for Excellence.</summary>
    public const int ExcellenceThreshold = 700;

    public static IReadOnlyDictionary<string, int> Compute(IReadOnlyDictionary<string, decimal> totals)
    {
        if (totals.Count == 0)
        {
            return new Dictionary<string, int>();
        }

        var values = totals.Values.Order().ToArray();
        var median = values.Length % 2 == 1 ? values[values.Length / 2] : (values[(values.Length / 2) - 1] + values[values.Length / 2]) / 2m;
        var mean = values.Average();
        var sigma = Math.Sqrt((double)values.Sum(v => (v - mean) * (v - mean)) / values.Length);
        return totals.ToDictionary(
            t => t.Key,
            t => sigma < 1e-9 ? Centre : (int)Math.Round(Centre + (Spread * (double)(t.Value - median) / sigma), MidpointRounding.AwayFromZero),
            StringComparer.Ordinal);
    }
}
