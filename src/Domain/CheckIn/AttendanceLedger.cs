namespace Competitions.Domain.CheckIn;

/// <summary>
/// Attendance as ledger rows of the competitor's score sheet stream: one kind per action, and the fold that reads them
/// back. In the sheet's own stream, because its grain is that stream's only writer: a mark and an absence of the same
/// competitor are decided one after the other, so no mark can be stored after an absence the sheet did not see.
/// </summary>
public static class AttendanceLedger
{
    public const string CheckedIn = "competitor-checked-in";
    public const string MarkedAbsent = "competitor-absent";
    public const string Undone = "attendance-undone";

    public static string KindOf(AttendanceAction action) => action switch
    {
        AttendanceAction.CheckIn => CheckedIn,
        AttendanceAction.MarkAbsent => MarkedAbsent,
        AttendanceAction.Undo => Undone,
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, "Unknown attendance action."),
    };

    /// <summary>The attendance a row of this kind leaves, or null when the row is not about attendance.</summary>
    public static Attendance? After(string kind) => kind switch
    {
        CheckedIn => Attendance.Present,
        MarkedAbsent => Attendance.Absent,
        Undone => Attendance.Unknown,
        _ => null,
    };

    /// <summary>A competitor's attendance from his stream's kinds in sequence order: the last attendance row decides.</summary>
    public static Attendance Fold(IEnumerable<string> kinds) =>
        kinds.Aggregate(Attendance.Unknown, (attendance, kind) => After(kind) ?? attendance);
}
