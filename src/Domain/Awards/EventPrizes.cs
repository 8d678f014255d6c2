namespace Competitions.Domain.Awards;

/// <summary>One event's prizes by delegation, and whether its results are published.</summary>
public sealed record EventPrizes(bool Published, IReadOnlyList<DelegationPrizes> Prizes);
