using Competitions.Domain.CheckIn;
using Competitions.Domain.Sessions;

namespace Competitions.Domain.Tests;

public sealed class SessionProgressTests
{
    private static readonly DateTime Day = new(2026, 5, 12);

    // 第1场 08:30–10:30 and 第2场 11:00–13:00, two stations each.
    private static readonly PlannedSession[] Sessions =
    [
        new("第2场", Day.AddHours(11), Day.AddHours(13)),
        new("第1场", Day.AddHours(8.5), Day.AddHours(10.5)),
    ];

    private static SeatProgress[] Seats(string first, string second) =>
        [.. first.Select((c, i) => new SeatProgress("第1场", i + 1, StateOf(c))), .. second.Select((c, i) => new SeatProgress("第2场", i + 1, StateOf(c)))];

    // W waiting, C checked in, A absent, S submitted.
    private static SeatState StateOf(char c) => c switch
    {
        'C' => SeatState.CheckedIn,
        'A' => SeatState.Absent,
        'S' => SeatState.Submitted,
        _ => SeatState.Waiting,
    };

    [Theory]
    [InlineData("08:00", "WW", "WW", null, "第1场", 0, 0)] // before the day: the first session is next
    [InlineData("08:40", "WW", "WW", "第1场", "第2场", 10, 0)] // started by plan, nobody at the desk yet: 10 minutes late
    [InlineData("08:40", "CW", "WW", "第1场", "第2场", 0, 0)] // the desk has started: on time
    [InlineData("10:45", "SC", "WW", "第1场", "第2场", 15, 0)] // overrunning its end by 15 minutes
    [InlineData("11:05", "SC", "WW", "第1场", "第2场", 35, 5)] // still overrunning: it stays current, and 第2场 has not begun
    [InlineData("10:45", "SA", "WW", null, "第2场", 0, 0)] // done early: nothing now, 第2场 next
    [InlineData("11:10", "SC", "CW", "第2场", null, 0, 0)] // 第2场 checking in takes the stations over from 第1场
    [InlineData("13:30", "SS", "SS", null, null, 0, 0)] // the day is over
    public void The_current_session_the_next_and_how_late_each_is(
        string now, string first, string second, string? current, string? next, int firstLate, int secondLate)
    {
        var progress = SessionProgress.At(Sessions, Seats(first, second), Day + TimeSpan.Parse(now));

        Assert.Equal(current, progress.Current);
        Assert.Equal(next, progress.Next);
        Assert.Equal(["第1场", "第2场"], progress.Sessions.Select(s => s.Name));
        Assert.Equal([firstLate, secondLate], progress.Sessions.Select(s => s.MinutesLate));
    }

    [Theory]
    [InlineData(Attendance.Unknown, false, SeatState.Waiting)]
    [InlineData(Attendance.Present, false, SeatState.CheckedIn)]
    [InlineData(Attendance.Present, true, SeatState.Submitted)]
    [InlineData(Attendance.Unknown, true, SeatState.Submitted)] // marked without passing the desk
    [InlineData(Attendance.Absent, true, SeatState.Absent)] // an absent competitor's empty sheet counts as complete
    public void A_seat_state_from_the_desk_and_the_sheet(Attendance attendance, bool complete, SeatState expected) =>
        Assert.Equal(expected, SessionProgress.SeatStateOf(attendance, complete));
}
