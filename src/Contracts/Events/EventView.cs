using Competitions.Contracts.Schemes;

namespace Competitions.Contracts.Events;

[GenerateSerializer, Immutable]
public sealed record EventView(
    [property: Id(0)] string ContestId,
    [property: Id(1)] EventDefinition Definition,
    [property: Id(2)] MarkingSchemeDefinition Scheme,
    [property: Id(3)] EventStatus Status,
    [property: Id(4)] int CompetitorCount,
    [property: Id(5)] PanelSetup Panels,
    [property: Id(6)] IReadOnlyList<Recusal> Recusals,
    [property: Id(7)] DateTimeOffset? PublishedAt = null,
    [property: Id(8)] int SchemeVersion = 1)
{
    /// <summary>
    /// Results become final when the public notice period (公示) after publication has passed and no appeal can still be
    /// lodged; so final results never turn provisional again (and while an appeal is open they are not final either).
    /// </summary>
    public DateTimeOffset? FinalFrom => PublishedAt?.AddHours((double)Math.Max(Definition.NoticeHours, Definition.AppealHours));
}
