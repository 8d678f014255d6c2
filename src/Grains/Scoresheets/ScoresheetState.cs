using Competitions.Contracts.Events;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Ledger;
using Competitions.Domain.Scheme;
using Competitions.Domain.Scoring;

namespace Competitions.Grains.Scoresheets;

/// <summary>
/// What a score sheet's ledger stream amounts to: the fold of its rows. A score sheet grain keeps one live; a
/// leaderboard that builds cold folds every sheet of its event from a single read instead of waking each sheet.
/// </summary>
public sealed class ScoresheetState
{
    public Dictionary<(string AspectId, string JudgeId), decimal> Marks { get; } = [];

    public Dictionary<string, decimal> Resolutions { get; } = new(StringComparer.Ordinal);

    public SortedSet<string> SubmittedBy { get; } = new(StringComparer.Ordinal);

    public Dictionary<(string AspectId, string JudgeId), RemarkRequestView> RemarkRequests { get; } = [];

    public decimal? Theory { get; private set; }

    /// <summary>The competitor's attendance (检录): <see cref="AttendanceLedger"/>'s fold of the same rows.</summary>
    public Attendance Attendance { get; private set; }

    /// <summary>The row that set <see cref="Attendance"/>: a repeated check-in is answered with it.</summary>
    public LedgerRecord? AttendanceRecord { get; private set; }

    /// <summary>The marks as the scoring rules take them.</summary>
    public IReadOnlyCollection<JudgeMark> JudgeMarks => [.. Marks.Select(m => new JudgeMark(m.Key.AspectId, m.Key.JudgeId, m.Value))];

    /// <summary>The sequence of the last row applied: the version a standing carries.</summary>
    public int Sequence { get; private set; }

    /// <summary>Applies one row of the stream; false for a kind this version does not know (it is skipped).</summary>
    public bool Apply(LedgerRecord record)
    {
        Sequence = record.Sequence;
        switch (record.Kind)
        {
            case LedgerKinds.MarkEntered or LedgerKinds.MarkCorrected:
                Marks[(record.AspectId!, record.JudgeId!)] = record.Value!.Value;
                RemarkRequests.Remove((record.AspectId!, record.JudgeId!));
                return true;
            case LedgerKinds.RemarkRequested:
                RemarkRequests[(record.AspectId!, record.JudgeId!)] = new RemarkRequestView(record.AspectId!, record.Reason ?? string.Empty, record.RecordedAt);
                return true;
            case LedgerKinds.DisputeResolved:
                Resolutions[record.AspectId!] = record.Value!.Value;
                return true;
            case LedgerKinds.TheoryRecorded:
                Theory = record.Value;
                return true;
            case LedgerKinds.SheetSubmitted:
                SubmittedBy.Add(record.JudgeId!);
                return true;
            case LedgerKinds.CompetitorCheckedIn or LedgerKinds.CompetitorAbsent or LedgerKinds.AttendanceUndone:
                Attendance = AttendanceLedger.After(record.Kind)!.Value;
                AttendanceRecord = record;
                return true;
            default:
                return false;
        }
    }

    public ScoresheetResult Calculate(ScoringContext context, MarkingScheme rules)
    {
        // Every panel judge who is not recused must mark each aspect his panel covers.
        var expected = context.AspectsByJudge
            .Where(judge => !context.RecusalReasons.ContainsKey(judge.Key))
            .SelectMany(judge => judge.Value.Select(aspectId => (AspectId: aspectId, JudgeId: judge.Key)))
            .GroupBy(pair => pair.AspectId, pair => pair.JudgeId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyCollection<string>)[.. g], StringComparer.Ordinal);
        return ScoresheetCalculator.Calculate(rules, context.Definition.Weights, expected, JudgeMarks, Resolutions, Theory, Attendance == Attendance.Absent);
    }

    public Standing ToStanding(ScoringContext context, ScoresheetResult result) => new(
        context.Competitor.Id, Sequence, result.Theory, result.Practical, result.Total, result.CriterionScores,
        null, result.IsComplete, result.MissingMarks, result.OpenDisputes, result.SpreadAlerts, Attendance);
}
