using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Registry;
using Competitions.Domain.Assessments;
using Competitions.Domain.Awards;
using Competitions.Domain.Csv;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Imports;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Microsoft.Playwright;
using UglyToad.PdfPig;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Assessments;

/// <summary>
/// A skill-level assessment (技能等级认定, 中级工) through the API from definition and roster import to certificates:
/// nobody is ranked or awarded, a part below its pass mark is a failed part whatever the other part scored, and only
/// candidates who passed every part get a certificate naming the level. The public page shows the same, in the browser.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class AssessmentTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task An_assessment_shows_each_part_passed_or_failed_and_certifies_only_those_who_passed_every_part()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        (await contest.Organizer.PutJsonAsync(contest.EventPath, new EventDefinition(
            TestContest.EventCode, "车工（中级）", "实训楼A", TheoryPercent: 30m, PracticalPercent: 70m,
            Assessment: new AssessmentDefinition("中级工")))).EnsureSuccessStatusCode();
        // C2 and C4 with ID numbers: the outcome goes to their histories in the person registry.
        var roster = Encoding.UTF8.GetBytes("赛项,编号,姓名,单位,代表队,身份证号,现等级\r\nE1,C4,赵敏,Org-D,罗湖区,11010519491231002X,初级工\r\n" +
            "E1,C2,李娜,Org-B,南山区,440308199001011239,初级工\r\n");
        Assert.Empty((await (await contest.Organizer.PostFileAsync($"/api/contests/{contest.ContestId}/imports/competitors?commit=true", roster, "roster.csv"))
            .ReadReportAsync()).Errors);
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Scoring)).EnsureSuccessStatusCode();

        // C1 has exactly the pass mark in theory, C3 misses it by a hundredth with a high practical, C4 fails the practical.
        foreach (var (competitorId, judgement, theory) in new[] { ("C1", 3m, 60m), ("C2", 3m, 75m), ("C3", 3m, 59.99m), ("C4", 0m, 90m) })
        {
            await contest.CompleteSheetAsync(competitorId, judgement);
            await contest.RecordTheoryAsync(competitorId, theory);
        }

        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Locked)).EnsureSuccessStatusCode();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Published)).EnsureSuccessStatusCode();

        var board = (await contest.LeaderboardAsync()).Rows.ToDictionary(r => r.CompetitorId!);
        Assert.All(board.Values, r => Assert.Equal((0, AwardBand.None, null, null), (r.Rank, r.Award, r.Title, r.Standardised)));
        Assert.True(board["C3"].Practical >= 60m && board["C4"].Practical < 60m, "C3's practical passes and C4's fails.");
        Assert.Equal(new AssessmentResult(PartResult.Pass, PartResult.Pass, PartResult.Pass, "四级/中级工"), board["C1"].Assessment);
        Assert.Equal(new AssessmentResult(PartResult.Pass, PartResult.Pass, PartResult.Pass, "四级/中级工"), board["C2"].Assessment);
        Assert.Equal(new AssessmentResult(PartResult.Fail, PartResult.Pass, PartResult.Fail, null), board["C3"].Assessment);
        Assert.Equal(new AssessmentResult(PartResult.Pass, PartResult.Fail, PartResult.Fail, null), board["C4"].Assessment);

        // The registry: the passed level is his history's, and what he carries into his next contest; a failure certifies nothing.
        var passed = await (await contest.Organizer.PostJsonAsync($"/api/contests/{contest.ContestId}/persons/lookup", new PersonLookupRequest("440308199001011239"))).ReadAsync<PersonHistory>();
        Assert.Equal(("四级/中级工", PartResult.Pass), (passed.CarriedLevel, passed.Entries.Single().Assessment!.Overall));
        var failed = await (await contest.Organizer.PostJsonAsync($"/api/contests/{contest.ContestId}/persons/lookup", new PersonLookupRequest("11010519491231002X"))).ReadAsync<PersonHistory>();
        Assert.Equal(("初级工", PartResult.Fail, PartResult.Fail), (failed.CarriedLevel, failed.Entries.Single().Assessment!.Practical, failed.Entries.Single().Assessment!.Overall));

        // The public board: results per part, no rank and no prize; the contest's medal table has nothing from it.
        var anonymous = fixture.CreateClient();
        using var publicBoard = JsonDocument.Parse(await anonymous.GetStringAsync($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard"));
        var publicRows = publicBoard.RootElement.GetProperty("rows").EnumerateArray().ToList();
        Assert.Equal(4, publicRows.Count);
        Assert.All(publicRows, r => Assert.Equal((0, "None"), (r.GetProperty("rank").GetInt32(), r.GetProperty("award").GetString())));
        var c3Public = publicRows.Single(r => r.GetProperty("name").GetString() == "张强").GetProperty("assessment");
        Assert.Equal(("Fail", "Pass", "Fail"), (c3Public.GetProperty("theory").GetString(), c3Public.GetProperty("practical").GetString(), c3Public.GetProperty("overall").GetString()));
        var home = await anonymous.GetFromJsonAsync<ContestBoardView>($"/api/public/contests/{contest.ContestId}", Json.Options);
        Assert.Empty(home!.Medals);

        var csv = CsvFile.Read(new StringReader(Encoding.UTF8.GetString(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/results.csv"))))
            .Select(r => r.Fields).ToList();
        var header = csv[0].ToList();
        var lines = csv.Skip(1).ToDictionary(r => r[header.IndexOf("competitor_id")]);
        string Cell(string competitorId, string column) => lines[competitorId][header.IndexOf(column)];
        Assert.Equal(("不合格", "合格", "不合格", ""), (Cell("C3", "theory_result"), Cell("C3", "practical_result"), Cell("C3", "result"), Cell("C3", "level_certified")));
        Assert.Equal("59.99", Cell("C3", "theory"));
        Assert.Equal(("合格", "不合格", "不合格"), (Cell("C4", "theory_result"), Cell("C4", "practical_result"), Cell("C4", "result")));
        Assert.Equal(("合格", "合格", "合格", "四级/中级工"), (Cell("C2", "theory_result"), Cell("C2", "practical_result"), Cell("C2", "result"), Cell("C2", "level_certified")));
        Assert.All(lines.Values, l => Assert.Equal(("", ""), (l[header.IndexOf("rank")], l[header.IndexOf("award")])));

        using var certificates = PdfDocument.Open(await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/certificates.pdf"));
        var pages = certificates.GetPages().Select(p => p.Text).ToList();
        Assert.Equal(2, pages.Count);
        Assert.All(pages, text => Assert.Contains("职业技能等级证书", text, StringComparison.Ordinal));
        Assert.All(pages, text => Assert.Contains("四级/中级工", text, StringComparison.Ordinal));
        Assert.Contains("王伟", pages[0], StringComparison.Ordinal);
        Assert.Contains("李娜", pages[1], StringComparison.Ordinal);
        Assert.DoesNotContain(pages, text => text.Contains("张强", StringComparison.Ordinal) || text.Contains("赵敏", StringComparison.Ordinal));

        // The public page a spectator sees: 通过/未通过 per part, never a rank or a prize.
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/board/?contest={contest.ContestId}#/event/{TestContest.EventCode}");
        var rows = page.Locator("[data-testid='assessment'] tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        var c3Row = page.Locator("[data-testid='assessment'] tr[data-name='张强']");
        await Expect(c3Row.GetByTestId("theory-result")).ToHaveTextAsync("59.99 未通过");
        await Expect(c3Row.GetByTestId("practical-result")).ToContainTextAsync("通过");
        await Expect(c3Row.GetByTestId("overall-result")).ToHaveTextAsync("未通过");
        await Expect(page.Locator("[data-testid='assessment'] tr[data-name='李娜']").GetByTestId("overall-result")).ToHaveTextAsync("通过 四级/中级工");
        await Expect(page.GetByTestId("ranking")).ToHaveCountAsync(0);
        await Expect(page.Locator("th", new PageLocatorOptions { HasText = "名次" })).ToHaveCountAsync(0);
        await Expect(page.Locator(".award")).ToHaveCountAsync(0);
        await context.DisposeAsync();
    }

    [Fact]
    public async Task An_unknown_level_or_a_pass_mark_above_100_is_refused_and_changes_nothing()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);

        var refused = await contest.Organizer.PutJsonAsync(contest.EventPath, new EventDefinition(
            TestContest.EventCode, "车工（中级）", "实训楼A", Assessment: new AssessmentDefinition("大师", PracticalPassMark: 101m)));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var problem = await refused.Content.ReadAsStringAsync();
        Assert.Contains("A pass mark must be between 0 and 100.", problem, StringComparison.Ordinal);
        var view = await contest.Organizer.GetFromJsonAsync<EventView>(contest.EventPath, Json.Options);
        Assert.Null(view!.Definition.Assessment);
    }
}
