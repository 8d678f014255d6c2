namespace Competitions.Contracts.Events;

/// <summary>A competitor as a judge sees him: by station and blind code; the name only when the event is not blind; the session he sits in.</summary>
[GenerateSerializer, Immutable]
public sealed record AssignedCompetitor(
    [property: Id(0)] string Id,
    [property: Id(1)] int? Station,
    [property: Id(2)] string? BlindCode,
    [property: Id(3)] string? Name,
    [property: Id(4)] string? Session = null);
