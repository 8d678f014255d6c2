using Competitions.Domain.CheckIn;
using Competitions.Domain.Scheme;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Scoresheets;

/// <summary>
/// What the score sheet's rules look at: the event's status, scheme, panels, recusals and chief judge for this
/// competitor, and the sheet as its ledger stands (marks, submissions, open re-mark requests, attendance).
/// </summary>
public sealed record SheetSituation(
    EventStatus Status,
    string? ChiefJudgeId,
    MarkingScheme Scheme,
    IReadOnlyDictionary<string, IReadOnlyList<string>> AspectsByJudge,
    IReadOnlyDictionary<string, string> RecusalReasons,
    IReadOnlyDictionary<(string AspectId, string JudgeId), decimal> Marks,
    IReadOnlySet<string> SubmittedBy,
    Func<string, string, bool> RemarkRequested,
    Attendance Attendance = Attendance.Unknown)
{
    /// <summary>The aspects a judge marks on this sheet: none when he is recused.</summary>
    public IReadOnlyList<string> AssignedAspects(string judgeId) =>
        AspectsByJudge.TryGetValue(judgeId, out var aspects) && !RecusalReasons.ContainsKey(judgeId) ? aspects : [];
}
