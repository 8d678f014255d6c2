using Competitions.Domain.Ledger;

namespace Competitions.Contracts.Ledger;

/// <summary>A stored ledger row with every hashed field and both hashes, for exports and offline checks.</summary>
[GenerateSerializer, Immutable]
public sealed record LedgerRow(
    [property: Id(0)] string Stream,
    [property: Id(1)] int Sequence,
    [property: Id(2)] Guid EntryId,
    [property: Id(3)] string Kind,
    [property: Id(4)] string EventKey,
    [property: Id(5)] string? CompetitorId,
    [property: Id(6)] string? AspectId,
    [property: Id(7)] string? JudgeId,
    [property: Id(8)] string ActorId,
    [property: Id(9)] string? DeviceId,
    [property: Id(10)] decimal? Value,
    [property: Id(11)] decimal? PreviousValue,
    [property: Id(12)] string? Reason,
    [property: Id(13)] DateTimeOffset RecordedAt,
    [property: Id(14)] byte[] PreviousHash,
    [property: Id(15)] byte[] Hash,
    [property: Id(16)] int HashVersion)
{
    public static LedgerRow From(ChainedLedgerRecord row)
    {
        var r = row.Record;
        return new(r.Stream, r.Sequence, r.EntryId, r.Kind, r.EventKey, r.CompetitorId, r.AspectId, r.JudgeId, r.ActorId,
            r.DeviceId, r.Value, r.PreviousValue, r.Reason, r.RecordedAt, row.PreviousHash, row.Hash, row.HashVersion);
    }

    public ChainedLedgerRecord ToChained() => new(
        new LedgerRecord(Stream, Sequence, EntryId, Kind, EventKey, CompetitorId, AspectId, JudgeId, ActorId, DeviceId,
            Value, PreviousValue, Reason, RecordedAt),
        PreviousHash,
        Hash,
        HashVersion);
}
