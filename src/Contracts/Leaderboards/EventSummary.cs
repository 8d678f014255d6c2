using Competitions.Contracts.Events;
using Competitions.Domain.Workflow;

namespace Competitions.Contracts.Leaderboards;

/// <summary>
/// One event on the contest home page, as the public may see it. <see cref="AsOf"/> orders summaries of one event:
/// they travel one-way, and a late older one must not overwrite a newer one.
/// </summary>
[GenerateSerializer, Immutable]
public sealed record EventSummary(
    [property: Id(0)] string EventCode,
    [property: Id(1)] string Name,
    [property: Id(2)] string Venue,
    [property: Id(3)] EventStatus Status,
    [property: Id(4)] PublicBoardMode PublicBoard,
    [property: Id(5)] int Competitors,
    [property: Id(6)] int CompleteSheets,
    [property: Id(7)] IReadOnlyList<DelegationAwards> Awards,
    [property: Id(9)] DateTimeOffset AsOf,
    [property: Id(8)] IReadOnlyList<DelegationBest>? Best = null)
{
    /// <summary>The same figures, whenever computed: lists compared by content, <see cref="AsOf"/> ignored.</summary>
    public bool SameAs(EventSummary other) =>
        this with { Awards = [], Best = null, AsOf = default } == other with { Awards = [], Best = null, AsOf = default }
        && Awards.SequenceEqual(other.Awards) && (Best ?? []).SequenceEqual(other.Best ?? []);
}
