namespace Competitions.Contracts.Events;

/// <summary>
/// A draw of lots as recorded: the seed (anyone can recompute the draw from it and the ids), when and by whom, the
/// SHA-256 of the mapping that the ledger also holds, and each competitor's station and codes.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record DrawResult(
    [property: Id(0)] string Seed,
    [property: Id(1)] DateTimeOffset DrawnAt,
    [property: Id(2)] string DrawnBy,
    [property: Id(3)] string MappingSha256,
    [property: Id(4)] IReadOnlyList<DrawEntry> Entries);
