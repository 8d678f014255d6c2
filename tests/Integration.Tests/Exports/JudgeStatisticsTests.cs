using System.Net;
using System.Text;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.JudgeMarking;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Csv;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Exports;
using UglyToad.PdfPig;

namespace Competitions.Integration.Tests.Exports;

[Collection(ClusterCollection.Name)]
public sealed class JudgeStatisticsTests(CompetitionsFixture fixture)
{
    /// <summary>
    /// The test contest marked by hand (A2: judgement, mean; B1: judgement, trimmed mean of five, else the mean; J2 is
    /// recused from C1), a re-mark, a correction after lock and one after publication for an upheld appeal.
    /// Final marks and deviations from each aspect's aggregate (0–3 scale):
    /// C1 B1  J1 3, J3 2, J4 2, J5 0: mean 7/4 → +1.25, +0.25, +0.25, −1.75; spread 3, gone without J5: J5 caused it.
    ///        (A2: J1 alone, not compared.)
    /// C2 A2  J1 3, J2 1 → re-marked 2 on request: mean 2.5 → +0.5, −0.5.
    ///    B1  3 2 2 2 3: trimmed (2 + 2 + 3) / 3 = 7/3 → J1 +2/3, J2 J3 J4 −1/3, J5 +2/3.
    /// C3 A2  J1 2, J2 2 → 0, 0.
    ///    B1  J4 2 corrected to 3 after lock, J3 2 corrected to 3 after publication: 2 2 3 3 2 → 7/3 → J1 J2 J5 −1/3, J3 J4 +2/3.
    /// J1: 9 marks, 5 compared: (1.25 + 0.5 + 2/3 + 0 − 1/3) / 5 = 0.4166… → 0.42; absolute 2.75 / 5 = 0.55.
    /// J2: 6 marks, 4 compared: (−0.5 − 1/3 + 0 − 1/3) / 4 = −0.2916… → −0.29; absolute 0.29; one re-mark requested.
    /// J3: (0.25 − 1/3 + 2/3) / 3 = 0.1944… → 0.19; absolute 1.25 / 3 → 0.42; corrected once, after publication.
    /// J4: the same figures; corrected once, before publication. J5: (−1.75 + 2/3 − 1/3) / 3 → −0.47; absolute 2.75 / 3 → 0.92.
    /// </summary>
    private static readonly string[] ExpectedCsv =
    [
        "J1|评委J1|9|5|0.42|0.55|0|0|0|0",
        "J2|评委J2|6|4|-0.29|0.29|0|1|0|0",
        "J3|评委J3|3|3|0.19|0.42|0|0|1|1",
        "J4|评委J4|3|3|0.19|0.42|0|0|1|0",
        "J5|评委J5|3|3|-0.47|0.92|1|0|0|0",
    ];

    [Fact]
    public async Task Statistics_of_a_hand_marked_event_live_for_the_chief_own_line_for_a_judge_and_as_csv_and_pdf_for_organizers()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        var j3 = fixture.CreateClient(await contest.SignInAsync("J3"));
        var path = $"{contest.EventPath}/judge-statistics";
        await MarkAsync(contest, "C1", ("A1", "J1", 3.5m), ("A2", "J1", 3m), ("B1", "J1", 3m), ("B1", "J3", 2m), ("B1", "J4", 2m), ("B1", "J5", 0m));
        await MarkAsync(contest, "C2", ("A1", "J1", 3.5m), ("A1", "J2", 3.5m), ("A2", "J1", 3m), ("A2", "J2", 1m),
            ("B1", "J1", 3m), ("B1", "J2", 2m), ("B1", "J3", 2m), ("B1", "J4", 2m), ("B1", "J5", 3m));
        await MarkAsync(contest, "C3", ("A1", "J1", 3.5m), ("A1", "J2", 3.5m), ("A2", "J1", 2m), ("A2", "J2", 2m),
            ("B1", "J1", 2m), ("B1", "J2", 2m), ("B1", "J3", 2m), ("B1", "J4", 2m), ("B1", "J5", 2m));
        (await chief.PostJsonAsync($"{contest.EventPath}/competitors/C2/remark-requests", new RemarkRequest(Guid.NewGuid(), "J2", "A2", "请复核工艺规范"))).EnsureSuccessStatusCode();

        // Live, during marking: the chief sees every judge; a judge still marking sees nothing.
        var live = await (await chief.GetAsync(path)).ReadAsync<List<JudgeStatisticsLine>>();
        var whileMarking = await j3.GetAsync(path);
        var anonymous = await fixture.CreateClient().GetAsync(path);
        Assert.Equal(["J1", "J2", "J3", "J4", "J5"], live.Select(l => l.JudgeId));
        // J2 before his re-mark: (C2 A2 −1, B1 −1/3, C3 0, 0) / 4 → −0.33.
        Assert.Equal((1, 1, -0.33m), (live[4].SpreadAlertsCaused, live[1].RemarksRequested, live[1].MeanDeviation));
        Assert.Equal(HttpStatusCode.Forbidden, whileMarking.StatusCode);
        Assert.Contains("statistics-after-marking", await whileMarking.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);

