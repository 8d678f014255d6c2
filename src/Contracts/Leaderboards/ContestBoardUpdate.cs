using Competitions.Domain.Awards;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// What changed on the contest home in the last second: the events whose summaries changed (whole), and the medal
/// table and best-of-delegation list as they now stand (small, and re-derived from every event, so sent whole). A
/// client holding <see cref="Version"/> − 1 of the same <see cref="Epoch"/> applies it; otherwise it reloads the view.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ContestBoardUpdate(
    [property: Id(0)] string ContestId,
    [property: Id(1)] string Epoch,
    [property: Id(2)] long Version,
    [property: Id(3)] IReadOnlyList<EventSummary> Events,
    [property: Id(4)] IReadOnlyList<DelegationAwards> Medals,
    [property: Id(5)] IReadOnlyList<DelegationBest> BestOfDelegation,
    [property: Id(6)] DateTimeOffset ChangedAt,
    [property: Id(7)] MedalCounting MedalCounting);
