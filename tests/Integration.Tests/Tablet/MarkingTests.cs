using System.Text.Json;
using System.Text.Json.Nodes;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Tablet;

[Collection(ClusterCollection.Name)]
public sealed class MarkingTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_judge_signs_in_with_a_code_and_the_marks_he_enters_are_on_the_server()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Portrait);
        await tablet.ScreenshotAsync("judge-events-portrait");

        await tablet.Page.Locator(".card").First.ClickAsync();
        await Expect(tablet.Page.GetByTestId("competitors").Locator("[data-competitor]")).ToHaveCountAsync(3);
        await tablet.OpenCompetitorAsync("C2");
        await tablet.MeasureAsync("A1", "3.5");
        await tablet.ScoreAsync("A2", 2);
        await tablet.ScoreAsync("B1", 3);

        foreach (var aspect in new[] { "A1", "A2", "B1" })
        {
            await Expect(tablet.MarkStatus(aspect)).ToHaveAttributeAsync("data-status", "synced");
        }

        await tablet.ScreenshotAsync("judge-sheet-portrait");
        var sheet = await contest.SheetAsync("C2");
        Assert.Equal(
            [("A1", 3.5m), ("A2", 2m), ("B1", 3m)],
            sheet.Aspects.SelectMany(a => a.JudgeMarks.Where(m => m.JudgeId == "J1").Select(m => (a.AspectId, m.Value))));
    }

    [Fact]
    public async Task Twenty_marks_entered_offline_survive_a_reload_and_are_stored_exactly_once()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Landscape);
        var page = tablet.Page;
        // The app shell must be cached by the service worker before the network goes.
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        await tablet.Context.SetOfflineAsync(true);
        await page.Locator(".card").First.ClickAsync();
        var competitors = new[] { "C1", "C2", "C3" };
        for (var i = 0; i < 20; i++)
        {
            if (i % 4 == 0)
            {
                await page.GotoAsync($"/judge/#/event/{TestContest.EventCode}/competitor/{competitors[i / 4 % 3]}");
                await page.Locator(".sheet h2").WaitForAsync();
            }

            await tablet.ScoreAsync(i % 2 == 0 ? "A2" : "B1", i % 4);
        }

        await Expect(page.GetByTestId("connection")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("offline"));
        await WaitForOutboxAsync(page, "pending");

        await page.ReloadAsync();
        await page.Locator(".sheet h2").WaitForAsync();
        await Expect(page.Locator("[data-testid='mark-status'][data-status='pending']")).ToHaveCountAsync(2);
        await WaitForOutboxAsync(page, "pending");
        await tablet.ScreenshotAsync("judge-sheet-offline-landscape");

        var markRequests = 0;
        page.Response += (_, response) => markRequests += response.Url.EndsWith($"/api/contests/{contest.ContestId}/marks", StringComparison.Ordinal) ? 1 : 0;
        await tablet.Context.SetOfflineAsync(false);
        await WaitForOutboxAsync(page, "synced");

        // The backlog went as one outbox batch, not twenty requests.
        Assert.Equal(1, markRequests);

        var eventKey = $"{contest.ContestId}/{TestContest.EventCode}";
        Assert.Equal(20L, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE event_key = '{eventKey}' AND judge_id = 'J1'"));
        Assert.Equal(20L, await fixture.Database.ScalarAsync<long>($"SELECT count(DISTINCT entry_id) FROM ledger_entries WHERE event_key = '{eventKey}' AND judge_id = 'J1'"));
        var ordered = await fixture.Database.ScalarAsync<bool>($"""
            SELECT bool_and(ok) FROM (
              SELECT recorded_at >= lag(recorded_at, 1, recorded_at) OVER (ORDER BY recorded_at) AS ok
              FROM ledger_entries WHERE event_key = '{eventKey}' AND judge_id = 'J1') s
            """);
        Assert.True(ordered);
    }

    [Fact]
    public async Task A_recused_competitor_is_not_listed_and_a_forged_mark_for_him_is_refused()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J2", Infrastructure.Tablet.Portrait);

        await tablet.Page.Locator(".card").First.ClickAsync();
        var listed = tablet.Page.GetByTestId("competitors").Locator("[data-competitor]");
        await Expect(listed).ToHaveCountAsync(2);
        Assert.Equal(["C2", "C3"], await listed.EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.competitor)"));

        var status = await tablet.Page.EvaluateAsync<int>("""
            async ([path, token]) => (await fetch(path, {
                method: 'POST',
                headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
                body: JSON.stringify({ markId: crypto.randomUUID(), aspectId: 'A2', value: 2 })
            })).status
            """, new[] { $"{contest.EventPath}/competitors/C1/marks", await tablet.TokenAsync() });
        Assert.Equal(403, status);
        Assert.Empty(await contest.LedgerAsync("C1"));
    }

    [Fact]
    public async Task An_out_of_range_mark_forged_past_the_ui_is_rejected_and_the_tablet_shows_why()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Landscape);
        // Rewrite the mark on its way out, as a tampered client would.
        await tablet.Page.RouteAsync("**/marks", async route =>
        {
            var body = JsonNode.Parse(route.Request.PostData!)!;
            body["marks"]![0]!["value"] = 7;
            await route.ContinueAsync(new RouteContinueOptions { PostData = System.Text.Encoding.UTF8.GetBytes(body.ToJsonString()) });
        });

        await tablet.Page.Locator(".card").First.ClickAsync();
        await tablet.OpenCompetitorAsync("C2");
        await tablet.ScoreAsync("A2", 2);

        await Expect(tablet.MarkStatus("A2")).ToHaveAttributeAsync("data-status", "rejected");
        // Said in the tablet's language from the refusal's code, not the server's English.
        await Expect(tablet.MarkStatus("A2")).ToContainTextAsync("评价项只能是 0、1、2、3");
        Assert.Empty(await contest.LedgerAsync("C2"));
    }

    [Fact]
    public async Task A_revoked_session_cannot_mark_and_its_queued_marks_stay_on_the_tablet_until_the_judge_signs_in_again()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J4", Infrastructure.Tablet.Portrait);
        await tablet.Page.Locator(".card").First.ClickAsync();
        await tablet.OpenCompetitorAsync("C2");
        await tablet.ScoreAsync("B1", 2);
        await Expect(tablet.MarkStatus("B1")).ToHaveAttributeAsync("data-status", "synced");

        (await contest.Organizer.PostAsync($"/api/contests/{contest.ContestId}/judges/J4/sessions/revoke", null)).EnsureSuccessStatusCode();
        await tablet.ScoreAsync("B1", 3);

        await Expect(tablet.Page.GetByTestId("revoked")).ToBeVisibleAsync();
        await Expect(tablet.MarkStatus("B1")).ToHaveAttributeAsync("data-status", "pending");
        Assert.Single(await contest.LedgerAsync("C2"));

        await tablet.OpenSignInLinkAsync(contest, "J4");
        await Expect(tablet.Page.GetByTestId("revoked")).ToBeHiddenAsync();
        var ledger = await WaitForAsync(() => contest.LedgerAsync("C2"), l => l.Count == 2);
        Assert.Equal(3m, ledger[^1].Value);
    }

    /// <summary>Waits until the tablet's IndexedDB outbox holds exactly 20 entries, all with <paramref name="status"/>.</summary>
    private static async Task WaitForOutboxAsync(IPage page, string status)
    {
        var statuses = await WaitForAsync(
            () => page.EvaluateAsync<string[]>("""
                () => new Promise(resolve => {
                    const open = indexedDB.open('competitions-judge');
                    open.onsuccess = () => {
                        const all = open.result.transaction('outbox').objectStore('outbox').getAll();
                        all.onsuccess = () => resolve(all.result.map(e => e.status));
                    };
                })
                """),
            s => s.Length == 20 && s.All(x => x == status),
            seconds: 30);
        Assert.Equal(Enumerable.Repeat(status, 20), statuses);
    }

    internal static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (true)
        {
            var value = await read();
            if (done(value) || DateTime.UtcNow > deadline)
            {
                return value;
            }

            await Task.Delay(200);
        }
    }
}
