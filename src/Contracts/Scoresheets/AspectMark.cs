namespace Competitions.Contracts.Scoresheets;

[GenerateSerializer, Immutable]
public sealed record AspectMark([property: Id(0)] string AspectId, [property: Id(1)] decimal Value);
