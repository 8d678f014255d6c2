namespace Competitions.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record DrawEntry(
    [property: Id(0)] string CompetitorId,
    [property: Id(1)] string Name,
    [property: Id(2)] int Station,
    [property: Id(3)] string BlindCode,
    [property: Id(4)] string? TheoryCode);
