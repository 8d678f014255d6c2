using System.Text.RegularExpressions;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Announcements;
using Competitions.Domain.Announcements;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Announcements;

/// <summary>Announcements on screens: judges' tablets, the chief judge's desk, the console and a phone's public board.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AnnouncementScreenTests(CompetitionsFixture fixture)
{
    /// <summary>Messages also come with the tablet's 30 s poll; within two seconds it can only have been the push.</summary>
    private static readonly LocatorAssertionsToContainTextOptions WithinTwoSeconds = new() { Timeout = 2000 };

    [Fact]
    public async Task A_chief_judges_message_reaches_an_open_tablet_by_push_within_two_seconds_and_the_chief_sees_who_has_acknowledged_it()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var judge = await OpenTabletAsync(contest, "J2");
        await using var chief = await Infrastructure.Tablet.SignInAsync(fixture, contest, "CHIEF", Infrastructure.Tablet.Landscape);
        await chief.Page.Locator(".card").First.ClickAsync();
        var desk = chief.Page.GetByTestId("announcements");

        await desk.Locator("textarea[name='text']").FillAsync("请各位裁判10:30到A区集合，核对评分表");
        // The two seconds run from the server's answer to the chief: the message is stored, and pushed from there.
        var answer = await chief.Page.RunAndWaitForResponseAsync(
            () => desk.GetByTestId("announcement-send").ClickAsync(),
            response => response.Request.Method == "POST" && response.Url.EndsWith($"/events/{TestContest.EventCode}/announcements", StringComparison.Ordinal));
        Assert.True(answer.Ok, await answer.TextAsync());

        var dialog = judge.Page.GetByTestId("announcement");
        await Expect(dialog).ToContainTextAsync("请各位裁判10:30到A区集合", WithinTwoSeconds);
        await Expect(dialog).ToContainTextAsync("裁判长通知");
        await Expect(dialog.GetByTestId("announcement-acknowledge")).ToBeFocusedAsync();
        await judge.ScreenshotAsync("judge-announcement-portrait");
        await judge.Page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeVisibleAsync(); // it cannot be waved away, only acknowledged
        await dialog.GetByTestId("announcement-acknowledge").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);

        // The chief's desk follows the acknowledgements: J2 has, the other four (by name) have not.
        var message = desk.Locator("li[data-audience='Judges']");
        await Expect(message.GetByTestId("acknowledged-count")).ToHaveTextAsync("1/5", new() { Timeout = 8000 });
        await Expect(message.GetByTestId("not-acknowledged")).ToContainTextAsync("评委J1、评委J3、评委J4、评委J5");
        await Expect(message.GetByTestId("not-acknowledged")).Not.ToContainTextAsync("评委J2");
        await chief.ScreenshotAsync("chief-announcements-landscape", fullPage: true);
    }

    [Fact]
    public async Task An_acknowledgement_tapped_offline_is_kept_on_the_tablet_and_sent_when_the_network_is_back()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var judge = await OpenTabletAsync(contest, "J3");
        var id = Guid.NewGuid();
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/announcements", new AnnouncementRequest(id, AnnouncementAudience.Judges, "B区停电，暂停评分"))).EnsureSuccessStatusCode();
        var dialog = judge.Page.GetByTestId("announcement");
        await Expect(dialog).ToContainTextAsync("B区停电", WithinTwoSeconds);
        await Expect(dialog).ToContainTextAsync("组委会通知");

        await judge.Context.SetOfflineAsync(true);
        await dialog.GetByTestId("announcement-acknowledge").ClickAsync();

        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(judge.Page.GetByTestId("acknowledgements-waiting")).ToContainTextAsync("1");
        Assert.Null(await AcknowledgedAtAsync(contest, id, "J3"));

        await judge.Context.SetOfflineAsync(false);
        await Expect(judge.Page.GetByTestId("acknowledgements-waiting")).ToHaveCountAsync(0, new() { Timeout = 8000 });
        Assert.NotNull(await AcknowledgedAtAsync(contest, id, "J3"));
    }

    [Fact]
    public async Task A_phone_board_shows_public_banners_by_push_never_a_judges_message_and_drops_a_withdrawn_banner()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var browser = await fixture.BrowserAsync();
        var phone = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "zh-CN",
        });
        var board = await phone.NewPageAsync();
        await board.GotoAsync($"/board/?contest={contest.ContestId}#/event/{TestContest.EventCode}");
        await Expect(board.GetByTestId("live-state")).ToHaveClassAsync(new Regex("^live live$"));
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/announcements", new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Judges, "裁判内部：评分表须签字")))
            .EnsureSuccessStatusCode();

        // The contest's banner, from the organizer console: it shows on every event's board.
        var console = await fixture.ConsolePageAsync(new AccountSetup("赛务组", false, [contest.ContestId]));
        await console.GotoAsync($"/organizer/#/contest/{contest.ContestId}/announcements");
        await console.Locator("textarea[name='text']").FillAsync("颁奖典礼16:00在体育馆举行");
        await console.GetByTestId("announcement-send").ClickAsync();
        await Expect(board.GetByTestId("banner")).ToHaveTextAsync("颁奖典礼16:00在体育馆举行", new() { Timeout = 2000 });
        await Expect(console.GetByTestId("banner-state")).ToContainTextAsync("展示中");

        var eventBanner = new AnnouncementRequest(Guid.NewGuid(), AnnouncementAudience.Public, "E1赛场下午推迟30分钟开放");
        (await contest.Organizer.PostJsonAsync($"{contest.EventPath}/announcements", eventBanner)).EnsureSuccessStatusCode();
        await Expect(board.GetByTestId("banner")).ToHaveTextAsync(["E1赛场下午推迟30分钟开放", "颁奖典礼16:00在体育馆举行"], new() { Timeout = 2000 });
        await Expect(board.GetByTestId("banners")).Not.ToContainTextAsync("评分表须签字");
        await board.SaveDocumentationScreenshotAsync("public-event-board-banner");

        await console.GetByTestId("announcement-withdraw").ClickAsync();
        await Expect(board.GetByTestId("banner")).ToHaveTextAsync(["E1赛场下午推迟30分钟开放"], new() { Timeout = 2000 });
        await phone.DisposeAsync();
        await console.Context.DisposeAsync();
    }

    /// <summary>A judge's tablet on his event list, once its push connection has asked for his work.</summary>
    private async Task<Infrastructure.Tablet> OpenTabletAsync(TestContest contest, string judgeId)
    {
        var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, judgeId, Infrastructure.Tablet.Portrait);
        var watching = new TaskCompletionSource();
        tablet.Page.WebSocket += (_, socket) => socket.FrameSent += (_, frame) =>
        {
            if (frame.Text?.Contains("WatchMyWork", StringComparison.Ordinal) == true)
            {
                watching.TrySetResult();
            }
        };
        await tablet.Page.ReloadAsync();
        await tablet.Page.Locator(".card").First.WaitForAsync();
        await watching.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await Task.Delay(500); // WatchMyWork's answer: the connection is in the judge's group
        return tablet;
    }

    private static async Task<DateTimeOffset?> AcknowledgedAtAsync(TestContest contest, Guid id, string judgeId)
    {
        var list = await (await contest.Organizer.GetAsync($"{contest.EventPath}/announcements")).ReadAsync<List<AnnouncementView>>();
        return list.Single(a => a.Id == id).Addressees.Single(a => a.JudgeId == judgeId).AcknowledgedAt;
    }
}
