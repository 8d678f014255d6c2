namespace Competitions.Contracts.Scoresheets;

/// <summary>The acknowledgement of a command: it is in the ledger at <see cref="Sequence"/> and will not be lost.</summary>
[GenerateSerializer, Immutable]
public sealed record LedgerReceipt(
    [property: Id(0)] Guid EntryId,
    [property: Id(1)] int Sequence,
    [property: Id(2)] DateTimeOffset RecordedAt,
    [property: Id(3)] string Kind,
    [property: Id(4)] decimal? Value);
