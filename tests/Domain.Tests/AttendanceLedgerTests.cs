using Competitions.Domain.CheckIn;

namespace Competitions.Domain.Tests;

public sealed class AttendanceLedgerTests
{
    [Theory]
    [InlineData(Attendance.Unknown)]
    [InlineData(Attendance.Present, "competitor-checked-in")]
    [InlineData(Attendance.Absent, "competitor-absent")]
    [InlineData(Attendance.Unknown, "competitor-checked-in", "attendance-undone")]
    [InlineData(Attendance.Present, "competitor-absent", "attendance-undone", "competitor-checked-in")]
    [InlineData(Attendance.Present, "competitor-checked-in", "mark-entered", "sheet-submitted")]
    [InlineData(Attendance.Absent, "mark-entered", "competitor-absent", "theory-recorded")]
    public void The_last_attendance_row_of_the_stream_decides_and_other_rows_change_nothing(Attendance expected, params string[] kinds) =>
        Assert.Equal(expected, AttendanceLedger.Fold(kinds));

    [Fact]
    public void Every_action_has_its_own_kind_and_each_kind_folds_back_to_the_action_s_attendance()
    {
        Assert.Equal(Attendance.Present, AttendanceLedger.After(AttendanceLedger.KindOf(AttendanceAction.CheckIn)));
        Assert.Equal(Attendance.Absent, AttendanceLedger.After(AttendanceLedger.KindOf(AttendanceAction.MarkAbsent)));
        Assert.Equal(Attendance.Unknown, AttendanceLedger.After(AttendanceLedger.KindOf(AttendanceAction.Undo)));
        Assert.Null(AttendanceLedger.After("mark-entered"));
        Assert.Throws<ArgumentOutOfRangeException>(() => AttendanceLedger.KindOf((AttendanceAction)9));
    }
}
