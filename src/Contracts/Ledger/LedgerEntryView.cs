namespace Competitions.Contracts.Ledger;

[GenerateSerializer, Immutable]
public sealed record LedgerEntryView(
    [property: Id(0)] int Sequence,
    [property: Id(1)] Guid EntryId,
    [property: Id(2)] string Kind,
    [property: Id(3)] string? AspectId,
    [property: Id(4)] string? JudgeId,
    [property: Id(5)] string ActorId,
    [property: Id(6)] string? DeviceId,
    [property: Id(7)] decimal? Value,
    [property: Id(8)] decimal? PreviousValue,
    [property: Id(9)] string? Reason,
    [property: Id(10)] DateTimeOffset RecordedAt,
    [property: Id(11)] string Hash);
