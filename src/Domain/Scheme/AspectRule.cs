using Competitions.Domain.Ledger;
using Competitions.Domain.Validation;

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
        if (LedgerValue.Problem(value) is { } unstorable)
        {
            return $"Aspect {Id}: {unstorable}";
        }

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

    /// <summary>
    /// Every problem with this aspect as a scheme defines it. Steps and maxima must be values the ledger holds exactly,
    /// or a valid mark could be stored as a different one; kinds and aggregations must be ones this code knows, since
    /// an unknown one would be scored by whatever a switch falls back to.
    /// </summary>
    public IEnumerable<FieldProblem> DefinitionProblems()
    {
        var field = $"aspects.{Id}";
        if (!Enum.IsDefined(Kind))
        {
            yield return new FieldProblem($"{field}.kind", "aspect-kind-unknown", $"Aspect {Id}: kind {(int)Kind} is not Measurement or Judgement.");
        }

        if (!Enum.IsDefined(Aggregation))
        {
            yield return new FieldProblem($"{field}.aggregation", "aggregation-unknown", $"Aspect {Id}: aggregation {(int)Aggregation} is not Mean, TrimmedMean or Median.");
        }

        if (MaxMark <= 0m || LedgerValue.Problem(MaxMark) is not null)
        {
            yield return new FieldProblem($"{field}.maxMark", "max-mark-invalid", $"Aspect {Id}: the max mark must be positive, at most {LedgerValue.Max} and have at most {LedgerValue.Scale} decimals.");
        }
        else if (Kind == AspectKind.Measurement && (Step <= 0m || LedgerValue.Problem(Step) is not null || MaxMark % Step != 0m))
        {
            yield return new FieldProblem($"{field}.step", "step-invalid", $"Aspect {Id}: the step must be positive, have at most {LedgerValue.Scale} decimals and divide the max mark.");
        }

        if (SpreadThreshold < 0m || LedgerValue.Problem(SpreadThreshold) is not null)
        {
            yield return new FieldProblem($"{field}.spreadThreshold", "spread-threshold-invalid", $"Aspect {Id}: the spread threshold cannot be negative and has at most {LedgerValue.Scale} decimals.");
        }
    }
}
