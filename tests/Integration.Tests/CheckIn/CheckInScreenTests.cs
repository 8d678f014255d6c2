using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.CheckIn;

/// <summary>The chief judge's check-in desk on a tablet, with a barcode scanner that types and presses Enter.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CheckInScreenTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task The_chief_checks_in_by_scan_and_by_hand_ends_check_in_and_the_public_board_shows_the_absent_competitor_as_absent()
    {
        var contest = await CheckInApiTests.CreateAsync(fixture);
        await using var chief = await Infrastructure.Tablet.SignInAsync(fixture, contest, "CHIEF", Infrastructure.Tablet.Landscape);
        var page = chief.Page;
        await page.Locator(".card").First.ClickAsync();
        await page.GetByTestId("open-check-in").ClickAsync();

        var find = page.GetByTestId("check-in-find");
        var message = page.GetByTestId("check-in-message");
        var list = page.GetByTestId("check-in-list");
        ILocator Attendance(string competitorId) => list.Locator($"tr[data-competitor='{competitorId}'] [data-testid='attendance']");
        await Expect(page.GetByTestId("count-Unknown")).ToHaveTextAsync("4 待检录");
        await Expect(find).ToBeFocusedAsync();

        // A scanner types the ID number and Enter; the input is ready for the next scan at once.
        await page.Keyboard.TypeAsync(CheckInApiTests.IdNumber);
        await page.Keyboard.PressAsync("Enter");
        await Expect(message).ToHaveTextAsync("已签到：工位 4 · Z4Q1 · 赵敏");
        await Expect(find).ToHaveValueAsync(string.Empty);
        await Expect(find).ToBeFocusedAsync();
        await Expect(Attendance("C4")).ToHaveTextAsync("已签到");
        await Expect(list.Locator("tr[data-competitor='C4']")).ToContainTextAsync("1101**********002X");

        await page.Keyboard.TypeAsync("2");
        await page.Keyboard.PressAsync("Enter");
        await Expect(message).ToHaveTextAsync("已签到：工位 2 · M3X9 · 李娜");
        await page.Keyboard.TypeAsync("z4q1");
        await page.Keyboard.PressAsync("Enter");
        await Expect(message).ToContainTextAsync("工位 4 · Z4Q1 · 赵敏 已于");

        // What names no one is said in the desk's language and left selected, so the next scan replaces it.
        await page.Keyboard.TypeAsync("99");
        await page.Keyboard.PressAsync("Enter");
        await Expect(message).ToHaveTextAsync("本赛项没有与之对应的选手（工位号、选手编号或身份证号）。");
        await page.Keyboard.TypeAsync("1");
        await page.Keyboard.PressAsync("Enter");
        await Expect(message).ToHaveTextAsync("已签到：工位 1 · K7Q2 · 王伟");

        await Expect(page.GetByTestId("count-Present")).ToHaveTextAsync("3 已签到");
        await Expect(page.GetByTestId("count-Unknown")).ToHaveTextAsync("1 待检录");
        await chief.ScreenshotAsync("chief-check-in-landscape");

        // Ending check-in asks first, then marks the one still waiting absent.
        await page.GetByTestId("mark-waiting-absent").ClickAsync();
        await Expect(page.GetByTestId("confirm-message")).ToContainTextAsync("1 名待检录选手将记为缺考");
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Expect(message).ToHaveTextAsync("1 名选手记为缺考。");
        await Expect(Attendance("C3")).ToHaveTextAsync("缺考");
        await Expect(page.GetByTestId("count-Absent")).ToHaveTextAsync("1 缺考");
        await Expect(page.GetByTestId("mark-waiting-absent")).ToBeDisabledAsync();

        // Taking an absence back needs a reason; the competitor is waiting again and is marked absent by hand.
        await list.Locator("tr[data-competitor='C3'] [data-action='UndoAbsence']").ClickAsync();
        await Expect(page.GetByTestId("undo-confirm")).ToBeDisabledAsync();
        await page.GetByTestId("undo-reason").FillAsync("误操作，选手在候考区");
        await page.GetByTestId("undo-confirm").ClickAsync();
        await Expect(Attendance("C3")).ToHaveTextAsync("待检录");
        await list.Locator("tr[data-competitor='C3'] [data-action='MarkAbsent']").ClickAsync();
        await page.GetByTestId("confirm-ok").ClickAsync();
        await Expect(Attendance("C3")).ToHaveTextAsync("缺考");
        Assert.Equal(
            ["competitor-absent", "attendance-undone", "competitor-absent"],
            (await contest.LedgerAsync("C3")).Select(e => e.Kind));

        // The chief's overview and the public board show 缺考 in the place of a rank and a score.
        await contest.CompleteSheetAsync("C2");
        await page.GotoAsync($"/judge/#/chief/{TestContest.EventCode}");
        await Expect(page.Locator("[data-testid='chief-board'] tr[data-competitor='C3'] [data-testid='total']")).ToHaveTextAsync("缺考");

        var browser = await fixture.BrowserAsync();
        await using var viewer = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), ViewportSize = new() { Width = 1280, Height = 800 }, Locale = "zh-CN" });
        var board = await viewer.NewPageAsync();
        await board.GotoAsync($"/board/?contest={contest.ContestId}#/event/{TestContest.EventCode}");
        var rows = board.Locator("[data-testid='ranking'] tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.Last).ToHaveAttributeAsync("data-name", "张强");
        await Expect(rows.Last.GetByTestId("absent")).ToHaveTextAsync("缺考");
        await Expect(rows.Last.Locator("td.rank")).ToHaveTextAsync("–");
        await Expect(rows.First).ToHaveAttributeAsync("data-name", "李娜");
        await Expect(rows.First.Locator("td.rank")).ToHaveTextAsync("1");
    }
}
