namespace Competitions.Contracts.Events;

/// <summary>
/// An erasure of an event's personal data as its ledger row records it: which fields, for how many competitors, when
/// and by whom, and the row itself (stream position and entry id); never the erased values.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PersonalDataErasure(
    [property: Id(0)] IReadOnlyList<string> Fields,
    [property: Id(1)] int Competitors,
    [property: Id(2)] DateTimeOffset ErasedAt,
    [property: Id(3)] string ErasedBy,
    [property: Id(4)] Guid EntryId,
    [property: Id(5)] int Sequence);
