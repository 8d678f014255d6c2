namespace Competitions.Contracts.Events;

/// <summary>A competitor (or team) entered in one event, with the station and blind code the draw gave it.</summary>
[GenerateSerializer, Immutable]
public sealed record CompetitorEntry(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string Organisation,
    [property: Id(3)] string Delegation,
    [property: Id(4)] int? Station = null,
    [property: Id(5)] string? BlindCode = null);
