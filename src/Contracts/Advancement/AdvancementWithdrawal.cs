namespace Competitions.Contracts.Advancement;

/// <param name="CompetitorId">The id the competitor has on the list (the next round's id).</param>
[GenerateSerializer, Immutable]
public sealed record AdvancementWithdrawal([property: Id(0)] string CompetitorId, [property: Id(1)] string Reason);
