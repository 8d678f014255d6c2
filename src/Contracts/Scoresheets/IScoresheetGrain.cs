using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Ledger;
using Orleans.Concurrency;

namespace Competitions.Contracts.Scoresheets;

/// <summary>
/// One competitor's marks in one event, rebuilt from the ledger on activation. Every command is appended to the
/// ledger before it is acknowledged. Key: <see cref="Keys.Scoresheet"/>.
/// </summary>
public interface IScoresheetGrain : IGrainWithStringKey
{
    Task<LedgerReceipt> SubmitMark(Caller caller, MarkSubmission mark);

    /// <summary>
    /// A tablet's outbox for this sheet, in the order it was entered: each mark is checked, stored and acknowledged
    /// as <see cref="SubmitMark"/> would, and the leaderboard hears of them once.
    /// </summary>
    Task<IReadOnlyList<MarkOutcome>> SubmitMarks(Caller caller, IReadOnlyList<MarkSubmission> marks);

    Task<LedgerReceipt> CorrectMark(Caller caller, MarkCorrection correction);

    Task<LedgerReceipt> ResolveDispute(Caller caller, DisputeResolution resolution);

    Task<LedgerReceipt> RecordTheory(Caller caller, TheoryScore score);

    Task<LedgerReceipt> SubmitSheet(Caller caller, SheetSubmission submission);

    Task<LedgerReceipt> RequestRemark(Caller caller, RemarkRequest request);

    /// <summary>
    /// Records the competitor's attendance (检录) in this sheet's stream, as <see cref="Domain.CheckIn.CheckInRules"/>
    /// decides; a check-in of someone already checked in is answered with his check-in.
    /// </summary>
    Task<LedgerReceipt> RecordAttendance(Caller caller, AttendanceCommand command);

    Task<ScoresheetView> Get();

    Task<JudgeSheetView> GetJudgeView(string judgeId);

    Task<IReadOnlyList<LedgerEntryView>> GetLedger();

    /// <summary>The event's configuration or status changed: fetch the scoring context again before the next command.</summary>
    [OneWay]
    Task RefreshContext();
}
