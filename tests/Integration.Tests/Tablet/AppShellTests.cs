using System.Collections.Concurrent;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Tablet;

/// <summary>What the judges' service worker and code splitting promise a tablet on a venue's Wi-Fi.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AppShellTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_judges_first_screen_loads_without_the_chief_judges_code_and_the_shell_holds_only_the_judges_files()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var scripts = new ConcurrentQueue<string>();
        await using var tablet = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J1", Infrastructure.Tablet.Portrait, page => page.Request += (_, request) =>
        {
            if (request.ResourceType == "script")
            {
                scripts.Enqueue(new Uri(request.Url).AbsolutePath);
            }
        });
        var page = tablet.Page;
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        Assert.DoesNotContain(scripts, s => s.Contains("/ChiefDashboard-", StringComparison.Ordinal));
        var cached = await page.EvaluateAsync<string[]>("""
            async () => (await Promise.all((await caches.keys()).map(async name => (await (await caches.open(name)).keys()).map(r => new URL(r.url).pathname)))).flat()
            """);
        Assert.Contains(cached, c => c.StartsWith("/assets/ChiefDashboard-", StringComparison.Ordinal));
        Assert.Contains("/judge/index.html", cached);
        Assert.DoesNotContain(cached, c => c.StartsWith("/assets/organizer-", StringComparison.Ordinal) || c.StartsWith("/assets/board-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_chief_judge_who_opened_the_tablet_once_opens_the_dashboard_with_no_network()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var chief = await Infrastructure.Tablet.SignInAsync(fixture, contest, "CHIEF", Infrastructure.Tablet.Landscape);
        var page = chief.Page;
        await page.WaitForFunctionAsync("() => navigator.serviceWorker.controller !== null");

        await chief.Context.SetOfflineAsync(true);
        await page.ReloadAsync();
        await page.Locator(".card").First.ClickAsync();

        // The dashboard's code came from the shell; its board waits for the network, its status is the tablet's own copy.
        await Expect(page.GetByTestId("live-state")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("event-status")).ToHaveAttributeAsync("data-status", "Scoring");
    }
}
