namespace Competitions.Contracts.Events;

/// <summary>
/// An event's day as planned and as it runs: its sessions in order with their seats, which one competes now and which
/// is next, at <see cref="Now"/> in the contest's local time. <see cref="Names"/>/<see cref="BlindCodes"/>: what the
/// seats carry for this reader.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EventSchedule(
    [property: Id(0)] string EventCode,
    [property: Id(1)] string EventName,
    [property: Id(2)] DateTime Now,
    [property: Id(3)] string? CurrentSession,
    [property: Id(4)] string? NextSession,
    [property: Id(5)] bool Names,
    [property: Id(6)] bool BlindCodes,
    [property: Id(7)] IReadOnlyList<ScheduledSession> Sessions);
