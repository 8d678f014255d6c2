using System.Threading.RateLimiting;
using Competitions.Web.Hosting;
using Microsoft.AspNetCore.RateLimiting;

namespace Competitions.Web.Api;

/// <summary>
/// Limits of the anonymous public API per client address, sized per kind of route (the reasoning and the numbers are
/// in docs/api.md). A whole venue can share one address behind its NAT, so the cached reads must carry hundreds of
/// spectators polling the contest home, while the SSE feed, which holds a connection and reads the grain on every
/// open, is capped by streams open at once.
/// </summary>
public static class PublicRateLimits
{
    /// <summary>The contest home and the event board: answered from the one-second output cache.</summary>
    public const string ReadsPolicy = "public-reads";

    /// <summary>The Server-Sent-Events feed: one long-lived stream per TV graphic.</summary>
    public const string FeedPolicy = "public-feed";

    /// <summary>
    /// Printed documents (the results notice): a PDF costs a node far more than a cached read, and a query string
    /// makes every request a cache miss, so one address may only ask for a few a minute.
    /// </summary>
    public const string DocumentsPolicy = "public-documents";

    public const int DefaultReadsPerMinute = 12_000;

    public const int DefaultReadBurst = 1_000;

    public const int DefaultFeedsPerAddress = 20;

    public const int DefaultDocumentsPerMinute = 30;

    public static RateLimiterOptions AddPublicPolicies(this RateLimiterOptions options, IConfiguration configuration)
    {
        var readsPerMinute = Math.Max(1, configuration.GetValue("Public:ReadsPerMinute", DefaultReadsPerMinute));
        var readBurst = Math.Max(1, configuration.GetValue("Public:ReadBurst", DefaultReadBurst));
        var feedsPerAddress = Math.Max(1, configuration.GetValue("Public:FeedsPerAddress", DefaultFeedsPerAddress));
        var documentsPerMinute = Math.Max(1, configuration.GetValue("Public:DocumentsPerMinute", DefaultDocumentsPerMinute));

        // A bucket per route as well as per address: spectators polling the contest home do not use up the board's.
        options.AddPolicy(ReadsPolicy, http => PerAddressAndRoute(http, readsPerMinute, readBurst));
        options.AddPolicy(DocumentsPolicy, http => PerAddressAndRoute(http, documentsPerMinute, documentsPerMinute));
        options.AddPolicy(FeedPolicy, http => RateLimitPartition.GetConcurrencyLimiter(
            ClientAddresses.Of(http),
            _ => new ConcurrencyLimiterOptions { PermitLimit = feedsPerAddress, QueueLimit = 0 }));
        return options;
    }

    /// <summary>
    /// A token bucket refilled every second rather than once a minute, so a crowd polling steadily never meets an empty
    /// bucket at the top of a window; the burst absorbs everyone opening the page at once.
    /// </summary>
    private static RateLimitPartition<(string, string?)> PerAddressAndRoute(HttpContext http, int perMinute, int burst)
    {
        var (period, tokens) = perMinute >= 60
            ? (TimeSpan.FromSeconds(1), perMinute / 60)
            : (TimeSpan.FromMinutes(1) / perMinute, 1);
        return RateLimitPartition.GetTokenBucketLimiter(
            (ClientAddresses.Of(http), (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText),
            _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = burst,
                TokensPerPeriod = tokens,
                ReplenishmentPeriod = period,
                QueueLimit = 0,
            });
    }
}
