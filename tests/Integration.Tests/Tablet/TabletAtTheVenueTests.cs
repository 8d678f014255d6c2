using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Tablet;

/// <summary>What a judge at the workbench needs from the tablet beyond entering marks (issue 14, items 2 and 4).</summary>
[Collection(ClusterCollection.Name)]
public sealed class TabletAtTheVenueTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task The_header_stays_in_view_on_a_long_page_and_counts_the_marks_waiting_while_offline()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Landscape);
        var page = tablet.Page;
        await page.Locator(".card").First.ClickAsync();
        await tablet.OpenCompetitorAsync("C2");

        await tablet.Context.SetOfflineAsync(true);
        await tablet.ScoreAsync("A2", 2);
        await tablet.ScoreAsync("B1", 3);
        await Expect(page.GetByTestId("connection")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("offline"));
        await Expect(page.GetByTestId("waiting")).ToContainTextAsync("2 条评分待上传");
        await tablet.ScreenshotAsync("judge-marks-waiting-landscape");

        // As long as a list of 81 competitors: the page scrolls well past the header's height.
        await page.EvaluateAsync("() => { document.querySelector('main').style.paddingBottom = '3000px'; window.scrollTo(0, 2500); }");
        await page.WaitForFunctionAsync("() => window.scrollY > 2000");
        var header = await page.Locator("header.bar").BoundingBoxAsync();
        Assert.NotNull(header);
        Assert.InRange(header.Y, -1, 1);
        await Expect(page.GetByTestId("waiting")).ToBeInViewportAsync();
        await Expect(page.GetByTestId("connection")).ToBeInViewportAsync();

        await tablet.Context.SetOfflineAsync(false);
        await Expect(page.GetByTestId("waiting")).ToBeHiddenAsync(new() { Timeout = 30_000 });
    }

    [Fact]
    public async Task The_keypad_is_a_labelled_dialog_that_keeps_the_focus_and_its_first_key_replaces_the_value()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Landscape);
        var page = tablet.Page;
        await page.Locator(".card").First.ClickAsync();
        await tablet.OpenCompetitorAsync("C2");
        await tablet.MeasureAsync("A1", "3");
        await Expect(tablet.MarkStatus("A1")).ToHaveAttributeAsync("data-status", "synced");

        var opener = page.Locator("[data-aspect='A1'] [data-testid='keypad-open']");
        await opener.ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await Expect(dialog).ToHaveAttributeAsync("aria-modal", "true");
        await Expect(dialog).ToHaveAccessibleNameAsync("A1 外圆 Φ40");
        await Expect(page.GetByTestId("keypad-display")).ToHaveTextAsync("3");
        await tablet.ScreenshotAsync("judge-keypad-landscape");

        // Tab and Shift+Tab cycle inside the dialog: the sheet behind it cannot be reached.
        for (var i = 0; i < 20; i++)
        {
            await page.Keyboard.PressAsync(i < 12 ? "Tab" : "Shift+Tab");
            Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('.keypad').contains(document.activeElement)"), $"focus left the keypad after {i + 1} presses");
        }

        await page.Locator(".keypad [data-key='2']").ClickAsync();
        await Expect(page.GetByTestId("keypad-display")).ToHaveTextAsync("2");
        await page.Locator(".keypad [data-key='.']").ClickAsync();
        await page.Locator(".keypad [data-key='5']").ClickAsync();
        await Expect(page.GetByTestId("keypad-display")).ToHaveTextAsync("2.5");
        await page.GetByTestId("keypad-ok").ClickAsync();
        await Expect(opener).ToHaveTextAsync("2.5");
        await Expect(tablet.MarkStatus("A1")).ToHaveAttributeAsync("data-status", "synced");

        // Escape closes without a change and gives the focus back to the value it was opened from.
        await opener.ClickAsync();
        await Expect(page.Locator(".keypad [data-key='7']")).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToBeHiddenAsync();
        await Expect(opener).ToBeFocusedAsync();

        var a1 = (await contest.SheetAsync("C2")).Aspects.Single(a => a.AspectId == "A1");
        Assert.Equal(2.5m, a1.JudgeMarks.Single(m => m.JudgeId == "J1").Value);
    }

    [Fact]
    public async Task The_competitor_list_filters_by_station_and_by_code_and_keeps_the_search_after_a_sheet()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Portrait);
        var page = tablet.Page;
        await page.Locator(".card").First.ClickAsync();
        var listed = page.GetByTestId("competitors").Locator("[data-competitor]");
        var search = page.GetByTestId("competitor-search");
        await Expect(listed).ToHaveCountAsync(3);

        async Task<string[]> ListedAsync() => await listed.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.competitor)");

        // Station 1 is C1 only, though other codes hold a 1 nowhere and station numbers 1x would not match either.
        await search.FillAsync("1");
        await Expect(listed).ToHaveCountAsync(1);
        Assert.Equal(["C1"], await ListedAsync());

        await search.FillAsync("m3x");
        await Expect(listed).ToHaveCountAsync(1);
        Assert.Equal(["C2"], await ListedAsync());
        await tablet.ScreenshotAsync("judge-competitor-search-portrait");

        await search.FillAsync("P8R4");
        await Expect(listed).ToHaveCountAsync(1);
        Assert.Equal(["C3"], await ListedAsync());

        await tablet.OpenCompetitorAsync("C3");
        await page.Locator(".sheet button.link").ClickAsync();
        await Expect(search).ToHaveValueAsync("P8R4");
        await Expect(listed).ToHaveCountAsync(1);

        await search.FillAsync("zzz");
        await Expect(listed).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("no-match")).ToBeVisibleAsync();

        await search.FillAsync("");
        await Expect(listed).ToHaveCountAsync(3);
    }

    [Fact]
    public async Task The_judge_page_allows_pinch_zoom_and_the_judgement_buttons_say_which_is_chosen()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Portrait);
        var page = tablet.Page;
        var viewport = await page.EvaluateAsync<string>("() => document.querySelector('meta[name=viewport]').content");
        Assert.DoesNotContain("maximum-scale", viewport, StringComparison.Ordinal);
        Assert.DoesNotContain("user-scalable", viewport, StringComparison.Ordinal);

        await page.Locator(".card").First.ClickAsync();
        await tablet.OpenCompetitorAsync("C2");
        var buttons = page.Locator("[data-aspect='A2'] [data-score]");
        await Expect(buttons.Locator("[aria-pressed='true']")).ToHaveCountAsync(0);
        Assert.Equal(["false", "false", "false", "false"], await buttons.EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('aria-pressed'))"));

        await tablet.ScoreAsync("A2", 2);
        await Expect(page.Locator("[data-aspect='A2'] [data-score='2']")).ToHaveAttributeAsync("aria-pressed", "true");
        await tablet.ScoreAsync("A2", 3);
        await Expect(page.Locator("[data-aspect='A2'] [data-score='3']")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("[data-aspect='A2'] [data-score='2']")).ToHaveAttributeAsync("aria-pressed", "false");
        await Expect(page.Locator("[data-aspect='A2']").GetByRole(AriaRole.Group)).ToHaveAccessibleNameAsync("A2 工艺规范");
    }

    [Fact]
    public async Task A_chinese_tablet_says_statuses_entry_kinds_and_refusals_in_chinese_and_the_chief_opens_sheets_by_keyboard()
    {
        var contest = await TestContest.CreateAsync(fixture);
        (await contest.MarkAsync("C2", "J1", "B1", 3m)).EnsureSuccessStatusCode();
        await using var chief = await Infrastructure.Tablet.SignInAsync(fixture, contest, "CHIEF", Infrastructure.Tablet.Landscape);
        var page = chief.Page;
        await Expect(page.GetByTestId("assignment-status")).ToHaveTextAsync("评分中");

        await page.Locator(".card").First.ClickAsync();
        await Expect(page.GetByTestId("event-status")).ToHaveTextAsync("评分中");

        // The row is reached by the keyboard and opened with Enter.
        var row = page.Locator("[data-testid='chief-board'] tr[data-competitor='C2']");
        await row.FocusAsync();
        await Expect(row).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(page.Locator("[data-testid='audit'] tr[data-kind='mark-entered']")).ToContainTextAsync("录入评分");
        await Expect(page.GetByTestId("audit")).Not.ToContainTextAsync("mark-entered");

        // A re-mark request without a note is refused with reason-required: said in Chinese, not the server's English.
        await page.Locator("[data-aspect='B1'] [data-judge='J1'] [data-testid='request-remark']").ClickAsync();
        await page.Locator("[data-testid='action-form'] button[type='submit']").ClickAsync();
        await Expect(page.GetByTestId("action-error")).ToHaveTextAsync("必须填写原因，原因将记入审计记录。");

        // The same refusal in English when the chief switches language (the form is a modal dialog: closed first).
        await page.Keyboard.PressAsync("Escape");
        await page.Locator("header.bar button.link", new() { HasText = "English" }).ClickAsync();
        await page.Locator("[data-aspect='B1'] [data-judge='J1'] [data-testid='request-remark']").ClickAsync();
        await page.Locator("[data-testid='action-form'] button[type='submit']").ClickAsync();
        await Expect(page.GetByTestId("action-error")).ToHaveTextAsync("A reason is required; it is kept in the audit trail.");
        await Expect(page.Locator("[data-testid='audit'] tr[data-kind='mark-entered']")).ToContainTextAsync("Mark entered");
    }

    [Fact]
    public async Task A_refused_sign_in_code_is_explained_in_the_tablet_language()
    {
        var browser = await fixture.BrowserAsync();
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = fixture.BaseAddress.ToString(),
            ViewportSize = Infrastructure.Tablet.Portrait,
            Locale = "zh-CN",
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/judge/#/sign-in/not-a-real-code");
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("登录码无效、已使用或已过期");
    }
}
