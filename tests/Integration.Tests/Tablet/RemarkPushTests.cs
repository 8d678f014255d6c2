using System.Collections.Concurrent;
using Competitions.Contracts.Scoresheets;
using Competitions.Integration.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace Competitions.Integration.Tests.Tablet;

[Collection(ClusterCollection.Name)]
public sealed class RemarkPushTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_remark_request_reaches_the_judges_open_tablet_by_push_within_two_seconds()
    {
        var contest = await TestContest.CreateAsync(fixture);
        (await contest.MarkAsync("C2", "J2", "B1", 0m)).EnsureSuccessStatusCode();
        await using var judge = await Infrastructure.Tablet.SignInAsync(fixture, contest, "J2", Infrastructure.Tablet.Portrait);
        var page = judge.Page;

        // Watch the tablet's WebSocket from its start: it must ask for its work and be told of the request.
        var watching = new TaskCompletionSource();
        var told = new ConcurrentQueue<string>();
        page.WebSocket += (_, socket) =>
        {
            socket.FrameSent += (_, frame) =>
            {
                if (frame.Text?.Contains("WatchMyWork", StringComparison.Ordinal) == true)
                {
                    watching.TrySetResult();
                }
            };
            socket.FrameReceived += (_, frame) =>
            {
                if (frame.Text?.Contains("workChanged", StringComparison.Ordinal) == true)
                {
                    told.Enqueue(frame.Text);
                }
            };
        };
        await page.ReloadAsync();
        await page.Locator(".card").First.ClickAsync();
        await judge.OpenCompetitorAsync("C2");
        await watching.Task.WaitAsync(TimeSpan.FromSeconds(15));
        await Task.Delay(500); // WatchMyWork's answer: the connection is in the judge's group

        using var chief = fixture.CreateClient(await contest.SignInAsync("CHIEF"));
        (await chief.PostJsonAsync($"{contest.EventPath}/competitors/C2/remark-requests", new RemarkRequest(Guid.NewGuid(), "J2", "B1", "请复核表面粗糙度")))
            .EnsureSuccessStatusCode();

        // The tablet polls its workload every 5 s; within 2 s, and with the push frame seen, it was the push.
        await Expect(page.Locator("[data-aspect='B1'] [data-testid='remark-request']")).ToContainTextAsync("请复核表面粗糙度", new() { Timeout = 2000 });
        Assert.NotEmpty(told);
    }
}
