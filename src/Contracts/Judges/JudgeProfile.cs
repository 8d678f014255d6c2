namespace Competitions.Contracts.Judges;

[GenerateSerializer, Immutable]
public sealed record JudgeProfile([property: Id(0)] string Id, [property: Id(1)] string Name, [property: Id(2)] string Organisation);
