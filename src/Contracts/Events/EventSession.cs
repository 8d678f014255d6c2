namespace Competitions.Contracts.Events;

/// <summary>One sitting of an event (场次), in the contest's local time: e.g. 第一场 08:30–12:00 in 实训楼A.</summary>
[GenerateSerializer, Immutable]
public sealed record EventSession(
    [property: Id(0)] string Name,
    [property: Id(1)] DateTime StartsAt,
    [property: Id(2)] DateTime EndsAt,
    [property: Id(3)] string? Venue = null);
