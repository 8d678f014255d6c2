using Competitions.Domain.CheckIn;
using Competitions.Domain.Scheme;
using Competitions.Domain.Scoring;
using Competitions.Domain.Validation;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Scoresheets;

/// <summary>
/// Every rule of a score sheet's commands, decided on the sheet as it stands: null when the command may be stored,
/// else the refusal. The grain loads the situation, asks here, appends to the ledger and applies.
/// </summary>
public static class ScoresheetRules
{
    public static Refusal? Mark(SheetSituation sheet, Actor actor, string judgeId, string aspectId, decimal value)
    {
        if (actor.JudgeId is not null && !actor.IsJudge(judgeId))
        {
            return Refusal.Forbidden("not-your-mark", "A judge can only enter his own marks.");
        }

        if (JudgeFor(sheet, judgeId, aspectId, out var aspect) is { } notHis)
        {
            return notHis;
        }

        if ((Status(sheet, "marks", EventStatus.Scoring) ?? CheckInRules.Scorable(sheet.Attendance)) is { } closed)
        {
            return closed;
        }

        // A submitted sheet stays closed to the judge, except for aspects the chief judge asked him to re-mark.
        return sheet.SubmittedBy.Contains(judgeId) && !sheet.RemarkRequested(aspectId, judgeId)
            ? Refusal.Conflict("sheet-submitted", $"Judge {judgeId} has submitted this score sheet; changes now need the chief judge.")
            : Valid(aspect!, value);
    }

    public static Refusal? Correction(SheetSituation sheet, Actor actor, string judgeId, string aspectId, decimal value, string? reason)
    {
        if ((Chief(sheet, actor, "correct a mark") ?? Reason(reason)) is { } refused)
        {
            return refused;
        }

        if (JudgeFor(sheet, judgeId, aspectId, out var aspect) is { } notHis)
        {
            return notHis;
        }

        return Status(sheet, "corrections", EventStatus.Scoring, EventStatus.Locked, EventStatus.Published)
            ?? CheckInRules.Scorable(sheet.Attendance) ?? Valid(aspect!, value);
    }

    public static Refusal? DisputeResolution(SheetSituation sheet, Actor actor, string aspectId, decimal value, string? reason)
    {
        if ((Chief(sheet, actor, "resolve a dispute") ?? Reason(reason)) is { } refused)
        {
            return refused;
        }

        var aspect = sheet.Scheme.Find(aspectId);
        if (aspect is null)
        {
            return UnknownAspect(aspectId);
        }

        if (aspect.Kind != AspectKind.Measurement)
        {
            return Refusal.Invalid("not-measurement", $"Aspect {aspect.Id} is a judgement aspect; only measurement disputes are resolved.");
        }

        return Status(sheet, "dispute resolutions", EventStatus.Scoring, EventStatus.Locked, EventStatus.Published)
            ?? CheckInRules.Scorable(sheet.Attendance) ?? Valid(aspect, value);
    }

    public static Refusal? Theory(SheetSituation sheet, Actor actor, decimal score)
    {
        if (!actor.IsOrganizer)
        {
            return Refusal.Forbidden("organizers-only", "Only organizers import theory scores.");
        }

        return Status(sheet, "theory scores", EventStatus.Setup, EventStatus.Scoring)
            ?? CheckInRules.Scorable(sheet.Attendance)
            ?? (score is < 0m or > 100m || Score.Round(score) != score
                ? Refusal.Invalid("theory-out-of-range", $"A theory score is 0 to 100 with at most two decimals, not {score}.")
                : null);
    }

    public static Refusal? Submission(SheetSituation sheet, Actor actor, string judgeId)
    {
        if (actor.JudgeId is not null && !actor.IsJudge(judgeId))
        {
            return Refusal.Forbidden("not-your-sheet", "A judge can only submit his own marking.");
        }

        if ((Status(sheet, "submissions", EventStatus.Scoring) ?? CheckInRules.Scorable(sheet.Attendance)) is { } closed)
        {
            return closed;
        }

        var assigned = sheet.AssignedAspects(judgeId);
        if (assigned.Count == 0)
        {
            return Refusal.Forbidden("not-on-panel", $"Judge {judgeId} does not mark this competitor.");
        }

        var missing = assigned.Where(a => !sheet.Marks.ContainsKey((a, judgeId))).ToList();
        if (missing.Count > 0)
        {
            return Refusal.Conflict("marks-missing", $"Aspects still to mark: {string.Join(", ", missing)}.");
        }

        return sheet.SubmittedBy.Contains(judgeId)
            ? Refusal.Conflict("already-submitted", $"Judge {judgeId} has already submitted this score sheet.")
            : null;
    }

    public static Refusal? RemarkRequest(SheetSituation sheet, Actor actor, string judgeId, string aspectId, string? note) =>
        Chief(sheet, actor, "request a re-mark") ?? Reason(note) ?? JudgeFor(sheet, judgeId, aspectId, out _)
            ?? Status(sheet, "re-mark requests", EventStatus.Scoring) ?? CheckInRules.Scorable(sheet.Attendance);

    /// <summary>The aspect exists, the judge sits on a panel that marks it, and he is not recused from this competitor.</summary>
    private static Refusal? JudgeFor(SheetSituation sheet, string judgeId, string aspectId, out AspectRule? aspect)
    {
        aspect = sheet.Scheme.Find(aspectId);
        if (aspect is null)
        {
            return UnknownAspect(aspectId);
        }

        if (!sheet.AspectsByJudge.TryGetValue(judgeId, out var aspects) || !aspects.Contains(aspectId))
        {
            return Refusal.Forbidden("not-on-panel", $"Judge {judgeId} does not sit on a panel that marks aspect {aspectId}.");
        }

        return sheet.RecusalReasons.TryGetValue(judgeId, out var reason)
            ? Refusal.Forbidden("recused", $"Judge {judgeId} is recused from this competitor: {reason}.")
            : null;
    }

    private static Refusal? Chief(SheetSituation sheet, Actor actor, string action) =>
        actor.JudgeId is { } judge && judge == sheet.ChiefJudgeId
            ? null
            : Refusal.Forbidden("chief-judge-only", $"Only the chief judge may {action}.");

    private static Refusal? Reason(string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? Refusal.Invalid("reason-required", "A reason is required; it is kept in the ledger.") : null;

    private static Refusal? Status(SheetSituation sheet, string what, params EventStatus[] allowed) =>
        allowed.Contains(sheet.Status)
            ? null
            : Refusal.Conflict(
                sheet.Status is EventStatus.Locked or EventStatus.Published ? "event-locked" : "event-not-scoring",
                $"The event is {sheet.Status}: {what} are not accepted now.");

    private static Refusal? Valid(AspectRule aspect, decimal value) =>
        aspect.Validate(value) is { } problem ? Refusal.Invalid("mark-invalid", problem) : null;

    private static Refusal UnknownAspect(string aspectId) =>
        Refusal.Invalid("unknown-aspect", $"Aspect {aspectId} is not in this event's marking scheme.");
}
