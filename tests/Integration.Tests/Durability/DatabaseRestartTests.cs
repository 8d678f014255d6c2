using System.Collections.Concurrent;
using System.Net;
using Competitions.Contracts.Scoresheets;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;
using Competitions.Web.Api;

namespace Competitions.Integration.Tests.Durability;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class DatabaseRestartCollection
{
    public const string Name = "database restart";
}

/// <summary>
/// Restarts a PostgreSQL (immediate shutdown, as in a crash) while judges mark through a real silo and web host. The
/// server is a private cluster of this test's own (.pgdata-restart), so the one that the other tests, ./run.sh and the
/// benchmarks share never goes down with it.
/// </summary>
[Collection(DatabaseRestartCollection.Name)]
public sealed class DatabaseRestartTests
{
    private const string Cluster = "restart";

    [Fact]
    public async Task Marks_resent_with_the_same_ids_across_a_database_restart_are_neither_lost_nor_doubled()
    {
        await using var database = await PostgresDatabase.CreateAsync(Cluster);
        var clusterId = $"pg-{Guid.NewGuid():N}"[..11];
        var key = SecretHash.NewSecret();
        var httpPort = HostProcess.FreePort();
        await using var silo = HostProcess.StartSilo(database.ConnectionString, clusterId, HostProcess.FreePort(), HostProcess.FreePort());
        await using var web = HostProcess.StartWeb(database.ConnectionString, clusterId, httpPort, key);
        using var organizer = await CrashRecoveryTests.ConnectAsync(httpPort, key, silo, web);
        var contest = await TestContest.CreateAsync(organizer);

        var marks = new[] { "C1", "C2", "C3" }
            .SelectMany(c => TestContest.ExpectedMarks(c).Select(m => (Competitor: c, m.Aspect, m.Judge)))
            .SelectMany(m => Enumerable.Range(0, 10).Select(round => (m.Competitor, m.Aspect, m.Judge, Id: Guid.NewGuid(), Value: m.Aspect == "A1" ? 2.5m + (round % 2) : round % 4)))
            .ToList();
        var queue = new ConcurrentQueue<(string Competitor, string Aspect, string Judge, Guid Id, decimal Value)>(marks);
        var acknowledged = new ConcurrentDictionary<Guid, LedgerReceipt>();
        var refusedDuringRestart = 0;
        var restarting = 0;
        Task? restart = null;

        // Half the tablets send each mark on its own, half send outbox batches of five (where a batch may come back
        // partly stored: only its 503 marks are resent).
        await Task.WhenAll(Enumerable.Range(0, 8).Select(async worker =>
        {
            var batchSize = worker % 2 == 0 ? 1 : 5;
            while (Dequeue(queue, batchSize) is { Count: > 0 } pending)
            {
                for (var attempt = 0; pending.Count > 0; attempt++)
                {
                    HttpResponseMessage? response = null;
                    try
                    {
                        response = batchSize == 1
                            ? await contest.MarkAsync(pending[0].Competitor, pending[0].Judge, pending[0].Aspect, pending[0].Value, pending[0].Id)
                            : await contest.Organizer.PostJsonAsync($"/api/contests/{contest.ContestId}/marks", new MarkBatchRequest(
                                [.. pending.Select(m => new BatchMark(m.Id, TestContest.EventCode, m.Competitor, m.Aspect, m.Value, m.Judge, "test-tablet"))]));
                    }
                    catch (HttpRequestException)
                    {
                    }

                    if (response?.StatusCode == HttpStatusCode.OK)
                    {
                        IEnumerable<(Guid Id, int Status, LedgerReceipt? Receipt)> outcomes = batchSize == 1
                            ? [(pending[0].Id, 200, await response.ReadAsync<LedgerReceipt>())]
                            : (await response.ReadAsync<MarkBatchResponse>()).Outcomes.Select(o => (o.MarkId, o.Status, o.Receipt));
                        foreach (var (id, status, receipt) in outcomes)
                        {
                            Assert.True(status is 200 or 503, $"Mark {id} answered {status}");
                            if (status == 200)
                            {
                                acknowledged[id] = receipt!;
                                pending.RemoveAll(m => m.Id == id);
                            }
                        }
                    }
                    else
                    {
                        // While the database is down the API answers 503 "retry with the same id"; anything else is a bug.
                        Assert.True(response is null || response.StatusCode == HttpStatusCode.ServiceUnavailable, await response!.Content.ReadAsStringAsync());
                    }

                    if (pending.Count > 0)
                    {
                        Interlocked.Increment(ref refusedDuringRestart);
                        Assert.True(attempt < 120, $"Mark {pending[0].Id} was never acknowledged.");
                        await Task.Delay(500);
                    }
                }

                // Early, so that most marks are still to send while the server goes down and comes back.
                if (acknowledged.Count >= marks.Count / 10 && Interlocked.Exchange(ref restarting, 1) == 0)
                {
                    restart = PostgresDatabase.RestartPrivateClusterAsync(Cluster);
                }
            }
        }));
        await restart!;
        // The test's own pooled connections died with the old server.
        Npgsql.NpgsqlConnection.ClearAllPools();

        Assert.Equal(marks.Count, acknowledged.Count);
        Assert.True(refusedDuringRestart > 0, "No mark was sent while the database was down; the test proved nothing.");
        Assert.Equal((long)marks.Count, await database.ScalarAsync<long>("SELECT count(*) FROM ledger_entries WHERE kind = 'mark-entered'"));
        Assert.Equal((long)marks.Count, await database.ScalarAsync<long>("SELECT count(DISTINCT entry_id) FROM ledger_entries WHERE kind = 'mark-entered'"));
        foreach (var (id, receipt) in acknowledged)
        {
            Assert.Equal(id, receipt.EntryId);
        }

        var board = await contest.LeaderboardAsync();
        foreach (var competitor in new[] { "C1", "C2", "C3" })
        {
            var sheet = await contest.SheetAsync(competitor);
            Assert.Equal(sheet.Total, board.Rows.Single(r => r.CompetitorId == competitor).Total);
            Assert.Equal(sheet.LedgerSequence, await database.ScalarAsync<int>($"SELECT max(sequence) FROM ledger_entries WHERE stream = 'sheet:{contest.ContestId}/E1/{competitor}'"));
        }
    }

    private static List<T> Dequeue<T>(ConcurrentQueue<T> queue, int count)
    {
        var taken = new List<T>(count);
        while (taken.Count < count && queue.TryDequeue(out var item))
        {
            taken.Add(item);
        }

        return taken;
    }
}
