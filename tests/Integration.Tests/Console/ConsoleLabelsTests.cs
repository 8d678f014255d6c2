using System.Text;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Exports;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Console;

/// <summary>What the organizer console says on a laptop: the dates it announces, the columns it shows, the sheets it prints.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ConsoleLabelsTests(CompetitionsFixture fixture)
{
    private const string Competitors = "赛项,编号,姓名,单位,代表队,身份证号\nE1,C1,王伟,Org-A,福田区,110101********1234\n";

    private async Task<IPage> SignInAsync()
    {
        var userName = $"o{Guid.NewGuid():N}"[..12];
        var password = SecretHash.NewSecret();
        await fixture.Grains.GetGrain<IAccountGrain>(userName).Save(new AccountSetup("赛务组 王老师", true, [], password));
        var browser = await fixture.BrowserAsync();
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 768 },
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/organizer/");
        await page.Locator("input[name=userName]").FillAsync(userName);
        await page.Locator("input[name=password]").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("account")).ToContainTextAsync("王老师");
        return page;
    }

    [Fact]
    public async Task The_publish_tab_shows_the_end_of_the_notice_period_the_organizer_set_and_the_appeal_deadline_apart()
    {
        var contest = await PublishedContest.CreateAsync(fixture, noticeHours: 1m, appealHours: 24m);
        var view = await (await contest.Organizer.GetAsync(contest.EventPath)).ReadAsync<EventView>();
        var page = await SignInAsync();

        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/event/{TestContest.EventCode}/publish");

        var local = (DateTimeOffset at) => page.EvaluateAsync<string>("t => new Date(t).toLocaleString()", at.ToString("O"));
        await Expect(page.GetByTestId("notice")).ToContainTextAsync($"公示中，至 {await local(view.PublishedAt!.Value.AddHours(1))}");
        await Expect(page.GetByTestId("appeal-deadline")).ToContainTextAsync($"申诉截止 {await local(view.PublishedAt!.Value.AddHours(24))}");
        await page.Context.DisposeAsync();
    }

    [Fact]
    public async Task The_import_preview_names_its_columns_in_words_and_the_qr_sheet_names_the_contest_and_each_judges_events()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var page = await SignInAsync();

        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/competitors");
        var import = page.GetByTestId("import-competitors");
        await import.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = "competitors.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(Competitors) });
        await import.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        var header = import.GetByTestId("import-preview").Locator("thead");
        await Expect(header).ToContainTextAsync("沿用已存身份证号");
        await Expect(header).ToContainTextAsync("代表队");
        await Expect(header).Not.ToContainTextAsync("keepsIdNumber");
        await Expect(header).Not.ToContainTextAsync("eventCode");

        await page.GotoAsync($"/organizer/#/contest/{contest.ContestId}/judges");
        await Expect(page.GetByTestId("judges").Locator("tbody tr")).ToHaveCountAsync(TestContest.JudgeOrganisations.Count);
        await page.GetByRole(AriaRole.Button, new() { Name = "全选" }).ClickAsync();
        await page.GetByTestId("issue-codes").ClickAsync();
        await Expect(page.GetByTestId("sign-in-code")).ToHaveCountAsync(TestContest.JudgeOrganisations.Count);
        await Expect(page.GetByTestId("code-sheet-contest")).ToContainTextAsync("测试大赛");
        var j1 = page.Locator(".code-card", new() { HasText = "(J1)" });
        await Expect(j1).ToContainTextAsync("测试大赛");
        await Expect(j1.GetByTestId("card-event")).ToHaveTextAsync("E1 车工（职工组）");
        await Expect(page.Locator(".code-card", new() { HasText = "(CHIEF)" }).GetByTestId("card-event")).ToHaveTextAsync("E1 车工（职工组） · 裁判长");
        await page.Context.DisposeAsync();
    }
}
