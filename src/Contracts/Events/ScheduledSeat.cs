using Competitions.Domain.Sessions;

namespace Competitions.Contracts.Events;

/// <summary>One seat of a session on the schedule; the competitor id, name, code and organisation only as the reader may see them.</summary>
[GenerateSerializer, Immutable]
public sealed record ScheduledSeat(
    [property: Id(0)] int Station,
    [property: Id(1)] SeatState State,
    [property: Id(2)] string? CompetitorId,
    [property: Id(3)] string? Name,
    [property: Id(4)] string? BlindCode,
    [property: Id(5)] string? Organisation);
