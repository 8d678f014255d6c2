namespace Competitions.Contracts.Events;

/// <summary>Seats the roster in the event's sessions: how many stations the venue has and how many competitors each session (by name) takes.</summary>
[GenerateSerializer, Immutable]
public sealed record SessionPlanRequest(
    [property: Id(0)] int Stations,
    [property: Id(1)] IReadOnlyDictionary<string, int> Capacities);
