using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Awards;
using Competitions.Domain.Workflow;

namespace Competitions.Contracts.Registry;

/// <summary>
/// One entry of a person's history: the competitor he was in one event, the level he entered with, and the event's
/// result for him as its staff board shows it now (provisional until <see cref="Status"/> is Published). An absent
/// competitor (缺考) has no rank or total; an assessment (技能等级认定) has none either, but its part and overall results and
/// the level it certified.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record PersonHistoryEntry(
    [property: Id(0)] string ContestId,
    [property: Id(1)] string EventCode,
    [property: Id(2)] string EventName,
    [property: Id(3)] string CompetitorId,
    [property: Id(4)] string Name,
    [property: Id(5)] DateTimeOffset LinkedAt,
    [property: Id(6)] string? Level,
    [property: Id(7)] EventStatus Status,
    [property: Id(8)] int? Rank,
    [property: Id(9)] decimal? Total,
    [property: Id(10)] AwardBand Award,
    [property: Id(11)] string? Title,
    [property: Id(12)] string? PromotedTo,
    [property: Id(13)] bool Absent,
    [property: Id(14)] AssessmentResult? Assessment = null);
