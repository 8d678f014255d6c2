namespace Competitions.Contracts.Scoresheets;

/// <summary>The chief judge replaces a judge's mark after submission or lock; the reason is kept in the ledger.</summary>
[GenerateSerializer, Immutable]
public sealed record MarkCorrection(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] string JudgeId,
    [property: Id(2)] string AspectId,
    [property: Id(3)] decimal Value,
    [property: Id(4)] string Reason,
    [property: Id(5)] string? DeviceId = null,
    [property: Id(6)] Guid? AppealId = null);
