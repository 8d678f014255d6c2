using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using Competitions.Contracts;
using Competitions.Contracts.Leaderboards;
using Competitions.Web.Live;

namespace Competitions.Web.Api;

/// <summary>
/// Read-only, anonymous, rate-limited per route (<see cref="PublicRateLimits"/>): what the public, big screens and TV
/// graphics may see. Every answer comes from grains' memory (and a one-second output cache); no viewer request reaches
/// PostgreSQL.
/// </summary>
public static class PublicEndpoints
{
    public const string CachePolicy = "public";

    public static IEndpointRouteBuilder MapPublicEndpoints(this IEndpointRouteBuilder app)
    {
        var contests = app.MapGroup("/api/public/contests/{contestId}")
            .WithTags("Public")
            .AllowAnonymous();

        contests.MapGet("/", async (string contestId, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IContestBoardGrain>(contestId).Get()))
            .CacheOutput(CachePolicy)
            .RequireRateLimiting(PublicRateLimits.ReadsPolicy);

        contests.MapGet("/events/{eventCode}/leaderboard", async (string contestId, string eventCode, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<ILeaderboardGrain>(Keys.Event(contestId, eventCode)).GetPublic()))
            .CacheOutput(CachePolicy)
            .RequireRateLimiting(PublicRateLimits.ReadsPolicy);

        // Server-Sent Events for third parties (TV graphics): a "snapshot" event, then a "delta" per change.
        contests.MapGet("/events/{eventCode}/feed", (string contestId, string eventCode, IGrainFactory grains, LeaderboardFeed feed, CancellationToken cancellationToken) =>
            TypedResults.ServerSentEvents(Feed(Keys.Event(contestId, eventCode), grains, feed, cancellationToken)))
            .RequireRateLimiting(PublicRateLimits.FeedPolicy);

        return app;
    }

    private static async IAsyncEnumerable<SseItem<object>> Feed(
        string eventKey, IGrainFactory grains, LeaderboardFeed feed, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // Subscribe before the snapshot so nothing falls between; deltas the snapshot already contains are skipped.
        await using var deltas = feed.ReadPublicAsync(eventKey, cancellationToken).GetAsyncEnumerator(cancellationToken);
        var pending = deltas.MoveNextAsync();
        var snapshot = await grains.GetGrain<ILeaderboardGrain>(eventKey).GetPublic();
        yield return new SseItem<object>(snapshot, "snapshot");
        while (await pending)
        {
            var delta = deltas.Current;
            if (delta.Epoch != snapshot.Epoch || delta.ToVersion > snapshot.Version)
            {
                yield return new SseItem<object>(delta, "delta");
            }

            pending = deltas.MoveNextAsync();
        }
    }
}
