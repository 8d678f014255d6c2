using Competitions.Contracts.Schemes;
using Competitions.Domain.Visibility;
using Competitions.Domain.Workflow;

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

    /// <summary>The end of the public notice period (公示) the organizer set; it can end before appeals close.</summary>
    public DateTimeOffset? NoticeUntil => PublishedAt?.AddHours((double)Definition.NoticeHours);

    /// <summary>The last moment an appeal can be lodged.</summary>
    public DateTimeOffset? AppealsUntil => PublishedAt?.AddHours((double)Definition.AppealHours);

    /// <summary>The settings <see cref="VisibilityPolicy"/> decides this event's boards by.</summary>
    public EventPrivacy ToPrivacy() => new(Definition.BlindMarking, Definition.PublicNames, Status == EventStatus.Published);

    /// <summary>The caller as a viewer of this event's boards: the chief judge is told apart, and whether he marks here.</summary>
    public Viewer ViewerOf(Caller caller) => caller.Role switch
    {
        CallerRole.Organizer => new(ViewerRole.Organizer),
        CallerRole.Judge when Panels.ChiefJudgeId == caller.Id =>
            new(ViewerRole.ChiefJudge, SitsOnPanel: Panels.Panels.Any(p => p.JudgeIds.Contains(caller.Id))),
        CallerRole.Judge => new(ViewerRole.Judge),
        CallerRole.TeamLeader => new(ViewerRole.TeamLeader),
        _ => new(ViewerRole.Public),
    };
}