        await MarkAsync(contest, "C2", ("A2", "J2", 2m));
        foreach (var (competitor, theory) in new[] { ("C1", 70m), ("C2", 80m), ("C3", 90m) })
        {
            await contest.RecordTheoryAsync(competitor, theory);
        }

        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Locked)).EnsureSuccessStatusCode();
        (await chief.PostJsonAsync($"{contest.EventPath}/competitors/C3/corrections", new MarkCorrection(Guid.NewGuid(), "J4", "B1", 3m, "复核后更正"))).EnsureSuccessStatusCode();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Published)).EnsureSuccessStatusCode();
        var appeal = await UpheldAppealAsync(contest, "C3", "宝安区");
        (await chief.PostJsonAsync($"{contest.EventPath}/competitors/C3/corrections", new MarkCorrection(Guid.NewGuid(), "J3", "B1", 3m, "申诉复核", AppealId: appeal))).EnsureSuccessStatusCode();

        var all = await (await contest.Organizer.GetAsync(path)).ReadAsync<List<JudgeStatisticsLine>>();
        var own = await (await j3.GetAsync(path)).ReadAsync<List<JudgeStatisticsLine>>();
        Assert.Equal(ExpectedCsv, all.Select(Line));
        Assert.Equal([ExpectedCsv[2]], own.Select(Line));

        var csv = await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/judge-statistics.csv");
        Assert.Equal(Encoding.UTF8.GetPreamble(), csv[..3]);
        var records = CsvFile.Read(new StringReader(Encoding.UTF8.GetString(csv))).Select(r => string.Join('|', r.Fields)).ToList();
        Assert.Equal([string.Join('|', JudgeStatisticsCsv.Columns), .. ExpectedCsv], records);

        using var pdf = PdfDocument.Open(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/judge-statistics.pdf"));
        var text = string.Concat(pdf.GetPages().Select(p => p.Text));
        Assert.Contains("裁判评分统计", text, StringComparison.Ordinal);
        // Each figure is followed by the next cell, so a shortened or re-rounded figure cannot pass.
        Assert.Contains("评委J5 (J5)33-0.470.92100", text, StringComparison.Ordinal);
        Assert.Contains("评委J3 (J3)330.190.42001", text, StringComparison.Ordinal);

        foreach (var file in new[] { "judge-statistics.csv", "judge-statistics.pdf" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await chief.GetAsync($"{contest.EventPath}/exports/{file}")).StatusCode);
            Assert.Equal(HttpStatusCode.Unauthorized, (await fixture.CreateClient().GetAsync($"{contest.EventPath}/exports/{file}")).StatusCode);
        }
    }

    [Fact]
    public async Task The_report_waits_for_the_event_to_be_locked()
    {
        var contest = await TestContest.CreateAsync(fixture);

        var response = await contest.Organizer.GetAsync($"{contest.EventPath}/exports/judge-statistics.csv");

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Contains("event-not-final", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static string Line(JudgeStatisticsLine l) => string.Join('|',
        l.JudgeId, l.Name, l.Marks, l.ComparedMarks, Figures.Score(l.MeanDeviation), Figures.Score(l.MeanAbsoluteDeviation),
        l.SpreadAlertsCaused, l.RemarksRequested, l.Corrections, l.CorrectionsAfterPublication);

    private static async Task MarkAsync(TestContest contest, string competitorId, params (string Aspect, string Judge, decimal Value)[] marks)
    {
        foreach (var (aspect, judge, value) in marks)
        {
            (await contest.MarkAsync(competitorId, judge, aspect, value)).EnsureSuccessStatusCode();
        }
    }

    /// <summary>A team leader appeals for the competitor and the arbitration group upholds it.</summary>
    private async Task<Guid> UpheldAppealAsync(TestContest contest, string competitorId, string delegation)
    {
        var leader = await fixture.CreateAccountClientAsync(new AccountSetup($"{delegation}领队{contest.ContestId}", false, [contest.ContestId], Role: AccountRole.TeamLeader, Delegation: delegation));
        var arbitrator = await fixture.CreateAccountClientAsync(new AccountSetup($"仲裁组{contest.ContestId}", false, [contest.ContestId], Role: AccountRole.Arbitrator));
        var appeal = await (await leader.PostJsonAsync($"{contest.EventPath}/appeals", new AppealRequest(competitorId, "表面粗糙度评分偏低", Guid.NewGuid()))).ReadAsync<Appeal>();
        (await arbitrator.PostJsonAsync($"{contest.EventPath}/appeals/{appeal.Id}/decision", new AppealDecision(true, "复核支持"))).EnsureSuccessStatusCode();
        return appeal.Id;
    }
}
