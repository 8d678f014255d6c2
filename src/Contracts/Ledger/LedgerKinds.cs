using Competitions.Domain.Announcements;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Workflow;

namespace Competitions.Contracts.Ledger;

/// <summary>The kinds of ledger entries; stored as text so the ledger reads without the code.</summary>
public static class LedgerKinds
{
    public const string MarkEntered = "mark-entered";
    public const string MarkCorrected = "mark-corrected";
    public const string DisputeResolved = "dispute-resolved";
    public const string TheoryRecorded = "theory-recorded";
    public const string SheetSubmitted = "sheet-submitted";
    public const string RemarkRequested = "remark-requested";
    public const string EventStatusChanged = "event-status-changed";
    public const string AppealLodged = "appeal-lodged";
    public const string AppealDecided = "appeal-decided";
    public const string LotsDrawn = "lots-drawn";
    public const string SchemeRevised = "scheme-revised";
    public const string PersonalDataErased = "personal-data-erased";
    public const string SessionsAssigned = "sessions-assigned";

    // Advancement into a later round, in the later event's advancement stream.
    public const string AdvancementAnnounced = "advancement-announced";
    public const string AdvancementWithdrawal = "advancement-withdrawal";
    public const string AdvancementCommitted = "advancement-committed";
    public const string CompetitorAdvanced = "competitor-advanced";

    // Attendance (检录), in each competitor's score sheet stream; the fold is AttendanceLedger's.
    public const string CompetitorCheckedIn = AttendanceLedger.CheckedIn;
    public const string CompetitorAbsent = AttendanceLedger.MarkedAbsent;
    public const string AttendanceUndone = AttendanceLedger.Undone;

    // Announcements: their layout is the domain's (AnnouncementRows), which writes and reads them.
    public const string AnnouncementToJudges = AnnouncementRows.ToJudgesKind;
    public const string AnnouncementToPublic = AnnouncementRows.ToPublicKind;
    public const string AnnouncementAddressed = AnnouncementRows.AddressedKind;
    public const string AnnouncementAcknowledged = AnnouncementRows.AcknowledgedKind;
    public const string AnnouncementWithdrawn = AnnouncementRows.WithdrawnKind;
}
