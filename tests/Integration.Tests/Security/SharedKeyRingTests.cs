using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Competitions.Contracts.Accounts;
using Competitions.Contracts.Events;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;
using Competitions.Web.Security;

namespace Competitions.Integration.Tests.Security;

/// <summary>
/// Web nodes share Data Protection's key ring through PostgreSQL. Each test keeps the ring in a database of its own
/// (migrated like any other), so it can count the keys and show that a node on another ring refuses the same cookie:
/// the nodes agree because of the table, not because they happen to share a folder on this machine.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class SharedKeyRingTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_console_cookie_and_its_anti_forgery_token_from_one_web_node_work_on_another_and_after_a_restart()
    {
        await using var keys = await PostgresDatabase.CreateAsync();
        var contest = await TestContest.CreateAsync(fixture, startScoring: false);
        var cookies = new CookieContainer();
        string token;
        await using (var nodeA = StartNode(keys))
        await using (var nodeB = StartNode(keys))
        {
            token = await SignInAsync(nodeA, cookies, contest.ContestId);
            Assert.Equal(1L, await keys.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys"));

            using var onB = Client(nodeB, cookies, token);
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/api/account")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await onB.PutJsonAsync($"/api/contests/{contest.ContestId}/events/E2", new EventDefinition("E2", "焊工", "实训楼A"))).StatusCode);
            using var withoutToken = Client(nodeB, cookies, token: null);
            Assert.Equal(HttpStatusCode.BadRequest, (await withoutToken.PutJsonAsync($"/api/contests/{contest.ContestId}/events/E4", new EventDefinition("E4", "钳工", "实训楼A"))).StatusCode);
        }

        await using (var restartedA = StartNode(keys))
        {
            using var again = Client(restartedA, cookies, token);
            Assert.Equal(HttpStatusCode.OK, (await again.GetAsync("/api/account")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await again.PutJsonAsync($"/api/contests/{contest.ContestId}/events/E3", new EventDefinition("E3", "车工", "实训楼A"))).StatusCode);
        }

        Assert.Equal(1L, await keys.ScalarAsync<long>("SELECT count(*) FROM data_protection_keys"));
        await using var otherKeys = await PostgresDatabase.CreateAsync();
        await using var otherRing = StartNode(otherKeys);
        using var stranger = Client(otherRing, cookies, token);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/api/account")).StatusCode);
        var events = (await (await contest.Organizer.GetAsync($"/api/contests/{contest.ContestId}")).ReadAsync<Competitions.Contracts.Contests.ContestView>()).EventCodes;
        Assert.Contains("E2", events);
        Assert.Contains("E3", events);
        Assert.DoesNotContain("E4", events);
    }

    [Fact]
    public async Task With_a_certificate_configured_the_stored_keys_are_encrypted_and_every_node_reads_them()
    {
        await using var keys = await PostgresDatabase.CreateAsync();
        var certificatePath = Path.Combine(Path.GetTempPath(), $"dp-{Guid.NewGuid():N}.pfx");
        var password = SecretHash.NewSecret();
        using (var rsa = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=competitions-data-protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            await File.WriteAllBytesAsync(certificatePath, certificate.Export(X509ContentType.Pfx, password));
        }

        try
        {
            (string, string)[] certificate = [(DataProtectionSetup.CertificatePathSetting, certificatePath), (DataProtectionSetup.CertificatePasswordSetting, password)];
            var contest = await TestContest.CreateAsync(fixture, startScoring: false);
            var cookies = new CookieContainer();
            await using var nodeA = StartNode(keys, certificate);
            await using var nodeB = StartNode(keys, certificate);

            var token = await SignInAsync(nodeA, cookies, contest.ContestId);
            using var onB = Client(nodeB, cookies, token);

            Assert.Equal(HttpStatusCode.OK, (await onB.PutJsonAsync($"/api/contests/{contest.ContestId}/events/E2", new EventDefinition("E2", "焊工", "实训楼A"))).StatusCode);
            var stored = await keys.ScalarAsync<string>("SELECT xml FROM data_protection_keys");
            Assert.Contains("EncryptedXmlDecryptor", stored, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", stored, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(certificatePath);
        }
    }

    private WebNode StartNode(PostgresDatabase keys, params (string, string)[] settings) =>
        WebNode.Start(fixture.CreateWebHost([("ConnectionStrings:Competitions", keys.ConnectionString), .. settings]));

    /// <summary>
    /// Every node listens on 127.0.0.1 and cookies do not depend on the port, so one cookie container carries the
    /// console's cookies from node to node, as a browser does behind one proxy address.
    /// </summary>
    private static HttpClient Client(WebNode node, CookieContainer cookies, string? token)
    {
        var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = node.BaseAddress };
        if (token is not null)
        {
            client.DefaultRequestHeaders.Add(AuthenticationSetup.AntiforgeryHeader, token);
        }

        return client;
    }

    /// <summary>Signs a new organizer of the contest in on the node; returns the anti-forgery token the console keeps.</summary>
    private async Task<string> SignInAsync(WebNode node, CookieContainer cookies, string contestId)
    {
        var userName = $"u{Guid.NewGuid():N}"[..16];
        var password = SecretHash.NewSecret();
        await fixture.Grains.GetGrain<IAccountGrain>(userName).Save(new AccountSetup("组委会", false, [contestId], password));
        using var client = Client(node, cookies, token: null);
        (await client.PostJsonAsync("/api/account/sign-in", new SignInPasswordRequest(userName, password))).EnsureSuccessStatusCode();
        return (await (await client.GetAsync("/api/account")).ReadAsync<AccountResponse>()).CsrfToken;
    }
}
