using System.Net;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Events;
using Competitions.Domain.Workflow;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Console;

/// <summary>The console's irreversible steps ask first, saying what will happen; cancelling leaves everything as it was.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConfirmationTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Starting_marking_locking_and_publishing_each_ask_first_and_cancelling_changes_nothing()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var page = await LaptopPageAsync(contest);
        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/event/{TestContest.EventCode}/publish");

        await CancelThenConfirmAsync(page, contest, EventStatus.Setup, EventStatus.Scoring, "开始评分", "开始评分 E1：3 名选手");

        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            await contest.CompleteSheetAsync(competitor);
            await contest.RecordTheoryAsync(competitor, 80m);
        }

        await CancelThenConfirmAsync(page, contest, EventStatus.Scoring, EventStatus.Locked, "锁定成绩", "锁定 E1：3 份评分表");
        await CancelThenConfirmAsync(page, contest, EventStatus.Locked, EventStatus.Published, "发布成绩", "发布 E1：3 名选手的成绩与奖项对外公开");
    }

    [Fact]
    public async Task Revoking_a_judges_sessions_asks_first_and_cancelling_keeps_the_tablet_signed_in()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var tablet = fixture.CreateClient(await contest.SignInAsync("J1"));
        var page = await LaptopPageAsync(contest);
        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/judges");
        var revoke = page.GetByTestId("judges").Locator("tr", new() { HasText = "评委J1" }).GetByRole(AriaRole.Button, new() { Name = "注销会话" });

        await revoke.ClickAsync();
        var dialog = page.GetByTestId("confirm");
        await Expect(dialog).ToBeInViewportAsync();
        await Expect(dialog.GetByTestId("confirm-message")).ToContainTextAsync("注销 评委J1（J1）的全部登录会话");
        await dialog.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.OK, (await tablet.GetAsync("/api/judge/workload")).StatusCode);

        await revoke.ClickAsync();
        await dialog.GetByTestId("confirm-ok").ClickAsync();
        await Expect(page.Locator(".outcome.ok")).ToContainTextAsync("已注销 1 个会话");
        Assert.Equal(HttpStatusCode.Unauthorized, (await tablet.GetAsync("/api/judge/workload")).StatusCode);
    }

    /// <summary>Clicks the step's button, cancels (by button, then by Escape) and checks the event stayed put, then confirms.</summary>
    private static async Task CancelThenConfirmAsync(IPage page, TestContest contest, EventStatus from, EventStatus to, string button, string consequence)
    {
        var advance = page.GetByTestId("publish").GetByRole(AriaRole.Button, new() { Name = button, Exact = true });
        var dialog = page.GetByTestId("confirm");
        await Expect(page.GetByTestId("publish").Locator("strong.status")).ToHaveClassAsync($"status {from}");

        await advance.ClickAsync();
        await Expect(dialog).ToBeInViewportAsync();
        await Expect(dialog.GetByTestId("confirm-message")).ToContainTextAsync(consequence);
        // Focus starts on cancel: a stray Enter must not take the step.
        await Expect(dialog.GetByTestId("confirm-cancel")).ToBeFocusedAsync();
        await dialog.GetByTestId("confirm-cancel").ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await advance.ClickAsync();
        await Expect(dialog.GetByTestId("confirm-cancel")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(advance).ToBeFocusedAsync();
        Assert.Equal(from, await StatusAsync(contest));

        await advance.ClickAsync();
        await dialog.GetByTestId("confirm-ok").ClickAsync();
        await Expect(page.GetByTestId("publish").Locator("strong.status")).ToHaveClassAsync($"status {to}");
        Assert.Equal(to, await StatusAsync(contest));
    }

    private static async Task<EventStatus> StatusAsync(TestContest contest) =>
        (await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>()).Status;

    private async Task<IPage> LaptopPageAsync(TestContest contest)
    {
        var page = await fixture.ConsolePageAsync(new AccountSetup("赛务组", false, [contest.ContestId]));
        await page.SetViewportSizeAsync(1366, 768);
        return page;
    }
}
