namespace Competitions.Contracts.Contests;

[GenerateSerializer, Immutable]
public sealed record ContestView(
    [property: Id(0)] ContestDefinition Definition,
    [property: Id(1)] IReadOnlyList<string> EventCodes,
    [property: Id(2)] IReadOnlyList<string> JudgeIds);
