using Competitions.Contracts.Accounts;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Accessibility;

/// <summary>Each area of the product, as its users first see it with data on screen, checked by axe-core.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AccessibilityTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task The_judges_marking_sheet_on_a_tablet()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Portrait);
        await tablet.Page.Locator(".card").First.ClickAsync();
        await tablet.OpenCompetitorAsync("C2");
        await tablet.ScoreAsync("A2", 2);

        await AxeCheck.AssertNoSeriousViolationsAsync(tablet.Page);
    }

    [Fact]
    public async Task The_chief_judges_dashboard_on_a_tablet()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C1");
        await using var chief = await Infrastructure.Tablet.SignInAsync(fixture, contest, "CHIEF", Infrastructure.Tablet.Landscape);
        await chief.Page.Locator(".card").First.ClickAsync();
        await Expect(chief.Page.GetByTestId("chief-board").Locator("tbody tr")).ToHaveCountAsync(3);

        await AxeCheck.AssertNoSeriousViolationsAsync(chief.Page);
    }

    [Fact]
    public async Task The_public_event_board_and_contest_home_on_a_phone()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C3", judgementScore: 3m);
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 390, Height = 844 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/board/?contest={contest.ContestId}#/event/{TestContest.EventCode}");
        await Expect(page.Locator("tr[data-row]")).ToHaveCountAsync(3);
        await AxeCheck.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync($"/board/?contest={contest.ContestId}#/");
        await Expect(page.GetByTestId("medal-table")).ToBeVisibleAsync();
        await AxeCheck.AssertNoSeriousViolationsAsync(page);
        await context.DisposeAsync();
    }

    [Fact]
    public async Task The_organizer_console_on_a_laptop()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var page = await fixture.ConsolePageAsync(new AccountSetup("组委会", false, [contest.ContestId]));

        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/events");
        await Expect(page.GetByTestId("overview").Locator("tbody tr")).ToHaveCountAsync(1);
        await AxeCheck.AssertNoSeriousViolationsAsync(page);

        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/event/{TestContest.EventCode}");
        await Expect(page.Locator("h1")).ToContainTextAsync(TestContest.EventCode);
        await AxeCheck.AssertNoSeriousViolationsAsync(page);
        await page.Context.DisposeAsync();
    }
}
