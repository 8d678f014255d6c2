namespace Competitions.Domain.Scheme;

/// <summary>One markable aspect of a criterion, with the rules a mark must obey.</summary>
public sealed record AspectRule(
    string Id,
    string CriterionId,
    AspectKind Kind,
    decimal MaxMark,
    decimal Step,
    AggregationMethod Aggregation,
    decimal SpreadThreshold)
{
    public const decimal JudgementScaleMax = 3m;

    /// <summary>Returns why <paramref name="value"/> is not a valid mark for this aspect, or null when it is.</summary>
    public string? Validate(decimal value)
    {
        if (Kind == AspectKind.Judgement)
        {
            return value is 0m or 1m or 2m or 3m
                ? null
                : $"Aspect {Id} is a judgement aspect: the score must be 0, 1, 2 or 3, not {value}.";
        }

        if (value < 0m || value > MaxMark)
        {
            return $"Aspect {Id} accepts 0 to {MaxMark}, not {value}.";
        }

        return Step > 0m && value % Step != 0m
            ? $"Aspect {Id} is marked in steps of {Step}; {value} is not on a step."
            : null;
    }
}
