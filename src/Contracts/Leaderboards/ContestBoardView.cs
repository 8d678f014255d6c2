using Competitions.Domain.Awards;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// The contest home page: every event's public summary and the medal table by delegation. <see cref="Version"/>
/// counts the pushed <see cref="ContestBoardUpdate"/>s within one <see cref="Epoch"/> (new per activation of the
/// contest board), so a client knows which update continues the view it holds.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record ContestBoardView(
    [property: Id(0)] string ContestId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<EventSummary> Events,
    [property: Id(3)] IReadOnlyList<DelegationAwards> Medals,
    [property: Id(4)] IReadOnlyList<DelegationBest>? BestOfDelegation = null,
    [property: Id(5)] string Epoch = "",
    [property: Id(6)] long Version = 0,
    [property: Id(7)] MedalCounting MedalCounting = MedalCounting.AllEvents);
