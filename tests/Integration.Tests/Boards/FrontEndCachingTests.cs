using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Boards;

/// <summary>What 10,000 phones load once: hashed assets cached for a year and compressed; pages always revalidated.</summary>
[Collection(ClusterCollection.Name)]
public sealed partial class FrontEndCachingTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Hashed_assets_are_immutable_and_compressed_while_pages_and_the_service_worker_are_revalidated()
    {
        using var client = fixture.CreateClient();
        using var page = await client.GetAsync("/board/");
        page.EnsureSuccessStatusCode();
        Assert.True(page.Headers.CacheControl?.NoCache, $"Cache-Control of the page: {page.Headers.CacheControl}");
        using var worker = await client.GetAsync("/judge/sw.js");
        Assert.True(worker.Headers.CacheControl?.NoCache, $"Cache-Control of the service worker: {worker.Headers.CacheControl}");

        var script = AssetPath().Match(await page.Content.ReadAsStringAsync()).Value;
        Assert.StartsWith("/assets/", script);
        using var plain = await client.GetAsync(script);
        using var request = new HttpRequestMessage(HttpMethod.Get, script);
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var compressed = await client.SendAsync(request);

        Assert.Equal(TimeSpan.FromDays(365), compressed.Headers.CacheControl?.MaxAge);
        Assert.Contains("immutable", compressed.Headers.CacheControl!.Extensions.Select(e => e.Name));
        Assert.Equal(["br"], compressed.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        var plainLength = (await plain.Content.ReadAsByteArrayAsync()).Length;
        Assert.True((await compressed.Content.ReadAsByteArrayAsync()).Length < plainLength / 2, "Brotli should at least halve a script.");

        // JSON answers are not compressed: not worth the CPU on every poll (the OpenAPI document is a large one).
        using var api = new HttpRequestMessage(HttpMethod.Get, "/openapi/v1.json");
        api.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue("br"));
        using var json = await client.SendAsync(api);
        json.EnsureSuccessStatusCode();
        Assert.Empty(json.Content.Headers.ContentEncoding);
    }

    [Fact]
    public async Task The_favicon_every_browser_asks_for_is_served_to_anyone_and_revalidated_like_the_pages()
    {
        using var client = fixture.CreateClient();

        using var icon = await client.GetAsync("/favicon.ico");

        Assert.Equal(System.Net.HttpStatusCode.OK, icon.StatusCode);
        Assert.Equal("image/x-icon", icon.Content.Headers.ContentType?.MediaType);
        Assert.True(icon.Headers.CacheControl?.NoCache, $"Cache-Control of the favicon: {icon.Headers.CacheControl}");
        Assert.Equal([0, 0, 1, 0], (await icon.Content.ReadAsByteArrayAsync())[..4]); // an icon file's header
    }

    [GeneratedRegex(@"/assets/[\w.-]+\.js")]
    private static partial Regex AssetPath();
}
