namespace Competitions.Contracts.Appeals;

/// <summary>A team leader's appeal (申诉) against a competitor's result, with his written grounds.</summary>
[GenerateSerializer, Immutable]
public sealed record AppealRequest([property: Id(0)] string CompetitorId, [property: Id(1)] string Reason);
