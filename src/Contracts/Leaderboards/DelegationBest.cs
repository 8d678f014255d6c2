namespace Competitions.Contracts.Leaderboards;

/// <summary>A delegation's best standardised result: in one event (event summaries) or across the contest.</summary>
[GenerateSerializer, Immutable]
public sealed record DelegationBest(
    [property: Id(0)] string Delegation,
    [property: Id(1)] string EventCode,
    [property: Id(2)] string Name,
    [property: Id(3)] int Standardised);
