namespace Competitions.Contracts.Scoresheets;

/// <summary>An imported theory-paper score, 0–100.</summary>
[GenerateSerializer, Immutable]
public sealed record TheoryScore([property: Id(0)] Guid EntryId, [property: Id(1)] decimal Score);
