using System.Text.RegularExpressions;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Console;

/// <summary>The console switches between Chinese and English like the tablet and the boards, and remembers the choice.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class ConsoleLanguageTests(CompetitionsFixture fixture)
{
    private const string EventCode = "E1";

    // Everything a person reads or hears: the text shown, and the names, hints and titles given to controls.
    private const string ReadableText = """
        () => [document.title, document.body.innerText,
               ...[...document.querySelectorAll('[placeholder], [aria-label], [title]')]
                 .flatMap(e => [e.getAttribute('placeholder'), e.getAttribute('aria-label'), e.getAttribute('title')])]
              .filter(Boolean).join('\n')
        """;

    [GeneratedRegex(@"[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]")]
    private static partial Regex Chinese();

    [Fact]
    public async Task The_console_speaks_english_after_the_switch_chinese_after_switching_back_and_keeps_the_choice_over_a_reload()
    {
        // The organizer's own data is ASCII, so any Chinese left on screen is the console's own words.
        var organizer = fixture.CreateOrganizerClient();
        var contestId = $"l{Guid.NewGuid():N}"[..12];
        await (await organizer.PostJsonAsync("/api/contests",
            new ContestDefinition(contestId, "Spring Cup", new DateOnly(2026, 10, 12), new DateOnly(2026, 10, 14), "Asia/Shanghai", ["Hall A"]))).ReadAsync<ContestView>();
        await (await organizer.PutJsonAsync($"/api/contests/{contestId}/events/{EventCode}", new EventDefinition(EventCode, "Turning", "Hall A", TheoryPercent: 30m, PracticalPercent: 70m)))
            .ReadAsync<EventView>();
        var page = await fixture.ConsolePageAsync(new AccountSetup("Ms Wang", false, [contestId]));
        var screens = Screens(page, contestId);

        foreach (var (_, show, chineseLabel, _) in screens)
        {
            await show();
            await Expect(page.Locator("main")).ToContainTextAsync(chineseLabel);
        }

        await page.GetByTestId("language").ClickAsync();
        await Expect(page.GetByTestId("language")).ToHaveTextAsync("中文");
        await page.ReloadAsync();
        await Expect(page.GetByTestId("language")).ToHaveTextAsync("中文");
        Assert.Equal("en", await page.EvaluateAsync<string>("() => document.documentElement.lang"));
        foreach (var (name, show, _, englishLabel) in screens)
        {
            await show();
            await Expect(page.Locator("main")).ToContainTextAsync(englishLabel);
            // The switch names the other language in that language, as on the tablet and the boards.
            var text = (await page.EvaluateAsync<string>(ReadableText)).Replace("中文", "", StringComparison.Ordinal);
            Assert.False(Chinese().IsMatch(text), $"{name} still says, in English mode: {string.Join(" | ", text.Split('\n').Where(line => Chinese().IsMatch(line)))}");
        }

        await page.GetByTestId("language").ClickAsync();
        await page.ReloadAsync();
        await Expect(page.GetByTestId("language")).ToHaveTextAsync("English");
        foreach (var (_, show, chineseLabel, englishLabel) in screens)
        {
            await show();
            await Expect(page.Locator("main")).ToContainTextAsync(chineseLabel);
            await Expect(page.Locator("main")).Not.ToContainTextAsync(englishLabel);
        }

        await page.Context.DisposeAsync();
    }

    /// <summary>Each screen: how to open it and wait for its data, and a label it shows in Chinese and in English.</summary>
    private static (string Name, Func<Task> Show, string Chinese, string English)[] Screens(IPage page, string contestId) =>
    [
        ("contest list", async () =>
        {
            await page.GotoAsync("/organizer/#/");
            await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Spring Cup" })).ToBeVisibleAsync();
        }, "赛事", "Contests"),
        ("events tab", async () =>
        {
            await page.GotoAsync($"/organizer/#/contest/{contestId}/events");
            await Expect(page.GetByTestId("overview").Locator("tbody tr")).ToHaveCountAsync(1);
            await Expect(page.GetByTestId("medal-counting")).ToBeVisibleAsync();
        }, "赛项进度", "Sheets done"),
        ("event settings", async () =>
        {
            await page.GotoAsync($"/organizer/#/contest/{contestId}/event/{EventCode}/settings");
            await Expect(page.GetByTestId("award-rules")).ToBeVisibleAsync();
        }, "同分排序", "Tie-breaks"),
        ("publish tab", async () =>
        {
            await page.GotoAsync($"/organizer/#/contest/{contestId}/event/{EventCode}/publish");
            await Expect(page.GetByTestId("advance")).ToBeVisibleAsync();
        }, "开始评分", "Start marking"),
        ("persons tab", async () =>
        {
            await page.GotoAsync($"/organizer/#/contest/{contestId}/persons");
            await Expect(page.GetByTestId("person-lookup")).ToBeVisibleAsync();
        }, "按身份证号查询人员档案", "Look up a person by ID number"),
    ];
}
