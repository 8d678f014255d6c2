using Competitions.Domain.Awards;

namespace Competitions.Contracts.Contests;

[GenerateSerializer, Immutable]
public sealed record ContestDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] DateOnly StartsOn,
    [property: Id(3)] DateOnly EndsOn,
    [property: Id(4)] string TimeZone,
    [property: Id(5)] IReadOnlyList<string> Venues,
    [property: Id(6)] IReadOnlyList<string>? Delegations = null,
    [property: Id(7)] MedalCounting MedalCounting = MedalCounting.AllEvents)
{
    /// <summary>
    /// A moment as people at the contest read it: its local time and the zone's name, so a deadline on a notice or in a
    /// refusal is never taken for UTC. A zone this machine does not know falls back to UTC, and says so.
    /// </summary>
    public string LocalTime(DateTimeOffset instant) => Zone is { } zone
        ? $"{TimeZoneInfo.ConvertTime(instant, zone):yyyy-MM-dd HH:mm} ({TimeZone})"
        : $"{instant.UtcDateTime:yyyy-MM-dd HH:mm} UTC";

    /// <summary>A moment as the contest's wall clocks show it (UTC when the zone is unknown): the time sessions are planned in.</summary>
    public DateTime WallClock(DateTimeOffset instant) => Zone is { } zone ? TimeZoneInfo.ConvertTime(instant, zone).DateTime : instant.UtcDateTime;

    private TimeZoneInfo? Zone => TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone) ? zone : null;
}
