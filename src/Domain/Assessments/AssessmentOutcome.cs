namespace Competitions.Domain.Assessments;

/// <summary>One candidate's assessment: each part's result, the overall result, and the level certified when he passed.</summary>
public sealed record AssessmentOutcome(PartResult Theory, PartResult Practical, PartResult Overall, string? LevelCertified);
