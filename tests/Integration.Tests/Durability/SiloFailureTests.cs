using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Competitions.Contracts;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Scoresheets;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

namespace Competitions.Integration.Tests.Durability;

/// <summary>Three silo processes clustered through PostgreSQL (the project's own ADO.NET clustering SQL) and a web host.</summary>
public sealed class SiloFailureTests
{
    [Fact]
    public async Task Killing_one_silo_of_three_while_judges_mark_loses_and_doubles_nothing()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var clusterId = $"kill-{Guid.NewGuid():N}"[..13];
        var key = SecretHash.NewSecret();
        var silos = Enumerable.Range(0, 3)
            .Select(_ => HostProcess.StartSilo(database.ConnectionString, clusterId, HostProcess.FreePort(), HostProcess.FreePort()))
            .ToList();
        var httpPort = HostProcess.FreePort();
        await using var web = HostProcess.StartWeb(database.ConnectionString, clusterId, httpPort, key);
        try
        {
            using var organizer = await CrashRecoveryTests.ConnectAsync(httpPort, key, silos[0], web);
            await WaitForSilosAsync(database, clusterId, status: 3, count: 3);
            var contest = await TestContest.CreateAsync(organizer);

            // Every expected mark of the three sheets, entered repeatedly by concurrent "tablets" that resend the same
            // mark id until it is acknowledged, as the tablet app does.
            var marks = new[] { "C1", "C2", "C3" }
                .SelectMany(c => TestContest.ExpectedMarks(c).Select(m => (Competitor: c, m.Aspect, m.Judge)))
                .SelectMany(m => Enumerable.Range(0, 4).Select(round => (m.Competitor, m.Aspect, m.Judge, Id: Guid.NewGuid(), Value: m.Aspect == "A1" ? 2.5m + (round % 2) : round % 4)))
                .ToList();
            var acknowledged = new ConcurrentDictionary<Guid, LedgerReceipt>();
            var queue = new ConcurrentQueue<(string Competitor, string Aspect, string Judge, Guid Id, decimal Value)>(marks);
            var killAt = marks.Count / 3;
            var killing = 0;
            long killedAt = 0;
            var waitsAfterKill = new ConcurrentBag<TimeSpan>();

            var tablets = Enumerable.Range(0, 8).Select(async _ =>
            {
                while (queue.TryDequeue(out var mark))
                {
                    var firstTry = Stopwatch.GetTimestamp();
                    var afterKill = Interlocked.Read(ref killedAt) != 0;
                    for (var attempt = 0; ; attempt++)
                    {
                        var response = await TrySendAsync(contest, mark);
                        if (response?.StatusCode == HttpStatusCode.OK)
                        {
                            acknowledged[mark.Id] = await response.ReadAsync<LedgerReceipt>();
                            break;
                        }

                        Assert.True(attempt < 120, $"Mark {mark.Id} never acknowledged: {(response is null ? "no answer" : await response.Content.ReadAsStringAsync())}");
                        await Task.Delay(500);
                    }

                    if (afterKill)
                    {
                        waitsAfterKill.Add(Stopwatch.GetElapsedTime(firstTry));
                    }

                    if (acknowledged.Count >= killAt && Interlocked.Exchange(ref killing, 1) == 0)
                    {
                        silos[1].Kill();
                        Interlocked.Exchange(ref killedAt, Stopwatch.GetTimestamp());
                    }
                }
            }).ToList();
            await Task.WhenAll(tablets);

            Assert.Equal(marks.Count, acknowledged.Count);
            Assert.NotEqual(0, Interlocked.Read(ref killedAt));
            Assert.Equal((long)marks.Count, await database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries WHERE kind = 'mark-entered'"));
            Assert.Equal((long)marks.Count, await database.ScalarAsync<long>("SELECT count(DISTINCT entry_id) FROM ledger_entries WHERE kind = 'mark-entered'"));
            // Scoring resumes within seconds: no mark sent after the kill waited long for its acknowledgement.
            Assert.NotEmpty(waitsAfterKill);
            Assert.True(waitsAfterKill.Max() < TimeSpan.FromSeconds(15), $"A mark waited {waitsAfterKill.Max()} after the kill.");

            // The survivors voted the killed silo dead through the membership table (the project's own clustering SQL).
            await WaitForSilosAsync(database, clusterId, status: 6, count: 1);
            await WaitForSilosAsync(database, clusterId, status: 3, count: 2);

            // Sheets that lived on the killed silo were rebuilt from the ledger; the board must agree with every sheet.
            var board = await contest.LeaderboardAsync();
            foreach (var competitor in new[] { "C1", "C2", "C3" })
            {
                var sheet = await contest.SheetAsync(competitor);
                Assert.Equal(sheet.Total, board.Rows.Single(r => r.CompetitorId == competitor).Total);
                Assert.Equal(sheet.LedgerSequence, await database.ScalarAsync<int>($"SELECT max(sequence) FROM ledger_entries WHERE stream = 'sheet:{contest.ContestId}/E1/{competitor}'"));
            }
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Marks_are_acknowledged_and_boards_push_again_while_the_leaderboards_silo_is_dead()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var clusterId = $"board-{Guid.NewGuid():N}"[..14];
        var key = SecretHash.NewSecret();
        var siloPorts = Enumerable.Range(0, 3).Select(_ => HostProcess.FreePort()).ToList();
        var silos = siloPorts.Select(port => HostProcess.StartSilo(database.ConnectionString, clusterId, port, HostProcess.FreePort())).ToList();
        var httpPort = HostProcess.FreePort();
        await using var web = HostProcess.StartWeb(database.ConnectionString, clusterId, httpPort, key);
        try
        {
            using var organizer = await CrashRecoveryTests.ConnectAsync(httpPort, key, silos[0], web);
            await WaitForSilosAsync(database, clusterId, status: 3, count: 3);
            var contest = await TestContest.CreateAsync(organizer);
            Assert.Equal(HttpStatusCode.OK, (await contest.MarkAsync("C1", "J1", "A1", 2.5m)).StatusCode);

            // A public viewer on the web node, which holds one subscription to the board for all its viewers.
            var pushes = new ConcurrentQueue<DateTimeOffset>();
            await using var viewer = new HubConnectionBuilder()
                .WithUrl($"http://127.0.0.1:{httpPort}/hubs/live", o => (o.SkipNegotiation, o.Transports) = (true, HttpTransportType.WebSockets))
                .Build();
            viewer.On<JsonElement>("boardChanged", _ => pushes.Enqueue(DateTimeOffset.UtcNow));
            await viewer.StartAsync();
            await viewer.InvokeAsync<JsonElement>("WatchPublicBoard", contest.ContestId, TestContest.EventCode);

            var boardSilo = await SiloHoldingAsync(database.ConnectionString, clusterId, Keys.Event(contest.ContestId, TestContest.EventCode));
            silos[siloPorts.IndexOf(boardSilo)].Kill();
            var killedAt = DateTimeOffset.UtcNow;

            // Tablets go on at once, resending each mark with its id until it is acknowledged, while the cluster has not
            // yet declared the silo dead: no acknowledgement may wait for Orleans' response timeout.
            var marks = new[] { "C1", "C2", "C3" }.SelectMany(c => TestContest.ExpectedMarks(c).Select(m => (Competitor: c, m.Aspect, m.Judge))).ToList();
            var waits = await Task.WhenAll(marks.Chunk(marks.Count / 4 + 1).Select(async tablet =>
            {
                var longest = TimeSpan.Zero;
                foreach (var mark in tablet)
                {
                    var clock = Stopwatch.StartNew();
                    await SendUntilAcknowledgedAsync(contest, (mark.Competitor, mark.Aspect, mark.Judge, Guid.NewGuid(), mark.Aspect == "A1" ? 3m : 2m));
                    longest = clock.Elapsed > longest ? clock.Elapsed : longest;
                }

                return longest;
            }));
            Assert.True(waits.Max() < TimeSpan.FromSeconds(10), $"A mark waited {waits.Max()} for its acknowledgement while the board's silo was dead.");

            // The board comes back on a live silo and the web node subscribes to it again by itself: a mark sent now
            // reaches the viewer, long before the feed's periodic renewal would have caught up.
            for (var attempt = 0; !pushes.Any(at => at > killedAt) && attempt < 60; attempt++)
            {
                await SendUntilAcknowledgedAsync(contest, ("C2", "B1", "J1", Guid.NewGuid(), attempt % 4));
                await Task.Delay(250);
            }

            var pushedAgain = pushes.Where(at => at > killedAt).DefaultIfEmpty(DateTimeOffset.MaxValue).Min() - killedAt;
            Assert.True(pushedAgain < TimeSpan.FromSeconds(12), $"The board pushed again only {pushedAgain} after its silo was killed.");

            var board = await contest.LeaderboardAsync();
            foreach (var competitor in new[] { "C1", "C2", "C3" })
            {
                Assert.Equal((await contest.SheetAsync(competitor)).Total, board.Rows.Single(r => r.CompetitorId == competitor).Total);
            }

            Assert.Equal(await database.ScalarAsync<long>("SELECT count(DISTINCT entry_id) FROM ledger_entries WHERE kind = 'mark-entered'"),
                await database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries WHERE kind = 'mark-entered'"));
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    private static async Task SendUntilAcknowledgedAsync(TestContest contest, (string Competitor, string Aspect, string Judge, Guid Id, decimal Value) mark)
    {
        for (var attempt = 0; ; attempt++)
        {
            var response = await TrySendAsync(contest, mark);
            if (response?.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            Assert.True(response is null || response.StatusCode == HttpStatusCode.ServiceUnavailable, $"Mark refused: {(response is null ? "" : await response.Content.ReadAsStringAsync())}");
            Assert.True(attempt < 120, $"Mark {mark.Id} never acknowledged.");
            // The tablet app waits what a 503's Retry-After asks (one second).
            await Task.Delay(response?.Headers.RetryAfter?.Delta ?? TimeSpan.FromMilliseconds(500));
        }
    }

    /// <summary>Asks the cluster, as an Orleans client, the silo port of the board's activation.</summary>
    private static async Task<int> SiloHoldingAsync(string connectionString, string clusterId, string eventKey)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.UseOrleansClient(client =>
        {
            client.Configure<ClusterOptions>(options => (options.ClusterId, options.ServiceId) = (clusterId, "competitions"));
            client.UseAdoNetClustering(options => (options.Invariant, options.ConnectionString) = ("Npgsql", connectionString));
        });
        using var host = builder.Build();
        await host.StartAsync();
        var grains = host.Services.GetRequiredService<IClusterClient>();
        var address = await grains.GetGrain<IManagementGrain>(0).GetActivationAddress(grains.GetGrain<ILeaderboardGrain>(eventKey));
        await host.StopAsync();
        return Assert.IsType<SiloAddress>(address).Endpoint.Port;
    }

    private static async Task<HttpResponseMessage?> TrySendAsync(TestContest contest, (string Competitor, string Aspect, string Judge, Guid Id, decimal Value) mark)
    {
        try
        {
            return await contest.MarkAsync(mark.Competitor, mark.Judge, mark.Aspect, mark.Value, mark.Id);
        }
        catch (HttpRequestException)
        {
            return null;
        }
        catch (TaskCanceledException)
        {
            return null;
        }
    }

    /// <summary>Waits until the membership table lists <paramref name="count"/> silos in <paramref name="status"/> (3 active, 6 dead).</summary>
    private static async Task WaitForSilosAsync(PostgresDatabase database, string clusterId, int status, int count)
    {
        for (var i = 0; i < 180; i++)
        {
            if (await database.ScalarAsync<long>($"SELECT count(*) FROM orleans_membership WHERE deployment_id = '{clusterId}' AND status = {status}") == count)
            {
                return;
            }

            await Task.Delay(500);
        }

        Assert.Fail($"The membership table never listed {count} silos with status {status}.");
    }
}
