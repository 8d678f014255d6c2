using System.Net;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Security;

/// <summary>
/// A web node behind a configured proxy (a real Kestrel port; the proxy is one loopback address, and clients
/// elsewhere on 127.0.0.0/8 are not the proxy) believes X-Forwarded-For and X-Forwarded-Proto from the proxy only.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ForwardedHeadersTests(CompetitionsFixture fixture)
{
    private const int Burst = 3;

    [Fact]
    public async Task Clients_behind_the_proxy_get_their_own_buckets_and_a_forged_header_from_elsewhere_shares_the_callers()
    {
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var proxyAddress = CompetitionsFixture.NewLoopbackAddress();
        await using var node = StartNode(proxyAddress);
        using var proxy = CompetitionsFixture.CreateClientFrom(proxyAddress, node.BaseAddress);
        using var elsewhere = CompetitionsFixture.CreateClientFrom(CompetitionsFixture.NewLoopbackAddress(), node.BaseAddress);
        var home = $"/api/public/contests/{contest.ContestId}";

        var first = await ReadsAsync(proxy, home, "203.0.113.7", Burst + 1);
        var second = await ReadsAsync(proxy, home, "203.0.113.8", 1);
        var forged = await ReadsAsync(elsewhere, home, "198.51.100.1", Burst);
        var forgedAgain = await ReadsAsync(elsewhere, home, "198.51.100.2", 1);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, Burst), HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.OK], second);
        Assert.All(forged, status => Assert.Equal(HttpStatusCode.OK, status));
        Assert.Equal([HttpStatusCode.TooManyRequests], forgedAgain);
    }

    [Fact]
    public async Task The_console_cookie_is_secure_behind_a_TLS_proxy_and_a_forged_scheme_from_elsewhere_changes_nothing()
    {
        var proxyAddress = CompetitionsFixture.NewLoopbackAddress();
        await using var node = StartNode(proxyAddress);
        using var proxy = CompetitionsFixture.CreateClientFrom(proxyAddress, node.BaseAddress);
        using var elsewhere = CompetitionsFixture.CreateClientFrom(CompetitionsFixture.NewLoopbackAddress(), node.BaseAddress);

        var viaTls = await SignInCookieAsync(proxy);
        var forged = await SignInCookieAsync(elsewhere);

        Assert.Contains(viaTls, IsSecure);
        Assert.DoesNotContain(forged, IsSecure);
    }

    private WebNode StartNode(IPAddress proxyAddress) => WebNode.Start(fixture.CreateWebHost(
        ("ForwardedHeaders:KnownProxies:0", proxyAddress.ToString()),
        ("Public:ReadsPerMinute", "1"),
        ("Public:ReadBurst", Burst.ToString(System.Globalization.CultureInfo.InvariantCulture))));

    private static bool IsSecure(string cookieAttribute) => string.Equals(cookieAttribute, "secure", StringComparison.OrdinalIgnoreCase);

    private static async Task<List<HttpStatusCode>> ReadsAsync(HttpClient client, string path, string forwardedFor, int count)
    {
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < count; i++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Add("X-Forwarded-For", forwardedFor);
            using var response = await client.SendAsync(request);
            statuses.Add(response.StatusCode);
        }

        return statuses;
    }

    /// <summary>Signs a new account in over plain HTTP, saying X-Forwarded-Proto: https; returns its cookie's attributes.</summary>
    private async Task<string[]> SignInCookieAsync(HttpClient client)
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        var password = SecretHash.NewSecret();
        await fixture.Grains.GetGrain<IAccountGrain>(userName).Save(new AccountSetup("组委会", false, [], password));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/account/sign-in") { Content = System.Net.Http.Json.JsonContent.Create(new SignInPasswordRequest(userName, password), options: Json.Options) };
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        using var response = await client.SendAsync(request);
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("competitions.organizer=", StringComparison.Ordinal));
        return [.. cookie.Split(';').Skip(1).Select(attribute => attribute.Trim())];
    }
}
