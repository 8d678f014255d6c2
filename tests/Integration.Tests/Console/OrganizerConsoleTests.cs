using System.Text;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Console;

/// <summary>An organizer's day before the contest, in Debian's Chromium, from sign-in to handing out judges' codes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class OrganizerConsoleTests(CompetitionsFixture fixture)
{
    private const string CompetitorsWithABadRow = "赛项,编号,姓名,单位,代表队\nE1,C1,王伟,Org-A,福田区\nE1,C2,,Org-B,南山区\nE1,C3,张强,Org-C,宝安区\n";
    private const string Competitors = "赛项,编号,姓名,单位,代表队\nE1,C1,王伟,Org-A,福田区\nE1,C2,李娜,Org-B,南山区\nE1,C3,张强,Org-C,宝安区\n";
    private const string Judges = "编号,姓名,单位\nJ1,李评,Org-X\nJ2,赵评,Org-A\nCHIEF,钱长,Org-Z\n";

    [Fact]
    public async Task An_organizer_sets_up_a_contest_from_sign_in_to_judges_sign_in_codes()
    {
        var userName = $"o{Guid.NewGuid():N}"[..12];
        var password = SecretHash.NewSecret();
        var contestId = $"c{Guid.NewGuid():N}"[..12];
        await fixture.Grains.GetGrain<IAccountGrain>(userName).Save(new AccountSetup("赛务组 王老师", true, [], password));
        var browser = await fixture.BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            Locale = "zh-CN",
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        });
        var page = await context.NewPageAsync();
        var api = fixture.CreateOrganizerClient();

        // Sign in; a wrong password first, which the page explains.
        await page.GotoAsync("/organizer/");
        await page.Locator("input[name=userName]").FillAsync(userName);
        await page.Locator("input[name=password]").FillAsync("wrong-password");
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.Locator(".outcome.error")).ToContainTextAsync("用户名或密码不正确");
        await page.Locator("input[name=password]").FillAsync(password);
        await page.GetByTestId("sign-in").ClickAsync();
        await Expect(page.GetByTestId("account")).ToContainTextAsync("王老师");

        // A contest and an event.
        var newContest = page.GetByTestId("new-contest");
        await newContest.Locator("input[name=id]").FillAsync(contestId);
        await newContest.Locator("input[name=name]").FillAsync("2026年深圳市职工技能大赛");
        await newContest.Locator("input[name=startsOn]").FillAsync("2026-10-12");
        await newContest.Locator("input[name=endsOn]").FillAsync("2026-10-14");
        await newContest.Locator("input[name=venues]").FillAsync("实训楼A、实训楼B");
        await newContest.Locator("input[name=delegations]").FillAsync("福田区、南山区、宝安区");
        await newContest.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();
        var newEvent = page.GetByTestId("new-event");
        await newEvent.Locator("input[name=code]").FillAsync("E1");
        await newEvent.Locator("input[name=name]").FillAsync("车工（职工组）");
        await newEvent.Locator("input[name=venue]").FillAsync("实训楼A");
        await newEvent.GetByRole(AriaRole.Button, new() { Name = "创建" }).ClickAsync();

        // Its schedule: one morning session.
        var sessions = page.GetByTestId("sessions");
        await sessions.GetByRole(AriaRole.Button, new() { Name = "+ 场次" }).ClickAsync();
        await sessions.GetByLabel("开始时间").FillAsync("2026-10-12T08:30");
        await sessions.GetByLabel("结束时间").FillAsync("2026-10-12T12:00");
        await page.GetByTestId("event-settings").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Expect(page.GetByTestId("event-settings").Locator(".outcome.ok")).ToBeVisibleAsync();
        var scheduled = await (await api.GetAsync($"/api/contests/{contestId}/events/E1")).ReadAsync<EventView>();
        Assert.Equal(new EventSession("第1场", new DateTime(2026, 10, 12, 8, 30, 0), new DateTime(2026, 10, 12, 12, 0, 0)), Assert.Single(scheduled.Definition.Sessions!));

        // The marking scheme: one criterion, a measurement aspect and a judgement aspect; the total follows the edits.
        await page.GetByRole(AriaRole.Tab, new() { Name = "评分标准" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "+ 模块" }).ClickAsync();
        var editor = page.GetByTestId("scheme-editor");
        await editor.GetByLabel("模块名称").FillAsync("尺寸精度");
        await editor.GetByLabel("评分项名称").First.FillAsync("外圆 Φ40");
        await editor.GetByLabel("类型").First.SelectOptionAsync("Measurement");
        await editor.GetByLabel("满分").First.FillAsync("12");
        await editor.GetByRole(AriaRole.Button, new() { Name = "+ 评分项" }).ClickAsync();
        await editor.GetByLabel("评分项名称").Nth(1).FillAsync("工艺规范");
        await editor.GetByLabel("满分").Nth(1).FillAsync("18");
        await Expect(page.GetByTestId("scheme-total")).ToContainTextAsync("30");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存评分标准" }).ClickAsync();
        await Expect(editor.Locator(".outcome.ok")).ToBeVisibleAsync();
        await page.SaveDocumentationScreenshotAsync("console-scheme-editor", fullPage: true);
        var saved = await (await api.GetAsync($"/api/contests/{contestId}/events/E1")).ReadAsync<EventView>();
        Assert.Equal(30m, saved.Scheme.MaxTotal);

        // Judges, then competitors: a file with one bad row imports nothing and says which row and column.
        await page.GotoAsync($"/organizer/#/contest/{contestId}/judges");
        await Upload(page, "import-judges", "judges.csv", Judges);
        await Expect(page.GetByTestId("judges").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.GotoAsync($"/organizer/#/contest/{contestId}/competitors");
        await Upload(page, "import-competitors", "competitors.csv", CompetitorsWithABadRow, commit: false);
        var errors = page.GetByTestId("import-errors").Locator("tbody tr");
        await Expect(errors).ToHaveCountAsync(1);
        await Expect(errors.First.Locator("td").First).ToHaveTextAsync("3");
        await page.SaveDocumentationScreenshotAsync("console-import-errors", fullPage: true);
        Assert.Empty(await (await api.GetAsync($"/api/contests/{contestId}/events/E1/competitors")).ReadAsync<List<CompetitorEntry>>());
        await Upload(page, "import-competitors", "competitors.csv", Competitors);
        Assert.Equal(3, (await (await api.GetAsync($"/api/contests/{contestId}/events/E1/competitors")).ReadAsync<List<CompetitorEntry>>()).Count);

        // The draw, from a seed the organizer reads out in the room.
        await page.GotoAsync($"/organizer/#/contest/{contestId}/event/E1/draw");
        await page.Locator("input[name=seed]").FillAsync("2026-10-12 车工");
        await page.GetByRole(AriaRole.Button, new() { Name = "抽签" }).ClickAsync();
        await Expect(page.GetByTestId("draw-result").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.SaveDocumentationScreenshotAsync("console-draw", fullPage: true);
        var roster = await (await api.GetAsync($"/api/contests/{contestId}/events/E1/competitors")).ReadAsync<List<CompetitorEntry>>();
        Assert.Equal([1, 2, 3], roster.Select(c => c.Station ?? 0).Order());

        // A panel with its chief judge; J2 works for Org-A like C1, and the page shows the recusal.
        await page.GetByRole(AriaRole.Tab, new() { Name = "裁判组" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "+ 裁判组" }).ClickAsync();
        var panel = page.GetByTestId("panel-P1");
        await panel.GetByLabel("A 尺寸精度").CheckAsync();
        await panel.GetByLabel("P1 J1").CheckAsync();
        await panel.GetByLabel("P1 J2").CheckAsync();
        await page.Locator("select[name=chief]").SelectOptionAsync("CHIEF");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存裁判组" }).ClickAsync();
        await Expect(page.GetByTestId("panels").Locator(".outcome.ok")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("recusals")).ToContainTextAsync("C1");
        await page.SaveDocumentationScreenshotAsync("console-panels", fullPage: true);
        var withPanels = await (await api.GetAsync($"/api/contests/{contestId}/events/E1")).ReadAsync<EventView>();
        Assert.Equal("CHIEF", withPanels.Panels.ChiefJudgeId);
        Assert.Equal(["J1", "J2"], Assert.Single(withPanels.Panels.Panels).JudgeIds);

        // Sign-in codes for every judge, on a printable sheet; a code from the sheet signs a tablet in.
        await page.GotoAsync($"/organizer/#/contest/{contestId}/judges");
        await Expect(page.GetByTestId("judges").Locator("tbody tr")).ToHaveCountAsync(3);
        await page.GetByRole(AriaRole.Button, new() { Name = "全选" }).ClickAsync();
        await page.GetByTestId("issue-codes").ClickAsync();
        var codes = page.GetByTestId("sign-in-code");
        await Expect(codes).ToHaveCountAsync(3);
        await page.SaveDocumentationScreenshotAsync("console-sign-in-codes", fullPage: true);
        var session = await fixture.CreateClient().PostJsonAsync("/api/sessions", new SignInRequest(await codes.First.InnerTextAsync()));
        Assert.True(session.IsSuccessStatusCode);

        await page.GotoAsync($"/organizer/#/contest/{contestId}/events");
        await Expect(page.GetByTestId("overview").Locator("tbody tr")).ToHaveCountAsync(1);
        await page.SaveDocumentationScreenshotAsync("console-overview", fullPage: true);
        Assert.Contains(contestId, (await (await api.GetAsync("/api/contests")).ReadAsync<List<ContestDefinition>>()).Select(c => c.Id));
    }

    private static async Task Upload(IPage page, string testId, string name, string csv, bool commit = true)
    {
        var panel = page.GetByTestId(testId);
        await panel.Locator("input[type=file]").SetInputFilesAsync(new FilePayload { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });
        await panel.GetByRole(AriaRole.Button, new() { Name = "预览" }).ClickAsync();
        if (commit)
        {
            await Expect(panel.GetByTestId("import-preview")).ToBeVisibleAsync();
            await panel.GetByRole(AriaRole.Button, new() { Name = "导入" }).ClickAsync();
            await Expect(panel.Locator(".outcome.ok")).ToContainTextAsync("已导入");
        }
    }
}
