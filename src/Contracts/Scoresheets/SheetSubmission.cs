namespace Competitions.Contracts.Scoresheets;

/// <summary>A judge declares the competitor's sheet done; later changes need the chief judge.</summary>
[GenerateSerializer, Immutable]
public sealed record SheetSubmission([property: Id(0)] Guid EntryId, [property: Id(1)] string JudgeId, [property: Id(2)] string? DeviceId = null);
