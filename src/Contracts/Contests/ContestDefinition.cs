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
    public string LocalTime(DateTimeOffset instant)
    {
        try
        {
            return $"{TimeZoneInfo.ConvertTime(instant, TimeZoneInfo.FindSystemTimeZoneById(TimeZone)):yyyy-MM-dd HH:mm} ({TimeZone})";
        }
        catch (TimeZoneNotFoundException)
        {
            return $"{instant.UtcDateTime:yyyy-MM-dd HH:mm} UTC";
        }
    }
}
