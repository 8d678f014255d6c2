using Competitions.Domain.Assessments;

namespace Competitions.Contracts.Events;

/// <summary>
/// Makes an event a skill-level assessment (技能等级认定) rather than a contest: pass marks of the theory and practical
/// parts (0–100) and the level it certifies (e.g. 中级工 or 四级). See <see cref="AssessmentRule"/>.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AssessmentDefinition(
    [property: Id(0)] string Level,
    [property: Id(1)] decimal TheoryPassMark = AssessmentRule.DefaultPassMark,
    [property: Id(2)] decimal PracticalPassMark = AssessmentRule.DefaultPassMark)
{
    public AssessmentRule ToRule() => new(TheoryPassMark, PracticalPassMark, Level);
}
