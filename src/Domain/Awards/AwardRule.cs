namespace Competitions.Domain.Awards;

/// <summary>
/// Prizes by share of the field: the first <see cref="FirstPercent"/> % of places get first prize, the next
/// <see cref="SecondPercent"/> % second, the next <see cref="ThirdPercent"/> % third, and nobody below
/// <see cref="MinimumScore"/> gets a prize.
/// </summary>
public sealed record AwardRule(decimal FirstPercent, decimal SecondPercent, decimal ThirdPercent, decimal MinimumScore)
{
    public static AwardRule Default { get; } = new(10m, 20m, 30m, 60m);

    public string? Validate() =>
        FirstPercent < 0m || SecondPercent < 0m || ThirdPercent < 0m || FirstPercent + SecondPercent + ThirdPercent > 100m
            ? "Prize shares must be non-negative and add up to at most 100 %."
            : MinimumScore is < 0m or > 100m ? "The minimum score for a prize must be between 0 and 100." : null;
}
