using System.Net.Http.Json;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Events;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Rounds;

/// <summary>An organizer reviews the advancement list on a laptop, records a withdrawal, announces it and commits it.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AdvancementScreenTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task An_organizer_reviews_announces_and_commits_the_list_and_the_public_reads_the_notice()
    {
        var contest = await TwoRoundContest.CreateAsync(fixture);
        var page = await fixture.ConsolePageAsync(new AccountSetup("赛务组", false, [contest.ContestId]));
        await page.SetViewportSizeAsync(1366, 768);
        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/event/F/advancement");
        var panel = page.GetByTestId("advancement");
        var list = panel.GetByTestId("advancement-list");

        await Expect(panel.GetByTestId("advancement-stage")).ToContainTextAsync("待审核");
        await Expect(list.Locator("tbody tr")).ToHaveCountAsync(8);
        await Expect(list.Locator("tr[data-status='Advances']")).ToHaveCountAsync(3);
        await Expect(list.Locator("tbody tr").First).ToContainTextAsync("选手A1");

        await list.Locator("tr", new() { HasText = "选手B1" }).GetByRole(AriaRole.Button, new() { Name = "放弃" }).ClickAsync();
        await panel.GetByTestId("withdrawal").Locator("input[name=reason]").FillAsync("本人放弃");
        await panel.GetByTestId("withdrawal").GetByRole(AriaRole.Button, new() { Name = "放弃" }).ClickAsync();
        await Expect(list.Locator("tr", new() { HasText = "选手B2" })).ToHaveAttributeAsync("data-status", "AdvancesAsReplacement");
        await Expect(list.Locator("tr", new() { HasText = "选手B1" })).ToContainTextAsync("本人放弃");

        var commit = panel.GetByRole(AriaRole.Button, new() { Name = "确认晋级并生成名单" });
        await Expect(commit).ToBeDisabledAsync(); // not announced yet
        await panel.GetByRole(AriaRole.Button, new() { Name = "公示晋级名单" }).ClickAsync();
        await page.GetByTestId("confirm").GetByTestId("confirm-ok").ClickAsync();
        await Expect(panel.GetByTestId("advancement-stage")).ToContainTextAsync("公示中");
        await page.SaveDocumentationScreenshotAsync("console-advancement", fullPage: true);

        await commit.ClickAsync();
        await Expect(page.GetByTestId("confirm-message")).ToContainTextAsync("3 名选手将成为 F 的参赛名单");
        await page.GetByTestId("confirm").GetByTestId("confirm-ok").ClickAsync();
        await Expect(panel.GetByTestId("advancement-stage")).ToContainTextAsync("已确认");
        await Expect(panel.GetByRole(AriaRole.Button, new() { Name = "放弃" })).ToHaveCountAsync(0);
        var roster = await contest.Organizer.GetFromJsonAsync<List<CompetitorEntry>>($"{contest.EventPath("F")}/competitors", Json.Options);
        Assert.Equal(["A1", "A2", "B2"], roster!.Select(c => c.Id).Order());

        var context = await (await fixture.BrowserAsync()).NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "zh-CN",
        });
        var phone = await context.NewPageAsync();
        await phone.GotoAsync($"/board/?contest={contest.ContestId}#/advancement/F");
        var notice = phone.GetByTestId("advancement-notice");
        await Expect(notice).ToContainTextAsync("车工 决赛 晋级名单公示");
        await Expect(notice.Locator("tbody tr")).ToHaveCountAsync(4);
        await Expect(notice.Locator("tr[data-status='Withdrawn']")).ToContainTextAsync("选手B1");
    }
}
