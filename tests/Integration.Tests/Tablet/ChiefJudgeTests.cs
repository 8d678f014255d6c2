using Competitions.Contracts.Ledger;
using Competitions.Contracts.Scoresheets;
using Competitions.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Tablet;

[Collection(ClusterCollection.Name)]
public sealed class ChiefJudgeTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task The_chief_judge_follows_alerts_live_requests_a_remark_locks_when_complete_and_corrects_with_a_reason()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var chief = await Infrastructure.Tablet.SignInAsync(fixture, contest, "CHIEF", Infrastructure.Tablet.Landscape);
        var page = chief.Page;
        await page.Locator(".card").First.ClickAsync();
        var board = page.GetByTestId("chief-board");
        await Expect(board.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("live-state")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("live"));

        // J1 and J2 disagree by 3 points on B1 for C2: the alert appears on the open board without a reload.
        (await contest.MarkAsync("C2", "J1", "B1", 3m)).EnsureSuccessStatusCode();
        (await contest.MarkAsync("C2", "J2", "B1", 0m)).EnsureSuccessStatusCode();
        await Expect(board.Locator("tr[data-competitor='C2'] [data-testid='spread']")).ToHaveTextAsync("1");
        await chief.ScreenshotAsync("chief-dashboard-landscape");

        await board.Locator("tr[data-competitor='C2']").ClickAsync();
        await page.Locator("[data-aspect='B1'] [data-judge='J2'] [data-testid='request-remark']").ClickAsync();
        await page.Locator("[data-testid='action-form'] input[name='reason']").FillAsync("请复核表面粗糙度");
        await page.Locator("[data-testid='action-form'] button[type='submit']").ClickAsync();
        await Expect(page.Locator("[data-testid='audit'] tr[data-kind='remark-requested']")).ToHaveCountAsync(1);

        await using (var judge = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J2", Infrastructure.Tablet.Portrait))
        {
            await judge.Page.Locator(".card").First.ClickAsync();
            await judge.OpenCompetitorAsync("C2");
            await Expect(judge.Page.Locator("[data-aspect='B1'] [data-testid='remark-request']")).ToContainTextAsync("请复核表面粗糙度");
            await judge.ScreenshotAsync("judge-remark-request-portrait");
        }

        // Lock is refused while marks are missing, and accepted once every sheet is complete.
        await page.GotoAsync($"/judge/#/chief/{TestContest.EventCode}");
        await page.GetByTestId("lock").ClickAsync();
        // Said in the tablet's language from the refusal's code and counts, not the server's English.
        await Expect(page.GetByTestId("lock-message")).ToContainTextAsync("份评分表未完成");
        await Expect(page.GetByTestId("lock-message")).ToContainTextAsync("缺理论成绩 3 份");

        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.CompleteSheetAsync(competitor);
            await contest.RecordTheoryAsync(competitor, 80m);
        }

        await Expect(board.Locator("td:has-text('✓')")).ToHaveCountAsync(3);
        await page.GetByTestId("lock").ClickAsync();
        await Expect(page.GetByTestId("event-status")).ToHaveTextAsync("已锁定");

        // After lock a correction needs a reason, and lands in the ledger with it.
        await board.Locator("tr[data-competitor='C3']").ClickAsync();
        await page.Locator("[data-aspect='B1'] [data-judge='J3'] [data-testid='correct']").ClickAsync();
        await page.Locator("[data-testid='action-form'] input[name='value']").FillAsync("3");
        await page.Locator("[data-testid='action-form'] button[type='submit']").ClickAsync();
        await Expect(page.GetByTestId("action-error")).ToContainTextAsync("必须填写原因");

        await page.Locator("[data-testid='action-form'] input[name='reason']").FillAsync("纸质评分表为 3 分");
        await page.Locator("[data-testid='action-form'] button[type='submit']").ClickAsync();
        await Expect(page.Locator("[data-testid='audit'] tr[data-kind='mark-corrected']")).ToContainTextAsync("纸质评分表为 3 分");
        await chief.ScreenshotAsync("chief-audit-landscape", fullPage: true);

        var correction = (await contest.LedgerAsync("C3")).Single(e => e.Kind == LedgerKinds.MarkCorrected);
        Assert.Equal(("CHIEF", "J3", 3m, "纸质评分表为 3 分"), (correction.ActorId, correction.JudgeId, correction.Value, correction.Reason));
    }
}
