using System.Net;
using System.Net.Http.Json;
using System.Text;
using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Awards;
using Competitions.Domain.CheckIn;
using Competitions.Domain.Csv;
using Competitions.Domain.Ledger;
using Competitions.Domain.Ranking;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Microsoft.AspNetCore.Mvc;
using UglyToad.PdfPig;

namespace Competitions.Integration.Tests.CheckIn;

/// <summary>
/// Check-in (检录) through the API on PostgreSQL: the chief judge checks competitors in by what the desk types or scans,
/// ends check-in, and the competitor never checked in is absent (缺考) everywhere results are shown.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class CheckInApiTests(CompetitionsFixture fixture)
{
    /// <summary>A fourth competitor who carries an ID number, for the desk to find by it.</summary>
    public const string IdNumber = "11010519491231002X";

    public static readonly CompetitorEntry WithIdNumber = new("C4", "赵敏", "Org-D", "龙岗区", 4, "Z4Q1", IdNumber);

    /// <summary>
    /// The test contest with C4 and prize shares that give each of three ranked competitors a prize (34/33/33 %), so an
    /// absent competitor counted in the field would take one too.
    /// </summary>
    public static async Task<TestContest> CreateAsync(CompetitionsFixture fixture)
    {
        var contest = await TestContest.CreateAsync(fixture);
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/competitors", new[] { WithIdNumber })).EnsureSuccessStatusCode();
        (await contest.Organizer.PutJsonAsync(contest.EventPath, new EventDefinition(
            TestContest.EventCode, "车工（职工组）", "实训楼A", TheoryPercent: 30m, PracticalPercent: 70m,
            Awards: new AwardRuleDefinition(34m, 33m, 33m, 0m)))).EnsureSuccessStatusCode();
        return contest;
    }

    private static async Task<string> CodeOf(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetails>();
        return problem!.Extensions["code"]!.ToString()!;
    }

    [Fact]
    public async Task The_chief_checks_in_by_station_and_ID_number_ends_check_in_and_the_absent_competitor_is_absent_on_boards_and_exports()
    {
        var contest = await CreateAsync(fixture);
        using var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        var checkIn = $"{contest.EventPath}/check-in";

        var byStation = await (await chief.PostJsonAsync(checkIn, new CheckInCommand(Guid.NewGuid(), "2", "desk-1"))).ReadAsync<CheckInOutcome>();
        Assert.Equal(("C2", Attendance.Present, false), (byStation.Competitor.CompetitorId, byStation.Competitor.Attendance, byStation.Repeat));

        // An ID number typed with a small x, as desks do: found, and never sent back whole.
        var entryId = Guid.NewGuid();
        var byIdNumberResponse = await chief.PostJsonAsync(checkIn, new CheckInCommand(entryId, "11010519491231002x", "desk-1"));
        var byIdNumberText = await byIdNumberResponse.Content.ReadAsStringAsync();
        var byIdNumber = await byIdNumberResponse.ReadAsync<CheckInOutcome>();
        Assert.Equal(("C4", "1101**********002X"), (byIdNumber.Competitor.CompetitorId, byIdNumber.Competitor.IdNumber));
        Assert.DoesNotContain("19491231", byIdNumberText, StringComparison.Ordinal);
        var resent = await (await chief.PostJsonAsync(checkIn, new CheckInCommand(entryId, "11010519491231002x", "desk-1"))).ReadAsync<CheckInOutcome>();
        Assert.Equal(byIdNumber.Receipt, resent.Receipt);
        var rescanned = await (await chief.PostJsonAsync(checkIn, new CheckInCommand(Guid.NewGuid(), "Z4Q1"))).ReadAsync<CheckInOutcome>();
        Assert.True(rescanned.Repeat);
        Assert.Equal(byIdNumber.Receipt, rescanned.Receipt);
        (await chief.PostJsonAsync(checkIn, new CheckInCommand(Guid.NewGuid(), "k7q2"))).EnsureSuccessStatusCode();

        // C3 never came: ending check-in marks him absent, and no judge can mark him any more.
        var sweep = await (await chief.PostJsonAsync($"{checkIn}/mark-waiting-absent", new AbsenceSweepRequest(Guid.NewGuid()))).ReadAsync<AbsenceSweep>();
        Assert.Equal(new AbsenceSweep(1, 0), sweep);
        Assert.Equal("competitor-absent", await CodeOf(await contest.MarkAsync("C3", "J1", "A1", 3m), HttpStatusCode.Conflict));
        var list = await (await chief.GetAsync(checkIn)).ReadAsync<CheckInList>();
        Assert.Equal((3, 1, 0), (list.Present, list.Absent, list.Waiting));
        Assert.Equal(
            [("C1", Attendance.Present), ("C2", Attendance.Present), ("C3", Attendance.Absent), ("C4", Attendance.Present)],
            list.Competitors.Select(c => (c.CompetitorId, c.Attendance)));

        foreach (var (competitorId, theory) in new[] { ("C1", 61.75m), ("C2", 88.25m), ("C4", 70.5m) })
        {
            await contest.CompleteSheetAsync(competitorId);
            await contest.RecordTheoryAsync(competitorId, theory);
        }

        // The absent sheet is settled: the event locks without his marks.
        (await contest.ChangeStatusAsync(chief, EventStatus.Locked)).EnsureSuccessStatusCode();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Published)).EnsureSuccessStatusCode();

        var board = await contest.LeaderboardAsync();
        var absent = board.Rows[^1];
        Assert.Equal(("C3", true, Ranker.Unranked, AwardBand.None), (absent.CompetitorId, absent.Absent, absent.Rank, absent.Award));
        Assert.Equal([1, 2, 3], board.Rows.Take(3).Select(r => r.Rank));
        Assert.All(board.Rows.Take(3), r => Assert.NotEqual(AwardBand.None, r.Award));
        var shown = await fixture.CreateClient().GetFromJsonAsync<LeaderboardView>($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard", Json.Options);
        Assert.True(shown!.Rows.Single(r => r.Name == "张强").Absent);

        var csv = CsvFile.Read(new StringReader(Encoding.UTF8.GetString(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/results.csv"))));
        var c3 = csv.Single(r => r.Fields[1] == "C3").Fields;
        Assert.Equal((string.Empty, string.Empty, string.Empty, "缺考", string.Empty), (c3[0], c3[5], c3[6], c3[7], c3[8]));

        var certificates = PdfText(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/certificates.pdf"));
        Assert.Contains("赵敏", certificates, StringComparison.Ordinal);
        Assert.DoesNotContain("张强", certificates, StringComparison.Ordinal);
        var sheet = PdfText(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/scoresheets/C3.pdf"));
        Assert.Contains("Total缺考 Absent名次", sheet, StringComparison.Ordinal);

        var ledger = Encoding.UTF8.GetString(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/ledger.csv"));
        var verified = LedgerVerification.Verify(new StringReader(ledger.TrimStart('\uFEFF')));
        Assert.True(verified.IsIntact, string.Join(Environment.NewLine, verified.Problems));
        Assert.Contains(LedgerKinds.CompetitorCheckedIn, ledger, StringComparison.Ordinal);
        Assert.Contains(LedgerKinds.CompetitorAbsent, ledger, StringComparison.Ordinal);
        Assert.DoesNotContain("19491231", ledger, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_absence_is_taken_back_only_with_a_reason_and_then_the_competitor_is_marked()
    {
        var contest = await CreateAsync(fixture);
        var attendance = $"{contest.EventPath}/competitors/C3/attendance";
        (await contest.Organizer.PostJsonAsync(attendance, new AttendanceCommand(Guid.NewGuid(), AttendanceAction.MarkAbsent))).EnsureSuccessStatusCode();

        Assert.Equal("reason-required", await CodeOf(await contest.Organizer.PostJsonAsync(attendance, new AttendanceCommand(Guid.NewGuid(), AttendanceAction.Undo)), HttpStatusCode.BadRequest));
        Assert.Equal("competitor-absent", await CodeOf(await contest.MarkAsync("C3", "J1", "A1", 3m), HttpStatusCode.Conflict));
        (await contest.Organizer.PostJsonAsync(attendance, new AttendanceCommand(Guid.NewGuid(), AttendanceAction.Undo, "迟到五分钟，经裁判长同意入场"))).EnsureSuccessStatusCode();
        (await contest.MarkAsync("C3", "J1", "A1", 3m)).EnsureSuccessStatusCode();

        Assert.Equal("attendance-has-marks", await CodeOf(await contest.Organizer.PostJsonAsync(attendance, new AttendanceCommand(Guid.NewGuid(), AttendanceAction.MarkAbsent)), HttpStatusCode.Conflict));
        Assert.Equal(
            [LedgerKinds.CompetitorAbsent, LedgerKinds.AttendanceUndone, LedgerKinds.MarkEntered],
            (await contest.LedgerAsync("C3")).Select(e => e.Kind));
        Assert.Equal("迟到五分钟，经裁判长同意入场", (await contest.LedgerAsync("C3"))[1].Reason);
    }

    [Fact]
    public async Task Judges_and_anonymous_callers_are_refused_and_change_nothing()
    {
        var contest = await CreateAsync(fixture);
        using var judge = fixture.CreateClient(await contest.SignInAsync("J1"));
        using var anonymous = fixture.CreateClient();
        var checkIn = $"{contest.EventPath}/check-in";
        var before = await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries");

        Assert.Equal("chief-judge-only", await CodeOf(await judge.PostJsonAsync(checkIn, new CheckInCommand(Guid.NewGuid(), IdNumber)), HttpStatusCode.Forbidden));
        Assert.Equal("chief-judge-only", await CodeOf(await judge.GetAsync(checkIn), HttpStatusCode.Forbidden));
        Assert.Equal("chief-judge-only", await CodeOf(await judge.PostJsonAsync($"{checkIn}/mark-waiting-absent", new AbsenceSweepRequest(Guid.NewGuid())), HttpStatusCode.Forbidden));
        Assert.Equal("chief-judge-only", await CodeOf(
            await judge.PostJsonAsync($"{contest.EventPath}/competitors/C2/attendance", new AttendanceCommand(Guid.NewGuid(), AttendanceAction.MarkAbsent)), HttpStatusCode.Forbidden));
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync(checkIn)).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostJsonAsync(checkIn, new CheckInCommand(Guid.NewGuid(), "2"))).StatusCode);
        Assert.Equal("lookup-no-match", await CodeOf(await contest.Organizer.PostJsonAsync(checkIn, new CheckInCommand(Guid.NewGuid(), "110105194912310000")), HttpStatusCode.NotFound));

        Assert.Equal(before, await fixture.Database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries"));
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Concat(document.GetPages().Select(p => p.Text));
    }
}
