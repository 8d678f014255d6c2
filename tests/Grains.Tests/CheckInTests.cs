using Competitions.Contracts;
using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Ledger;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Ledger;
using Competitions.Domain.Ranking;
using Competitions.Domain.Workflow;
using Competitions.Grains.Leaderboards;
using Competitions.Grains.Ledger;

namespace Competitions.Grains.Tests;

/// <summary>Check-in (检录) through the event and its score sheets, on the in-memory ledger.</summary>
[Collection(GrainClusterCollection.Name)]
public sealed class CheckInTests(GrainCluster cluster)
{
    private static readonly Caller Chief = Caller.Judge("CHIEF");

    [Fact]
    public async Task A_second_scan_is_answered_with_the_first_check_in_and_stored_once()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);

        var first = await sample.Event.CheckIn(Chief, new CheckInCommand(Guid.NewGuid(), "K7Q2", "desk"));
        var again = await sample.Event.CheckIn(Chief, new CheckInCommand(Guid.NewGuid(), "1", "desk"));

        Assert.False(first.Repeat);
        Assert.True(again.Repeat);
        Assert.Equal(first.Receipt, again.Receipt);
        Assert.Equal(("C1", Attendance.Present), (again.Competitor.CompetitorId, again.Competitor.Attendance));
        var row = Assert.Single(await Stream(sample, "C1"));
        Assert.Equal((LedgerKinds.CompetitorCheckedIn, "CHIEF", "found by BlindCode"), (row.Record.Kind, row.Record.ActorId, row.Record.Reason));
    }

    [Fact]
    public async Task Ending_check_in_marks_the_waiting_absent_once_and_the_event_locks_without_their_marks()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.Event.CheckIn(Chief, new CheckInCommand(Guid.NewGuid(), "C1"));
        var sweepId = Guid.NewGuid();

        var sweep = await sample.Event.MarkWaitingAbsent(Chief, sweepId);
        var resent = await sample.Event.MarkWaitingAbsent(Chief, sweepId);

        Assert.Equal(new AbsenceSweep(1, 0), sweep);
        Assert.Equal(sweep, resent);
        Assert.Equal([LedgerKinds.CompetitorAbsent], (await Stream(sample, "C2")).Select(r => r.Record.Kind));
        var refused = await Assert.ThrowsAsync<CompetitionRuleException>(() => sample.MarkAsync("C2", "J1", 3m));
        Assert.Equal("competitor-absent", refused.Code);

        await sample.MarkAsync("C1", "J1", 3.5m);
        await sample.MarkAsync("C1", "J2", 3.5m);
        await sample.Event.ChangeStatus(SampleEvent.Organizer, EventStatus.Locked);

        var rows = (await sample.Board.Get()).Rows;
        Assert.Equal([("C1", 1, false), ("C2", Ranker.Unranked, true)], rows.Select(r => (r.CompetitorId!, r.Rank, r.Absent)));
        Assert.Equal(Domain.Awards.AwardBand.None, rows[1].Award);
        var list = await sample.Event.GetCheckIn(SampleEvent.Organizer);
        Assert.Equal((1, 1, 0), (list.Present, list.Absent, list.Waiting));
    }

    [Fact]
    public async Task Ending_check_in_leaves_waiting_a_competitor_judges_have_marked()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.MarkAsync("C2", "J1", 3m);

        var sweep = await sample.Event.MarkWaitingAbsent(SampleEvent.Organizer, Guid.NewGuid());

        Assert.Equal(new AbsenceSweep(1, 1), sweep);
        Assert.Equal(Attendance.Unknown, (await sample.Sheet("C2").Get()).Attendance);
    }

    [Fact]
    public async Task An_absence_taken_back_with_a_reason_lets_the_competitor_be_marked_and_a_cold_board_folds_it_all()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.Sheet("C2").RecordAttendance(Chief, new AttendanceCommand(Guid.NewGuid(), AttendanceAction.MarkAbsent));
        var noReason = await Assert.ThrowsAsync<CompetitionRuleException>(() =>
            sample.Sheet("C2").RecordAttendance(Chief, new AttendanceCommand(Guid.NewGuid(), AttendanceAction.Undo)));
        Assert.Equal("reason-required", noReason.Code);

        await sample.Sheet("C2").RecordAttendance(Chief, new AttendanceCommand(Guid.NewGuid(), AttendanceAction.Undo, "迟到五分钟，经裁判长同意入场"));
        await sample.Sheet("C1").RecordAttendance(Chief, new AttendanceCommand(Guid.NewGuid(), AttendanceAction.MarkAbsent));
        await sample.MarkAsync("C2", "J1", 3m);

        var contexts = await sample.Event.GetScoringContexts();
        var cold = await LedgerStandings.ReadAsync(cluster.Ledger, sample.EventKey, (await sample.Event.Get()).Scheme, contexts);
        Assert.Equal([("C1", Attendance.Absent, true), ("C2", Attendance.Unknown, false)], cold.Standings.Select(s => (s.CompetitorId, s.Attendance, s.IsComplete)));
        Assert.Empty(LedgerChain.Verify(await Stream(sample, "C2")));
    }

    [Theory]
    [InlineData("J1", "chief-judge-only")]
    [InlineData("CHIEF", "lookup-no-match")]
    public async Task Only_staff_reach_the_lookup(string judgeId, string code)
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);

        var refused = await Assert.ThrowsAsync<CompetitionRuleException>(() => sample.Event.CheckIn(Caller.Judge(judgeId), new CheckInCommand(Guid.NewGuid(), "nobody")));

        Assert.Equal(code, refused.Code);
    }

    private Task<IReadOnlyList<ChainedLedgerRecord>> Stream(SampleEvent sample, string competitorId) =>
        cluster.Ledger.ReadStreamAsync(LedgerStreams.Scoresheet($"{sample.EventKey}/{competitorId}"));
}
