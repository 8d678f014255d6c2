using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.RegularExpressions;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Integration.Tests.Exports;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Boards;

[Collection(ClusterCollection.Name)]
public sealed class PublicBoardPageTests(CompetitionsFixture fixture)
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    /// <summary>A connection that is up: the badge's class reads "live live" ("live connecting" before).</summary>
    private static readonly Regex Connected = new("^live live$");

    /// <summary>
    /// Opens a public page and records every request it makes to the public JSON API from the start: polling would
    /// show there, the hub's WebSocket does not.
    /// </summary>
    private async Task<(IPage Page, ConcurrentQueue<string> PublicApiRequests)> OpenAsync(string path, ViewportSize viewport)
    {
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), ViewportSize = viewport, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        var requests = new ConcurrentQueue<string>();
        page.Request += (_, request) =>
        {
            if (new Uri(request.Url).AbsolutePath.StartsWith("/api/public/", StringComparison.Ordinal))
            {
                requests.Enqueue(request.Url);
            }
        };
        await page.GotoAsync(path);
        return (page, requests);
    }

    private async Task<(IPage Page, ConcurrentQueue<string> PublicApiRequests)> OpenBoardAsync(TestContest contest, ViewportSize viewport)
    {
        var (page, requests) = await OpenAsync($"/board/?contest={contest.ContestId}#/event/{TestContest.EventCode}", viewport);
        await Expect(page.Locator("[data-testid='ranking'] tbody tr")).ToHaveCountAsync(3);
        await Expect(page.GetByTestId("live-state")).ToHaveClassAsync(Connected);
        return (page, requests);
    }

    /// <summary>Public boards never carry competitor ids; TestContest's names are public.</summary>
    private static readonly Dictionary<string, string> Names = new() { ["C1"] = "王伟", ["C2"] = "李娜", ["C3"] = "张强" };

    private static ILocator Row(IPage page, string competitorId) => page.Locator($"[data-testid='ranking'] tr[data-name='{Names[competitorId]}']");

    [Fact]
    public async Task A_mark_entered_through_the_api_reaches_an_open_board_on_a_phone_within_a_second_with_its_new_rank_and_the_board_never_polls()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var (page, requests) = await OpenBoardAsync(contest, Phone);
        await Expect(Row(page, "C3")).ToHaveAttributeAsync("data-rank", "1"); // everyone at 0 shares first place

        (await contest.MarkAsync("C3", "J3", "B1", 3m)).EnsureSuccessStatusCode();

        var withinASecond = new LocatorAssertionsToHaveAttributeOptions { Timeout = 1000 };
        await Expect(Row(page, "C3")).ToHaveAttributeAsync("data-rank", "1", withinASecond);
        await Expect(Row(page, "C2")).ToHaveAttributeAsync("data-rank", "2", withinASecond);
        var expected = (await fixture.Grains.GetGrain<ILeaderboardGrain>($"{contest.ContestId}/{TestContest.EventCode}").GetPublic()).Rows.Single(r => r.Name == Names["C3"]).Total;
        await Expect(Row(page, "C3")).ToHaveAttributeAsync("data-total", ((double)expected).ToString(System.Globalization.CultureInfo.InvariantCulture), withinASecond);
        Assert.Empty(requests);
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task The_contest_home_on_a_phone_shows_a_finished_sheet_and_its_prize_within_seconds_by_push_and_never_polls()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var (page, requests) = await OpenAsync($"/board/?contest={contest.ContestId}#/", Phone);
        var e1 = page.Locator("[data-testid='events'] tr[data-event='E1']");
        await Expect(e1).ToContainTextAsync("0/3");
        await Expect(page.GetByTestId("live-state")).ToHaveClassAsync(Connected);
        var connected = Stopwatch.StartNew();
        await Expect(page.Locator("[data-testid='medal-table'] tbody tr")).ToHaveCountAsync(0);

        await contest.CompleteSheetAsync("C3", judgementScore: 3m);
        await contest.RecordTheoryAsync("C3", 90m);

        var withinThreeSeconds = new LocatorAssertionsToContainTextOptions { Timeout = 3000 };
        await Expect(e1).ToContainTextAsync("1/3", withinThreeSeconds);
        await Expect(page.Locator("[data-testid='medal-table'] tbody tr").First).ToHaveAttributeAsync("data-delegation", "宝安区", new() { Timeout = 3000 });

        // Connected for longer than the 5 s the page used to poll at: still not one request to the public API.
        await page.WaitForTimeoutAsync(Math.Max(0, 7000 - connected.ElapsedMilliseconds));
        Assert.Empty(requests);
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task A_frozen_board_does_not_move_while_marks_arrive_and_shows_the_final_board_when_released()
    {
        var contest = await TestContest.CreateAsync(fixture);
        (await contest.MarkAsync("C1", "J1", "A2", 1m)).EnsureSuccessStatusCode();
        var (page, _) = await OpenBoardAsync(contest, new ViewportSize { Width = 1280, Height = 800 });
        var frozenTotal = await Row(page, "C1").GetAttributeAsync("data-total");

        await (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/public-board", new PublicBoardRequest(PublicBoardMode.Frozen))).ReadAsync<Publication>();
        await Expect(page.GetByTestId("frozen")).ToBeVisibleAsync();
        await contest.CompleteSheetAsync("C2");
        (await contest.MarkAsync("C1", "J1", "A2", 3m)).EnsureSuccessStatusCode();

        await page.WaitForTimeoutAsync(1500);
        Assert.Equal(frozenTotal, await Row(page, "C1").GetAttributeAsync("data-total"));
        Assert.Equal("0", await Row(page, "C2").GetAttributeAsync("data-total"));

        await (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/public-board", new PublicBoardRequest(PublicBoardMode.Live))).ReadAsync<Publication>();
        await Expect(page.GetByTestId("frozen")).ToBeHiddenAsync();
        var live = await fixture.Grains.GetGrain<ILeaderboardGrain>($"{contest.ContestId}/{TestContest.EventCode}").Get();
        foreach (var row in live.Rows)
        {
            await Expect(Row(page, row.CompetitorId!)).ToHaveAttributeAsync("data-total", ((double)row.Total).ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(Row(page, row.CompetitorId!)).ToHaveAttributeAsync("data-rank", row.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task The_contest_home_shows_events_and_a_sortable_prize_table_and_the_big_screen_rotates()
    {
        var contest = await TestContest.CreateAsync(fixture);
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.CompleteSheetAsync(competitor, judgementScore: competitor == "C3" ? 3m : 2m);
            await contest.RecordTheoryAsync(competitor, 90m);
        }

        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = fixture.BaseAddress.ToString(), ViewportSize = new ViewportSize { Width = 1920, Height = 1080 }, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/board/?contest={contest.ContestId}#/");
        await Expect(page.Locator("[data-testid='events'] tr[data-event='E1']")).ToContainTextAsync("车工");
        var medals = page.Locator("[data-testid='medal-table'] tbody tr");
        await Expect(medals.First).ToHaveAttributeAsync("data-delegation", "宝安区"); // C3 has the most firsts
        await page.Locator("th[data-sort='delegation']").ClickAsync();
        var names = await medals.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.delegation)");
        Assert.Equal(names.Order(StringComparer.Create(new System.Globalization.CultureInfo("zh-CN"), false)), names);
        await page.SaveDocumentationScreenshotAsync("public-contest-home");

        await page.GotoAsync($"/board/?contest={contest.ContestId}#/screen/E1/2");
        await Expect(page.GetByTestId("big-screen").Locator("tr[data-row]")).ToHaveCountAsync(3);
        await page.SaveDocumentationScreenshotAsync("big-screen-event");
        await Expect(page.GetByTestId("big-screen").GetByTestId("medal-table")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 5000 });
        await page.SaveDocumentationScreenshotAsync("big-screen-prizes");

        await page.GotoAsync($"/board/?contest={contest.ContestId}#/event/E1");
        await Expect(page.Locator("[data-testid='ranking'] tbody tr")).ToHaveCountAsync(3);
        await page.SaveDocumentationScreenshotAsync("public-event-board");
        await context.DisposeAsync();
    }

    /// <summary>
    /// Whether a pill reads on one line: its content box is under two lines of its own type tall (a pill broken across
    /// lines is at least two).
    /// </summary>
    private static Task<bool> OnOneLineAsync(ILocator pill) => pill.EvaluateAsync<bool>("""
        el => {
          const style = getComputedStyle(el);
          const content = el.getBoundingClientRect().height - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom)
            - parseFloat(style.borderTopWidth) - parseFloat(style.borderBottomWidth);
          return el.getClientRects().length === 1 && content < parseFloat(style.fontSize) * 1.8;
        }
        """);

    [Fact]
    public async Task On_a_phone_the_event_board_is_headed_by_the_events_name_and_its_pills_each_stay_on_one_line()
    {
        // Published with an appeal window still open: the finality pill carries the long notice text and a date.
        var contest = await PublishedContest.CreateAsync(fixture, appealHours: 24m);
        var (page, _) = await OpenBoardAsync(contest, Phone);

        await Expect(page.GetByTestId("event-name")).ToContainTextAsync("车工（职工组）");
        await Expect(page.GetByTestId("finality")).ToContainTextAsync("公示中");
        Assert.True(await OnOneLineAsync(page.GetByTestId("finality")), "the notice pill breaks across lines");
        Assert.True(await OnOneLineAsync(page.GetByTestId("live-state")), "the live pill breaks across lines");
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task A_long_contest_home_on_a_phone_jumps_to_the_prize_table_which_marks_prizes_of_events_still_marking_as_provisional()
    {
        var contest = await TestContest.CreateAsync(fixture);
        foreach (var n in Enumerable.Range(2, 24))
        {
            (await contest.Organizer.PutJsonAsync($"/api/contests/{contest.ContestId}/events/E{n}", new EventDefinition($"E{n}", $"数控铣工 {n} 组", "实训楼A"))).EnsureSuccessStatusCode();
        }

        await contest.CompleteSheetAsync("C3", judgementScore: 3m);
        await contest.RecordTheoryAsync("C3", 90m);
        var (page, _) = await OpenAsync($"/board/?contest={contest.ContestId}#/", Phone);
        await Expect(page.Locator("[data-testid='events'] tbody tr")).ToHaveCountAsync(25);
        var medals = page.GetByTestId("medal-table");
        await Expect(medals.Locator("tbody tr").First).ToHaveAttributeAsync("data-delegation", "宝安区");
        await Expect(medals).Not.ToBeInViewportAsync();

        await page.GetByTestId("jump-to-medals").ClickAsync();

        await Expect(medals).ToBeInViewportAsync();
        await Expect(page.GetByTestId("provisional-note")).ToBeInViewportAsync();
        await Expect(medals.Locator("tbody tr").First).ToHaveAttributeAsync("data-final", "false");
        await Expect(medals.Locator("tbody tr").First.GetByTestId("provisional")).ToBeVisibleAsync();
        Assert.True(await OnOneLineAsync(page.Locator("[data-testid='events'] tr[data-event='E1'] .status")), "the status pill breaks across lines");
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task When_the_organizer_counts_only_published_events_a_phone_showing_the_prize_table_drops_provisional_prizes_by_push()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C3", judgementScore: 3m);
        await contest.RecordTheoryAsync("C3", 90m);
        var (phone, requests) = await OpenAsync($"/board/?contest={contest.ContestId}#/", Phone);
        var medals = phone.GetByTestId("medal-table");
        await Expect(medals.Locator("tbody tr[data-delegation='宝安区']")).ToHaveAttributeAsync("data-final", "false");
        await Expect(phone.GetByTestId("live-state")).ToHaveClassAsync(Connected);
        var polled = requests.Count;

        var console = await fixture.ConsolePageAsync(new AccountSetup("组委会", false, [contest.ContestId]));
        await console.GotoAsync($"/organizer/#/contest/{contest.ContestId}/events");
        await console.GetByTestId("medal-counting").Locator("select").SelectOptionAsync("PublishedEvents");
        await Expect(console.GetByTestId("medal-counting")).ToContainTextAsync("奖牌榜现只计已公布赛项");

        await Expect(phone.GetByTestId("published-only-note")).ToBeVisibleAsync();
        await Expect(medals.Locator("tbody tr")).ToHaveCountAsync(0);
        Assert.Equal(polled, requests.Count);
        await console.ReloadAsync();
        await Expect(console.GetByTestId("medal-counting").Locator("select")).ToHaveValueAsync("PublishedEvents");
        await console.Context.DisposeAsync();
        await phone.Context.DisposeAsync();
    }

    [Fact]
    public async Task On_the_big_screen_ranks_and_prizes_are_at_least_48_px_and_provisional_prizes_are_marked()
    {
        var contest = await TestContest.CreateAsync(fixture);
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.CompleteSheetAsync(competitor, judgementScore: competitor == "C3" ? 3m : 2m);
            await contest.RecordTheoryAsync(competitor, 90m);
        }

        var (page, _) = await OpenAsync($"/board/?contest={contest.ContestId}#/screen/E1/4", new ViewportSize { Width = 1920, Height = 1080 });
        var screen = page.GetByTestId("big-screen");
        await Expect(screen.Locator("tr[data-row='" + (await RowKeyAsync(contest, "C3")) + "'] .award")).ToBeVisibleAsync();
        var fontSize = (ILocator element) => element.EvaluateAsync<double>("el => parseFloat(getComputedStyle(el).fontSize)");
        Assert.True(await fontSize(screen.Locator("td.rank").First) >= 48, "the rank is too small to read across a hall");
        Assert.True(await fontSize(screen.Locator(".award").First) >= 48, "the award badge is too small to read across a hall");
        Assert.True(await screen.Locator("tr[data-row]").Last.EvaluateAsync<bool>("el => el.getBoundingClientRect().bottom <= innerHeight"), "the rows run off the screen");

        await Expect(screen.GetByTestId("medal-table")).ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 10000 });
        await Expect(screen.GetByTestId("provisional-note")).ToBeVisibleAsync();
        var mark = screen.GetByTestId("medal-table").GetByTestId("provisional").First;
        await Expect(mark).ToBeVisibleAsync();
        Assert.True(await fontSize(mark) >= 32, "the provisional mark is too small for the big screen");
        Assert.True(await fontSize(screen.GetByTestId("medal-table").Locator("td.rank").First) >= 48, "the prize table's rank is too small");
        await page.Context.DisposeAsync();
    }

    private async Task<string> RowKeyAsync(TestContest contest, string competitorId)
    {
        var board = await fixture.Grains.GetGrain<ILeaderboardGrain>($"{contest.ContestId}/{TestContest.EventCode}").GetPublic();
        return board.Rows.Single(r => r.Name == Names[competitorId]).Key;
    }
}
