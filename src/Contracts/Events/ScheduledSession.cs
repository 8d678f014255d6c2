namespace Competitions.Contracts.Events;

/// <summary>A session of the day's schedule: its plan, its pace now (<see cref="Domain.Sessions.SessionPace"/>) and its seats by station.</summary>
[GenerateSerializer, Immutable]
public sealed record ScheduledSession(
    [property: Id(0)] string Name,
    [property: Id(1)] DateTime StartsAt,
    [property: Id(2)] DateTime EndsAt,
    [property: Id(3)] string Venue,
    [property: Id(4)] bool Finished,
    [property: Id(5)] int MinutesLate,
    [property: Id(6)] IReadOnlyList<ScheduledSeat> Seats);
