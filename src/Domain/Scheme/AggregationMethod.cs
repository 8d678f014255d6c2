namespace Competitions.Domain.Scheme;

public enum AggregationMethod
{
    Mean,

    /// <summary>Drops one highest and one lowest score; needs at least five scores, else the plain mean is used.</summary>
    TrimmedMean,

    Median,
}
