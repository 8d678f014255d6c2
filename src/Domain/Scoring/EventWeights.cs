namespace Competitions.Domain.Scoring;

/// <summary>Weights of the theory and practical parts in percent; a part with weight 0 is not used.</summary>
public sealed record EventWeights(decimal TheoryPercent, decimal PracticalPercent)
{
    public static EventWeights PracticalOnly { get; } = new(0m, 100m);

    public string? Validate() =>
        TheoryPercent < 0m || PracticalPercent < 0m || TheoryPercent + PracticalPercent != 100m
            ? $"Theory and practical weights must be non-negative and add up to 100, not {TheoryPercent} + {PracticalPercent}."
            : null;
}
