using Competitions.Domain.CheckIn;
using Competitions.Domain.Scheme;
using Competitions.Domain.Scoresheets;
using Competitions.Domain.Workflow;

namespace Competitions.Domain.Tests;

/// <summary>Check-in (检录) on one competitor of an event whose chief judge is CHIEF; J1 is a panel judge.</summary>
public sealed class CheckInRulesTests
{
    private static Actor Actor(string who) => who switch
    {
        "organizer" => new(true, null),
        "nobody" => new(false, null),
        _ => new(false, who),
    };

    [Theory]
    [InlineData("organizer", EventStatus.Setup, null)]
    [InlineData("organizer", EventStatus.Scoring, null)]
    [InlineData("CHIEF", EventStatus.Setup, null)]
    [InlineData("CHIEF", EventStatus.Scoring, null)]
    [InlineData("J1", EventStatus.Scoring, "chief-judge-only")]
    [InlineData("nobody", EventStatus.Scoring, "chief-judge-only")]
    [InlineData("organizer", EventStatus.Locked, "check-in-closed")]
    [InlineData("CHIEF", EventStatus.Published, "check-in-closed")]
    [InlineData("J1", EventStatus.Locked, "chief-judge-only")]
    public void Organizers_and_the_chief_judge_run_the_desk_before_and_while_marking(string who, EventStatus status, string? refusal) =>
        Assert.Equal(refusal, CheckInRules.Desk(Actor(who), "CHIEF", status)?.Code);

    [Fact]
    public void Without_a_chief_judge_no_judge_may_check_in() =>
        Assert.Equal("chief-judge-only", CheckInRules.Staff(Actor("J1"), null)?.Code);

    [Theory]
    [InlineData(AttendanceAction.CheckIn, Attendance.Unknown, false, null, null)]
    [InlineData(AttendanceAction.CheckIn, Attendance.Unknown, true, null, null)]
    [InlineData(AttendanceAction.CheckIn, Attendance.Present, false, null, "already-present")]
    [InlineData(AttendanceAction.CheckIn, Attendance.Absent, false, null, "competitor-absent")]
    [InlineData(AttendanceAction.MarkAbsent, Attendance.Unknown, false, null, null)]
    [InlineData(AttendanceAction.MarkAbsent, Attendance.Unknown, true, null, "attendance-has-marks")]
    [InlineData(AttendanceAction.MarkAbsent, Attendance.Present, false, null, "already-present")]
    [InlineData(AttendanceAction.MarkAbsent, Attendance.Absent, false, null, "already-absent")]
    [InlineData(AttendanceAction.Undo, Attendance.Unknown, false, "误操作", "attendance-unknown")]
    [InlineData(AttendanceAction.Undo, Attendance.Present, false, null, null)]
    [InlineData(AttendanceAction.Undo, Attendance.Absent, false, "迟到，经裁判长同意入场", null)]
    [InlineData(AttendanceAction.Undo, Attendance.Absent, false, " ", "reason-required")]
    [InlineData(AttendanceAction.Undo, Attendance.Absent, false, null, "reason-required")]
    [InlineData((AttendanceAction)9, Attendance.Unknown, false, null, "attendance-action-unknown")]
    public void Each_action_applies_to_the_attendance_it_changes(AttendanceAction action, Attendance attendance, bool hasMarks, string? reason, string? refusal) =>
        Assert.Equal(refusal, CheckInRules.Decide(new AttendanceSituation(EventStatus.Scoring, "CHIEF", attendance, hasMarks), Actor("CHIEF"), action, reason)?.Code);

    [Fact]
    public void Who_and_when_are_decided_before_what()
    {
        var locked = new AttendanceSituation(EventStatus.Locked, "CHIEF", Attendance.Absent, HasMarks: false);
        Assert.Equal("check-in-closed", CheckInRules.Decide(locked, Actor("organizer"), AttendanceAction.Undo, "迟到")?.Code);
        Assert.Equal("chief-judge-only", CheckInRules.Decide(locked with { Status = EventStatus.Scoring }, Actor("J1"), AttendanceAction.Undo, "迟到")?.Code);
    }

    [Theory]
    [InlineData(AttendanceAction.CheckIn, Attendance.Present, true)]
    [InlineData(AttendanceAction.CheckIn, Attendance.Unknown, false)]
    [InlineData(AttendanceAction.CheckIn, Attendance.Absent, false)]
    [InlineData(AttendanceAction.MarkAbsent, Attendance.Absent, false)]
    [InlineData(AttendanceAction.Undo, Attendance.Present, false)]
    public void Only_a_second_check_in_of_someone_present_is_a_repeat(AttendanceAction action, Attendance attendance, bool repeat) =>
        Assert.Equal(repeat, CheckInRules.IsRepeat(action, attendance));

    [Theory]
    [InlineData(Attendance.Unknown, null)]
    [InlineData(Attendance.Present, null)]
    [InlineData(Attendance.Absent, "competitor-absent")]
    public void Only_an_absent_competitor_is_kept_from_being_scored(Attendance attendance, string? refusal) =>
        Assert.Equal(refusal, CheckInRules.Scorable(attendance)?.Code);

    [Fact]
    public void No_command_of_the_score_sheet_scores_an_absent_competitor()
    {
        var present = new SheetSituation(
            EventStatus.Scoring,
            "CHIEF",
            new MarkingScheme([new AspectRule("A1", "A", AspectKind.Measurement, 4m, 0.5m, AggregationMethod.Mean, 1m)]),
            new Dictionary<string, IReadOnlyList<string>> { ["J1"] = ["A1"] },
            new Dictionary<string, string>(),
            new Dictionary<(string, string), decimal>(),
            new HashSet<string>(),
            (_, _) => false,
            Attendance.Present);
        var absent = present with { Attendance = Attendance.Absent };

        Assert.Null(ScoresheetRules.Mark(present, Actor("J1"), "J1", "A1", 3m));
        Assert.Equal("competitor-absent", ScoresheetRules.Mark(absent, Actor("J1"), "J1", "A1", 3m)?.Code);
        Assert.Equal("competitor-absent", ScoresheetRules.Correction(absent, Actor("CHIEF"), "J1", "A1", 3m, "复测")?.Code);
        Assert.Equal("competitor-absent", ScoresheetRules.DisputeResolution(absent, Actor("CHIEF"), "A1", 3m, "复测")?.Code);
        Assert.Equal("competitor-absent", ScoresheetRules.Theory(absent, Actor("organizer"), 80m)?.Code);
        Assert.Equal("competitor-absent", ScoresheetRules.Submission(absent, Actor("J1"), "J1")?.Code);
        Assert.Equal("competitor-absent", ScoresheetRules.RemarkRequest(absent, Actor("CHIEF"), "J1", "A1", "再测")?.Code);
        // A judge who may not mark him at all hears that first, not who is absent.
        Assert.Equal("not-on-panel", ScoresheetRules.Mark(absent, Actor("J9"), "J9", "A1", 3m)?.Code);
    }
}
