using Competitions.Domain.Validation;
using Competitions.Domain.Visibility;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.JudgeMarking;

/// <summary>
/// Who reads an event's judge statistics. Organizers and the event's chief judge see every judge's line, live. A judge
/// sees his own line only, and only once marking is closed: while he still marks, his deviation from the panel would
/// tell him how the others scored the competitors he has in front of him, and judges mark independently. Nobody else
/// (the public, team leaders) sees any.
/// </summary>
public static class JudgeStatisticsAccess
{
    /// <summary>Why <paramref name="viewer"/> may not read the statistics now, or null.</summary>
    public static Refusal? Reading(Viewer viewer, EventStatus status) => viewer.Role switch
    {
        ViewerRole.Organizer or ViewerRole.ChiefJudge => null,
        ViewerRole.Judge when status is EventStatus.Locked or EventStatus.Published => null,
        ViewerRole.Judge => Refusal.Forbidden(
            "statistics-after-marking", $"The event is {status}: a judge sees his own statistics once marking is closed."),
        _ => Refusal.Forbidden("chief-judge-only", "Only organizers and the event's chief judge read judges' statistics."),
    };

    /// <summary>True when <paramref name="viewer"/> sees every judge's line; otherwise only his own.</summary>
    public static bool SeesEveryJudge(Viewer viewer) => viewer.Role is ViewerRole.Organizer or ViewerRole.ChiefJudge;
}
