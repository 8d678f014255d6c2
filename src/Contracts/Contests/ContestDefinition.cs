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
    [property: Id(7)] MedalCounting MedalCounting = MedalCounting.AllEvents);
