using System.Diagnostics;
using System.Net;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Boards;

/// <summary>The public API's limits as configured by default (docs/api.md, "Rate limits").</summary>
[Collection(ClusterCollection.Name)]
public sealed class PublicRateLimitTests(CompetitionsFixture fixture)
{
    /// <summary>
    /// 500 spectators behind one venue NAT open the contest home at the same moment (the results are about to be
    /// shown) and poll it every 5 s as the page does, in step, for a minute: 6,000 requests from one address, every
    /// one answered. (The old limit, 600 a minute per address, refused nine in ten of them.)
    /// </summary>
    [Fact]
    public async Task Five_hundred_spectators_behind_one_address_polling_the_contest_home_for_a_minute_are_all_served()
    {
        const int spectators = 500;
        const int polls = 12;
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        using var venue = fixture.CreateClientFrom(CompetitionsFixture.NewLoopbackAddress());
        var home = $"/api/public/contests/{contest.ContestId}";
        var clock = Stopwatch.StartNew();
        var statuses = new List<HttpStatusCode>();
        var lastPollStarted = TimeSpan.Zero;

        for (var poll = 0; poll < polls; poll++)
        {
            var due = TimeSpan.FromSeconds(5 * poll) - clock.Elapsed;
            if (due > TimeSpan.Zero)
            {
                await Task.Delay(due);
            }

            lastPollStarted = clock.Elapsed;
            statuses.AddRange(await Task.WhenAll(Enumerable.Range(0, spectators).Select(async _ =>
            {
                using var response = await venue.GetAsync(home);
                return response.StatusCode;
            })));
        }

        Assert.True(lastPollStarted < TimeSpan.FromMinutes(1), $"the last poll started after {lastPollStarted}");
        Assert.Equal(spectators * polls, statuses.Count);
        Assert.All(statuses, status => Assert.Equal(HttpStatusCode.OK, status));
    }

    [Fact]
    public async Task The_feed_is_limited_by_streams_open_at_once_from_an_address()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        await using var node = WebNode.Start(fixture.CreateWebHost(("Public:FeedsPerAddress", "1")));
        using var client = new HttpClient { BaseAddress = node.BaseAddress };
        var feed = $"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/feed";

        var first = await client.GetAsync(feed, HttpCompletionOption.ResponseHeadersRead);
        using var second = await client.GetAsync(feed, HttpCompletionOption.ResponseHeadersRead);
        first.Dispose();
        using var afterClosing = await PollAsync(() => client.GetAsync(feed, HttpCompletionOption.ResponseHeadersRead));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, second.StatusCode);
        Assert.Equal(HttpStatusCode.OK, afterClosing.StatusCode);
    }

    /// <summary>The server notices a closed stream a moment after the client drops it.</summary>
    private static async Task<HttpResponseMessage> PollAsync(Func<Task<HttpResponseMessage>> request)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await request();
            if (response.StatusCode != HttpStatusCode.TooManyRequests || attempt == 50)
            {
                return response;
            }

            response.Dispose();
            await Task.Delay(100);
        }
    }
}
