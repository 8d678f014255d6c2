using Competitions.Domain.Awards;
using Competitions.Domain.Scoring;

namespace Competitions.Domain.Assessments;

/// <summary>
/// A skill-level assessment (技能等级认定) instead of a contest: nobody is ranked or awarded; each part used (weight above
/// 0) passes at its pass mark or above, on the part's own 100 scale, and a candidate who passes every such part is
/// certified at <see cref="Level"/> (a name or grade of <see cref="SkillLevels"/>).
/// </summary>
public sealed record AssessmentRule(decimal TheoryPassMark, decimal PracticalPassMark, string Level)
{
    public const decimal DefaultPassMark = 60m;

    public string? Validate() =>
        TheoryPassMark is < 0m or > 100m || PracticalPassMark is < 0m or > 100m
            ? "A pass mark must be between 0 and 100."
            : SkillLevels.IndexOf(Level) < 0
            ? $"The assessed level must be one of {string.Join(", ", SkillLevels.Ladder)} (or 五级 to 一级)."
            : null;

    /// <param name="theory">The theory score out of 100; null until imported.</param>
    /// <param name="practical">The practical score out of 100.</param>
    /// <param name="complete">The score sheet is settled: no mark missing, no dispute open, theory imported where used.</param>
    /// <param name="absent">Marked absent (缺考).</param>
    public AssessmentOutcome Evaluate(EventWeights weights, decimal? theory, decimal practical, bool complete, bool absent)
    {
        if (absent)
        {
            return new(Absent(weights.TheoryPercent), Absent(weights.PracticalPercent), PartResult.Absent, null);
        }

        var theoryResult = Part(weights.TheoryPercent, theory, TheoryPassMark);
        var practicalResult = Part(weights.PracticalPercent, complete ? practical : null, PracticalPassMark);
        PartResult[] parts = [theoryResult, practicalResult];
        // A failed part fails the assessment only once every mark is in: a correction may still change any part.
        var overall = parts.Contains(PartResult.Pending) ? PartResult.Pending
            : parts.Contains(PartResult.Fail) ? PartResult.Fail
            : PartResult.Pass;
        return new(theoryResult, practicalResult, overall, overall == PartResult.Pass ? SkillLevels.Certified(Level) : null);
    }

    private static PartResult Absent(decimal weight) => weight == 0m ? PartResult.NotAssessed : PartResult.Absent;

    private static PartResult Part(decimal weight, decimal? score, decimal passMark) =>
        weight == 0m ? PartResult.NotAssessed
        : score is null ? PartResult.Pending
        : score >= passMark ? PartResult.Pass
        : PartResult.Fail;
}
