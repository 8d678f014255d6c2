namespace Competitions.Contracts.Appeals;

[GenerateSerializer, Immutable]
public sealed record Appeal(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string CompetitorId,
    [property: Id(2)] string Delegation,
    [property: Id(3)] string LodgedBy,
    [property: Id(4)] DateTimeOffset LodgedAt,
    [property: Id(5)] string Reason,
    [property: Id(6)] AppealStatus Status = AppealStatus.Open,
    [property: Id(7)] string? DecidedBy = null,
    [property: Id(8)] DateTimeOffset? DecidedAt = null,
    [property: Id(9)] string? Decision = null);
