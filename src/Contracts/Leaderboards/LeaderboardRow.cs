using Competitions.Domain.Awards;

namespace Competitions.Contracts.Leaderboards;

[GenerateSerializer, Immutable]
public sealed record LeaderboardRow(
    [property: Id(0)] int Rank,
    [property: Id(1)] string CompetitorId,
    [property: Id(2)] string Name,
    [property: Id(3)] string? BlindCode,
    [property: Id(4)] string Organisation,
    [property: Id(5)] string Delegation,
    [property: Id(6)] decimal? Theory,
    [property: Id(7)] decimal Practical,
    [property: Id(8)] decimal Total,
    [property: Id(9)] AwardBand Award,
    [property: Id(10)] bool IsComplete,
    [property: Id(11)] int MissingMarks,
    [property: Id(12)] int OpenDisputes,
    [property: Id(13)] int SpreadAlerts,
    [property: Id(14)] string? Title = null,
    [property: Id(15)] string? PromotedTo = null,
    [property: Id(16)] int? Standardised = null,
    [property: Id(17)] bool Excellence = false);
