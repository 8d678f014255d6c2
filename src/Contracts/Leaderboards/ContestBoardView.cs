namespace Competitions.Contracts.Leaderboards;

/// <summary>The contest home page: every event's public summary and the medal table by delegation.</summary>
[GenerateSerializer, Immutable]
public sealed record ContestBoardView(
    [property: Id(0)] string ContestId,
    [property: Id(1)] string Name,
    [property: Id(2)] IReadOnlyList<EventSummary> Events,
    [property: Id(3)] IReadOnlyList<DelegationAwards> Medals,
    [property: Id(4)] IReadOnlyList<DelegationBest>? BestOfDelegation = null);
