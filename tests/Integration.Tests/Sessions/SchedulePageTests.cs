using Competitions.Contracts.CheckIn;
using Competitions.Contracts.Events;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Sessions;

[Collection(ClusterCollection.Name)]
public sealed class SchedulePageTests(CompetitionsFixture fixture)
{
    /// <summary>What a seat of TestContest's open event shows of each competitor: name and organisation.</summary>
    private static readonly Dictionary<string, string> Shown = new() { ["C1"] = "王伟 Org-A", ["C2"] = "李娜 Org-B", ["C3"] = "张强 Org-C" };

    private async Task<IPage> OpenAsync(string path, ViewportSize viewport)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), ViewportSize = viewport, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync(path);
        return page;
    }

    [Fact]
    public async Task The_public_schedule_shows_who_competes_now_and_next_and_follows_the_check_in_desk()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        (await contest.Organizer.PutJsonAsync(contest.EventPath, SessionScheduleTests.WithSessions(blind: false))).EnsureSuccessStatusCode();
        var draw = await (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/draw", new DrawRequest("屏幕"))).ReadAsync<DrawResult>();
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/sessions/plan",
            new SessionPlanRequest(2, new Dictionary<string, int> { ["第一场"] = 2, ["第二场"] = 2 }))).EnsureSuccessStatusCode();
        var drawn = draw.Entries.OrderBy(e => e.Station).Select(e => Shown[e.CompetitorId]).ToList();

        var page = await OpenAsync($"/board/?contest={contest.ContestId}#/schedule/{TestContest.EventCode}", new ViewportSize { Width = 390, Height = 844 });
        await Expect(page.GetByTestId("now-name")).ToHaveTextAsync("第一场");
        await Expect(page.Locator("[data-testid='now-seats'] tbody tr")).ToHaveTextAsync([$"1{drawn[0]}待检录", $"2{drawn[1]}待检录"]);
        await Expect(page.GetByTestId("next-name")).ToHaveTextAsync("第二场");
        await Expect(page.Locator("[data-testid='next-seats'] tbody tr")).ToHaveTextAsync([$"1{drawn[2]}待检录"]);
        await Expect(page.GetByTestId("now-pace")).ToContainTextAsync("落后计划"); // started half an hour ago, nobody checked in

        // The desk checks the first competitor in; the screen catches up on its next poll.
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/check-in", new CheckInCommand(Guid.NewGuid(), draw.Entries.Single(e => e.Station == 1).CompetitorId)))
            .EnsureSuccessStatusCode();
        var nextPoll = new LocatorAssertionsToHaveTextOptions { Timeout = 15_000 };
        await Expect(page.Locator("[data-testid='now-seats'] tbody tr").First).ToHaveTextAsync($"1{drawn[0]}已签到", nextPoll);
        await Expect(page.GetByTestId("now-pace")).ToHaveTextAsync("按计划进行");
        await page.Context.DisposeAsync();

        var screen = await OpenAsync($"/board/?contest={contest.ContestId}#/schedule/{TestContest.EventCode}/screen", new ViewportSize { Width = 1920, Height = 1080 });
        await Expect(screen.GetByTestId("now-name")).ToHaveTextAsync("第一场");
        await Expect(screen.GetByTestId("next-name")).ToHaveTextAsync("第二场");
        await screen.Context.DisposeAsync();
    }
}
