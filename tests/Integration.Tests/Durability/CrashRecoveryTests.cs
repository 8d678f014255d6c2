using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Scoresheets;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;

namespace Competitions.Integration.Tests.Durability;

/// <summary>Runs the real silo and web processes on a fresh database and kills them with SIGKILL.</summary>
public sealed class CrashRecoveryTests
{
    [Fact]
    public async Task Acknowledged_marks_survive_a_kill_of_every_process()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var clusterId = $"crash-{Guid.NewGuid():N}"[..14];
        var (siloPort, gatewayPort, httpPort) = (HostProcess.FreePort(), HostProcess.FreePort(), HostProcess.FreePort());
        var key = SecretHash.NewSecret();

        var silo = HostProcess.StartSilo(database.ConnectionString, clusterId, siloPort, gatewayPort);
        var web = HostProcess.StartWeb(database.ConnectionString, clusterId, httpPort, key);
        using var organizer = await ConnectAsync(httpPort, key, silo, web);
        var contest = await TestContest.CreateAsync(organizer);

        // Judges mark concurrently; every mark that got its acknowledgement must outlive the crash.
        var acknowledged = await Task.WhenAll(new[] { "C1", "C2", "C3" }
            .SelectMany(c => TestContest.ExpectedMarks(c).Select(m => (Competitor: c, m.Aspect, m.Judge)))
            .Select(async m =>
            {
                var response = await contest.MarkAsync(m.Competitor, m.Judge, m.Aspect, m.Aspect == "A1" ? 2.5m : 2m);
                return await response.ReadAsync<LedgerReceipt>();
            }));
        var sheetsBefore = await SnapshotAsync(contest);

        silo.Kill();
        web.Kill();
        await silo.DisposeAsync();
        await web.DisposeAsync();

        await using var silo2 = HostProcess.StartSilo(database.ConnectionString, clusterId, siloPort, gatewayPort);
        await using var web2 = HostProcess.StartWeb(database.ConnectionString, clusterId, httpPort, key);
        using var reconnected = await ConnectAsync(httpPort, key, silo2, web2);
        var after = new TestContest(reconnected, contest.ContestId);

        Assert.Equal(sheetsBefore, await SnapshotAsync(after));
        Assert.Equal(acknowledged.Length, await database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries WHERE kind = 'mark-entered'"));
    }

    [Fact]
    public async Task A_tablet_hears_503_with_retry_after_within_seconds_while_the_cluster_is_gone_and_its_resend_is_stored_once()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var clusterId = $"gone-{Guid.NewGuid():N}"[..13];
        var (siloPort, gatewayPort, httpPort) = (HostProcess.FreePort(), HostProcess.FreePort(), HostProcess.FreePort());
        var key = SecretHash.NewSecret();
        var silo = HostProcess.StartSilo(database.ConnectionString, clusterId, siloPort, gatewayPort);
        await using var web = HostProcess.StartWeb(database.ConnectionString, clusterId, httpPort, key);
        using var organizer = await ConnectAsync(httpPort, key, silo, web);
        var contest = await TestContest.CreateAsync(organizer);
        using var judge = new HttpClient { BaseAddress = organizer.BaseAddress };
        judge.DefaultRequestHeaders.Authorization = new("Bearer", await contest.SignInAsync("J1"));

        silo.Kill();
        await silo.DisposeAsync();
        var markId = Guid.NewGuid();
        var clock = Stopwatch.StartNew();
        var refused = await contest.MarkAsync("C2", "J1", "A1", 2.5m, markId, judge);

        // Not Orleans' response timeout: the web node gives up within its budget and says when to resend.
        Assert.Equal(System.Net.HttpStatusCode.ServiceUnavailable, refused.StatusCode);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"The answer took {clock.Elapsed}.");
        Assert.Equal(TimeSpan.FromSeconds(1), refused.Headers.RetryAfter?.Delta);
        Assert.Equal("unavailable", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());

        await using var restarted = HostProcess.StartSilo(database.ConnectionString, clusterId, siloPort, gatewayPort);
        HttpResponseMessage resent;
        do
        {
            await Task.Delay(TimeSpan.FromSeconds(1));
            resent = await contest.MarkAsync("C2", "J1", "A1", 2.5m, markId, judge);
        }
        while (resent.StatusCode == System.Net.HttpStatusCode.ServiceUnavailable && clock.Elapsed < TimeSpan.FromSeconds(120));

        Assert.Equal(System.Net.HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(markId, (await resent.ReadAsync<LedgerReceipt>()).EntryId);
        Assert.Equal(1, await database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE entry_id = '{markId}'"));
    }

    private static async Task<string> SnapshotAsync(TestContest contest)
    {
        var sheets = new List<ScoresheetView>();
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            sheets.Add(await contest.SheetAsync(competitor));
        }

        var board = await contest.LeaderboardAsync();
        // The board's version counts changes since activation, so it is left out of the comparison.
        return JsonSerializer.Serialize(new { sheets, rows = board.Rows }, Json.Options);
    }

    internal static async Task<HttpClient> ConnectAsync(int httpPort, string key, HostProcess silo, HostProcess web)
    {
        var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{httpPort}") };
        client.DefaultRequestHeaders.Authorization = new("Bearer", key);
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(60))
        {
            try
            {
                // A grain call through the web host proves the silo, the gateway and the client are all up.
                var response = await client.GetAsync("/api/contests/probe");
                if ((int)response.StatusCode is 404 or 200)
                {
                    return client;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(250);
        }

        client.Dispose();
        throw new TimeoutException($"The hosts did not come up.\nSilo:\n{silo.Output}\nWeb:\n{web.Output}");
    }
}
