using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.CheckIn;

/// <summary>
/// Check-in (检录): who records attendance, when, and what each action may do. Absence is always explicit: a
/// competitor nobody checked in is waiting, not absent, until staff mark him absent (one by one, or everyone still
/// waiting at once when check-in ends). Only an absence keeps a competitor from being marked; taking it back needs a
/// reason, which the ledger keeps.
/// </summary>
public static class CheckInRules
{
    /// <summary>
    /// Organizers and the event's chief judge. Panel judges do not: the desk pairs people with stations and codes,
    /// which a judge of a blind event must not learn.
    /// </summary>
    public static Refusal? Staff(Actor actor, string? chiefJudgeId) =>
        actor.IsOrganizer || (actor.JudgeId is { } judge && judge == chiefJudgeId)
            ? null
            : Refusal.Forbidden("chief-judge-only", "Only organizers and the event's chief judge check competitors in.");

    /// <summary>Staff, before or during marking: once the event is locked its field is final.</summary>
    public static Refusal? Desk(Actor actor, string? chiefJudgeId, EventStatus status) =>
        Staff(actor, chiefJudgeId)
        ?? (status is EventStatus.Setup or EventStatus.Scoring
            ? null
            : Refusal.Conflict("check-in-closed", $"The event is {status}: attendance can no longer change."));

    /// <summary>
    /// A check-in of a competitor already checked in: a second scan at the desk, which the grain answers with his
    /// check-in rather than a refusal (<see cref="Decide"/> alone refuses it, so it is never stored twice).
    /// </summary>
    public static bool IsRepeat(AttendanceAction action, Attendance attendance) =>
        action == AttendanceAction.CheckIn && attendance == Attendance.Present;

    /// <summary>Why <paramref name="actor"/> may not record <paramref name="action"/> now, or null.</summary>
    public static Refusal? Decide(AttendanceSituation sheet, Actor actor, AttendanceAction action, string? reason)
    {
        if (Desk(actor, sheet.ChiefJudgeId, sheet.Status) is { } refused)
        {
            return refused;
        }

        return (action, sheet.Attendance) switch
        {
            (AttendanceAction.CheckIn, Attendance.Unknown) => null,
            (AttendanceAction.CheckIn, Attendance.Present) => AlreadyPresent("checked in"),
            (AttendanceAction.CheckIn, Attendance.Absent) => Absent(),
            (AttendanceAction.MarkAbsent, Attendance.Unknown) => sheet.HasMarks
                ? Refusal.Conflict("attendance-has-marks", "Judges have marked this competitor: he was there. Check him in instead.")
                : null,
            (AttendanceAction.MarkAbsent, Attendance.Present) => AlreadyPresent("undo the check-in first to mark him absent"),
            (AttendanceAction.MarkAbsent, Attendance.Absent) => Refusal.Conflict("already-absent", "This competitor is already marked absent."),
            (AttendanceAction.Undo, Attendance.Unknown) => Refusal.Conflict("attendance-unknown", "This competitor is neither checked in nor absent: nothing to undo."),
            (AttendanceAction.Undo, Attendance.Absent) when string.IsNullOrWhiteSpace(reason) =>
                Refusal.Invalid("reason-required", "Taking back an absence needs a reason; it is kept in the ledger."),
            (AttendanceAction.Undo, _) => null,
            _ => Refusal.Invalid("attendance-action-unknown", $"Attendance action {(int)action} is not CheckIn, MarkAbsent or Undo."),
        };
    }

    /// <summary>
    /// An absent competitor (缺考) takes no score of any kind, from judges, the chief judge or the theory import, until
    /// the absence is taken back with a reason.
    /// </summary>
    public static Refusal? Scorable(Attendance attendance) => attendance == Attendance.Absent ? Absent() : null;

    private static Refusal AlreadyPresent(string what) =>
        Refusal.Conflict("already-present", $"This competitor is already checked in: {what}.");

    private static Refusal Absent() =>
        Refusal.Conflict("competitor-absent", "This competitor is marked absent (缺考); take the absence back, with a reason, first.");
}
