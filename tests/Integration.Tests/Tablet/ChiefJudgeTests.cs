using Competitions.Contracts.Events;
using Competitions.Contracts.Ledger;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Workflow;
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
        // The form opens over the sheet, in view, with focus in it; Escape closes it and focus goes back to the button.
        var remark = page.Locator("[data-aspect='B1'] [data-judge='J2'] [data-testid='request-remark']");
        await remark.ClickAsync();
        var dialog = page.GetByTestId("action-dialog");
        await Expect(dialog).ToBeInViewportAsync();
        await Expect(dialog.Locator("input[name='reason']")).ToBeFocusedAsync();
        await Expect(dialog.Locator("h4")).ToContainTextAsync("表面粗糙度");
        await chief.ScreenshotAsync("chief-action-dialog-landscape");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(remark).ToBeFocusedAsync();

        await remark.ClickAsync();
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
        // Locking asks first, saying what it does; cancelling leaves the event scoring.
        await page.GetByTestId("lock").ClickAsync();
        var confirm = page.GetByTestId("confirm");
        await Expect(confirm).ToBeInViewportAsync();
        await Expect(confirm.GetByTestId("confirm-message")).ToContainTextAsync("锁定 E1：3 份评分表，锁定后不能再评分");
        await chief.ScreenshotAsync("chief-lock-confirm-landscape");
        await confirm.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(confirm).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("lock-message")).ToHaveCountAsync(0);
        Assert.Equal(EventStatus.Scoring, (await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Status);

        await page.GetByTestId("lock").ClickAsync();
        await confirm.GetByTestId("confirm-ok").ClickAsync();
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
        await confirm.GetByTestId("confirm-ok").ClickAsync();
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

    [Fact]
    public async Task In_a_blind_event_the_chiefs_sheet_names_the_competitor_by_code_titles_the_aspects_and_shows_completion()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var definition = (await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Definition;
        await (await contest.Organizer.PutJsonAsync(contest.EventPath, definition with { BlindMarking = true })).ReadAsync<EventView>();
        (await contest.ChangeStatusAsync(contest.Organizer, EventStatus.Scoring)).EnsureSuccessStatusCode();
        // Every mark in for C2, the theory score still to come.
        await contest.CompleteSheetAsync("C2");
        await using var chief = await Infrastructure.Tablet.SignInAsync(fixture, contest, "CHIEF", Infrastructure.Tablet.Landscape);
        var page = chief.Page;
        await page.Locator(".card").First.ClickAsync();
        var row = page.GetByTestId("chief-board").Locator("tr[data-competitor='C2']");
        await Expect(row.GetByTestId("complete")).ToHaveTextAsync("待理论成绩");
        await Expect(page.GetByTestId("chief-board").Locator("tr[data-competitor='C1'] [data-testid='complete']")).ToHaveTextAsync("");

        await row.ClickAsync();
        // The code the overview shows, never the internal id nor (blind event) the name.
        await Expect(page.GetByTestId("sheet-competitor")).ToHaveTextAsync("M3X9");
        await Expect(page.Locator("h2")).ToContainTextAsync("工位 2");
        await Expect(page.Locator("h2")).Not.ToContainTextAsync("C2");
        await Expect(page.Locator("h2")).Not.ToContainTextAsync("李娜");
        var sheet = page.GetByTestId("chief-sheet");
        await Expect(sheet.Locator("[data-aspect='A1'] [data-testid='aspect-title']")).ToHaveTextAsync("A1 外圆 Φ40");
        await Expect(sheet.Locator("[data-aspect='B1'] [data-testid='aspect-title']")).ToHaveTextAsync("B1 表面粗糙度");
        await Expect(sheet.Locator("[data-testid='aspect-complete']")).ToHaveTextAsync(["✓", "✓", "✓"]);
        await Expect(page.GetByTestId("sheet-completion")).ToContainTextAsync("评分表未完成 · 待理论成绩");
        await chief.ScreenshotAsync("chief-sheet-landscape");

        await contest.RecordTheoryAsync("C2", 80m);
        await Expect(page.GetByTestId("sheet-completion")).ToContainTextAsync("评分表完整");
    }
}
