using Competitions.Domain.Assessments;

namespace Competitions.Contracts.Leaderboards;

/// <summary>A candidate's assessment on a board row (<see cref="AssessmentOutcome"/>): part and overall results, the level certified.</summary>
[GenerateSerializer, Immutable]
public sealed record AssessmentResult(
    [property: Id(0)] PartResult Theory,
    [property: Id(1)] PartResult Practical,
    [property: Id(2)] PartResult Overall,
    [property: Id(3)] string? LevelCertified)
{
    public static AssessmentResult From(AssessmentOutcome outcome) =>
        new(outcome.Theory, outcome.Practical, outcome.Overall, outcome.LevelCertified);
}
