using Competitions.Domain.Advancement;

namespace Competitions.Contracts.Advancement;

/// <summary>
/// One competitor of the combined field: his id in the next round, where he came from (event and id there), his
/// result there and whether he advances. <see cref="Rank"/> is in the combined field, not in his own event.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AdvancementRow(
    [property: Id(0)] string CompetitorId,
    [property: Id(1)] string SourceEvent,
    [property: Id(2)] string SourceCompetitorId,
    [property: Id(3)] string Name,
    [property: Id(4)] string Organisation,
    [property: Id(5)] string Delegation,
    [property: Id(6)] decimal Total,
    [property: Id(7)] int Rank,
    [property: Id(8)] AdvancementStatus Status,
    [property: Id(9)] string? WithdrawalReason = null,
    [property: Id(10)] string? BlindCode = null);
