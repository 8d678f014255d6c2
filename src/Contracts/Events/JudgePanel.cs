namespace Competitions.Contracts.Events;

/// <summary>A group of judges who mark the listed criteria (all their aspects) and aspects.</summary>
[GenerateSerializer, Immutable]
public sealed record JudgePanel(
    [property: Id(0)] string Id,
    [property: Id(1)] IReadOnlyList<string> JudgeIds,
    [property: Id(2)] IReadOnlyList<string> CriterionIds,
    [property: Id(3)] IReadOnlyList<string> AspectIds);
