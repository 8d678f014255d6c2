namespace Competitions.Contracts.Appeals;

/// <summary>The arbitration group's decision, always with a written reason.</summary>
[GenerateSerializer, Immutable]
public sealed record AppealDecision([property: Id(0)] bool Upheld, [property: Id(1)] string Reason);
