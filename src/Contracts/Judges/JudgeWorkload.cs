namespace Competitions.Contracts.Judges;

/// <summary>Everything a judge's tablet shows: each assigned event with his aspects, competitors and own marks.</summary>
[GenerateSerializer, Immutable]
public sealed record JudgeWorkload(
    [property: Id(0)] string ContestId,
    [property: Id(1)] JudgeProfile Judge,
    [property: Id(2)] IReadOnlyList<JudgeEventWork> Events);
