namespace Competitions.Contracts.Scoresheets;

[GenerateSerializer, Immutable]
public sealed record JudgeMarkView([property: Id(0)] string JudgeId, [property: Id(1)] decimal Value);
