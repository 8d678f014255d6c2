using Competitions.Domain.Advancement;

namespace Competitions.Contracts.Advancement;

/// <summary>The public notice (公示) of who advances into an event: names as the source events' boards show them.</summary>
[GenerateSerializer, Immutable]
public sealed record PublicAdvancement(
    [property: Id(0)] string EventCode,
    [property: Id(1)] string EventName,
    [property: Id(2)] AdvancementStage Stage,
    [property: Id(3)] IReadOnlyList<PublicAdvancementRow> Rows,
    [property: Id(4)] DateTimeOffset AnnouncedAt,
    [property: Id(5)] DateTimeOffset? NoticeUntil,
    [property: Id(6)] DateTimeOffset? AppealsUntil);
