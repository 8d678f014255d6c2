using Competitions.Contracts.Events;
using Competitions.Domain.Advancement;

namespace Competitions.Contracts.Advancement;

/// <summary>
/// An advancement list for organizers. <see cref="Problem"/>: why no list can be worked out yet (a source not
/// published); <see cref="NowAdvancing"/> and <see cref="NoLongerAdvancing"/>: after commit, who would advance or not on
/// today's source results (an upheld appeal corrected one), by next-round id; empty when nothing changed.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record AdvancementView(
    [property: Id(0)] string EventCode,
    [property: Id(1)] AdvancementDefinition Rule,
    [property: Id(2)] AdvancementStage Stage,
    [property: Id(3)] IReadOnlyList<AdvancementRow> Rows,
    [property: Id(4)] string? ResultsHash,
    [property: Id(5)] DateTimeOffset? AnnouncedAt,
    [property: Id(6)] DateTimeOffset? NoticeUntil,
    [property: Id(7)] DateTimeOffset? AppealsUntil,
    [property: Id(8)] DateTimeOffset? CommittedAt,
    [property: Id(9)] IReadOnlyList<string> NowAdvancing,
    [property: Id(10)] IReadOnlyList<string> NoLongerAdvancing,
    [property: Id(11)] string? Problem);
