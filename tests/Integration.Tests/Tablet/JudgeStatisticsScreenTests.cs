using Competitions.Contracts.Accounts;
using Competitions.Integration.Tests.Exports;
using Competitions.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Tablet;

[Collection(ClusterCollection.Name)]
public sealed class JudgeStatisticsScreenTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task The_chief_judges_dashboard_shows_every_judges_statistics_and_follows_new_marks()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var chief = await Infrastructure.Tablet.SignInAsync(fixture, contest, "CHIEF", Infrastructure.Tablet.Landscape);
        var page = chief.Page;
        await page.Locator(".card").First.ClickAsync();
        var statistics = page.GetByTestId("judge-statistics");
        await Expect(statistics.Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(statistics.Locator("thead")).ToContainTextAsync("引发分差预警");

        // B1 of C1: 3, 2, 2 and 0, a mean of 1.75; without J5's 0 the spread would be within 1, so J5 caused the alert.
        foreach (var (judge, value) in new[] { ("J1", 3m), ("J3", 2m), ("J4", 2m), ("J5", 0m) })
        {
            (await contest.MarkAsync("C1", judge, "B1", value)).EnsureSuccessStatusCode();
        }

        var j5 = statistics.Locator("tr[data-judge='J5']");
        await Expect(j5.GetByTestId("spread-caused")).ToHaveTextAsync("1", new() { Timeout = 10_000 });
        await Expect(j5.GetByTestId("mean-deviation")).ToHaveTextAsync("-1.75");
        await Expect(statistics.Locator("tr[data-judge='J1'] [data-testid='mean-deviation']")).ToHaveTextAsync("1.25");
        await Expect(j5).ToContainTextAsync("评委J5");
        await statistics.ScrollIntoViewIfNeededAsync();
        await chief.ScreenshotAsync("chief-judge-statistics-landscape");
    }

    [Fact]
    public async Task The_console_links_the_judge_statistics_report_and_the_results_notice()
    {
        var contest = await PublishedContest.CreateAsync(fixture);
        var page = await fixture.ConsolePageAsync(new AccountSetup("赛务组", false, [contest.ContestId]));

        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/event/{TestContest.EventCode}/publish");
        var publish = page.GetByTestId("publish");
        var csv = publish.Locator("a[href$='/exports/judge-statistics.csv']");
        var pdf = publish.Locator("a[href$='/exports/judge-statistics.pdf']");
        var notice = publish.GetByTestId("notice-pdf");
        await Expect(csv).ToHaveTextAsync("CSV");
        await Expect(pdf).ToHaveTextAsync("PDF");
        await Expect(notice).ToHaveAttributeAsync("href", $"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/notice.pdf");
        var download = await page.RunAndWaitForDownloadAsync(() => csv.ClickAsync());
        Assert.Equal($"{contest.ContestId}-{TestContest.EventCode}-judge-statistics.csv", download.SuggestedFilename);
        foreach (var link in new[] { pdf, notice })
        {
            var response = await page.APIRequest.GetAsync((await link.GetAttributeAsync("href"))!);
            Assert.Equal((200, "application/pdf"), (response.Status, response.Headers["content-type"]));
        }

        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/competitors");
        await Expect(page.GetByTestId("contest-notice")).ToHaveAttributeAsync("href", $"/api/public/contests/{contest.ContestId}/notice.pdf");
    }
}
