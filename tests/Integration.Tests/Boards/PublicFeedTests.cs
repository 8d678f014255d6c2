using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Competitions.Contracts.Leaderboards;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Competitions.Integration.Tests.Boards;

[Collection(ClusterCollection.Name)]
public sealed class PublicFeedTests(CompetitionsFixture fixture)
{
    private HubConnection Viewer() => new HubConnectionBuilder()
        .WithUrl(new Uri(fixture.BaseAddress, "/hubs/live"))
        .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter()))
        .Build();

    /// <summary>Applies a delta as the pages do: older ones (already in the snapshot) are skipped, gaps are errors.</summary>
    internal static LeaderboardView Apply(LeaderboardView board, LeaderboardDelta delta)
    {
        if (delta.ToVersion <= board.Version)
        {
            return board;
        }

        Assert.Equal(board.Version, delta.FromVersion);
        var rows = board.Rows.ToDictionary(r => r.Key);
        delta.Removed.ToList().ForEach(key => rows.Remove(key));
        delta.Changed.ToList().ForEach(r => rows[r.Key] = r);
        delta.Ranks.ToList().ForEach(r => rows[r.Key] = rows[r.Key] with { Rank = r.Rank, Award = r.Award });
        return board with { Version = delta.ToVersion, IsFinal = delta.IsFinal, PublicBoard = delta.PublicBoard, Rows = [.. rows.Values.OrderBy(r => r.Rank).ThenBy(r => r.Key, StringComparer.Ordinal)] };
    }

    [Fact]
    public async Task A_viewer_that_reconnects_gets_what_it_missed_and_ends_on_the_servers_board()
    {
        var contest = await TestContest.CreateAsync(fixture);
        var eventKey = $"{contest.ContestId}/{TestContest.EventCode}";
        await using var viewer = Viewer();
        var pushed = new List<LeaderboardDelta>();
        viewer.On<LeaderboardDelta>("boardChanged", d => { lock (pushed) { pushed.Add(d); } });
        await viewer.StartAsync();
        var board = await viewer.InvokeAsync<LeaderboardView>("WatchPublicBoard", contest.ContestId, TestContest.EventCode);

        (await contest.MarkAsync("C1", "J1", "A2", 3m)).EnsureSuccessStatusCode();
        var first = await Eventually(() => { lock (pushed) { return pushed.ToList(); } }, p => p.Count > 0);
        board = first.Aggregate(board, Apply);

        await viewer.StopAsync(); // the connection drops
        await contest.CompleteSheetAsync("C2");
        (await contest.MarkAsync("C3", "J4", "B1", 3m)).EnsureSuccessStatusCode();

        await using var reconnected = Viewer();
        await reconnected.StartAsync();
        var missed = await reconnected.InvokeAsync<LeaderboardCatchUp>("CatchUpPublic", contest.ContestId, TestContest.EventCode, board.Epoch, board.Version);
        Assert.Null(missed.Snapshot);
        Assert.NotEmpty(missed.Deltas);
        board = missed.Deltas.Aggregate(board, Apply);

        var server = await fixture.Grains.GetGrain<ILeaderboardGrain>(eventKey).GetPublic();
        Assert.Equal(server.Version, board.Version);
        Assert.Equal(server.Rows, board.Rows);
    }

    [Fact]
    public async Task A_viewer_too_far_behind_or_from_another_epoch_gets_a_fresh_snapshot()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var viewer = Viewer();
        await viewer.StartAsync();
        var missed = await viewer.InvokeAsync<LeaderboardCatchUp>("CatchUpPublic", contest.ContestId, TestContest.EventCode, "old-epoch", 3L);
        Assert.NotNull(missed.Snapshot);
        Assert.Equal(3, missed.Snapshot!.Rows.Count);
    }

    [Fact]
    public async Task The_public_cannot_watch_the_live_staff_board()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var viewer = Viewer();
        await viewer.StartAsync();
        await Assert.ThrowsAsync<Microsoft.AspNetCore.SignalR.HubException>(() => viewer.InvokeAsync<LeaderboardView>("WatchEvent", contest.ContestId, TestContest.EventCode));
    }

    [Fact]
    public async Task The_server_sent_events_feed_sends_a_snapshot_then_deltas()
    {
        var contest = await TestContest.CreateAsync(fixture);
        using var client = fixture.CreateClient();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        using var response = await client.GetAsync($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/feed", HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));

        var (kind, data) = await NextEventAsync(reader, cancel.Token);
        Assert.Equal("snapshot", kind);
        var snapshot = JsonSerializer.Deserialize<LeaderboardView>(data, Json.Options)!;

        (await contest.MarkAsync("C2", "J2", "A2", 3m)).EnsureSuccessStatusCode();
        (kind, data) = await NextEventAsync(reader, cancel.Token);
        Assert.Equal("delta", kind);
        var delta = JsonSerializer.Deserialize<LeaderboardDelta>(data, Json.Options)!;
        Assert.Equal(snapshot.Version, delta.FromVersion);
        var c2 = snapshot.Rows.Single(r => r.Name == "李娜").Key;
        Assert.Contains(delta.Changed, r => r.Key == c2 && r.Total > 0);
        Assert.All(delta.Ranks, r => Assert.NotEqual(c2, r.Key));
    }

    [Fact]
    public async Task The_public_api_answers_anonymously_and_limits_each_client_per_route()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await using var host = fixture.CreateWebHost(("Public:ReadsPerMinute", "1"), ("Public:ReadBurst", "5"));
        using var client = host.CreateClient();

        var board = await client.GetFromJsonAsync<ContestBoardView>($"/api/public/contests/{contest.ContestId}", Json.Options);
        Assert.Equal("测试大赛", board!.Name);
        Assert.Equal(["E1"], board.Events.Select(e => e.EventCode));
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 6; i++)
        {
            statuses.Add((await client.GetAsync($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.OK));
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/public/contests/{contest.ContestId}")).StatusCode);
    }

    [Fact]
    public async Task Viewers_cause_no_query_in_PostgreSQL()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C1");
        await fixture.Database.ExecuteAsync("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
        using (var warm = fixture.CreateClient())
        {
            (await warm.GetAsync($"/api/public/contests/{contest.ContestId}")).EnsureSuccessStatusCode();
        }

        await fixture.Database.ExecuteAsync("DROP TABLE IF EXISTS snap_pg_stat_statements; CREATE TABLE snap_pg_stat_statements AS SELECT queryid, calls FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())");
        var before = await StatementsAsync();
        var viewers = Enumerable.Range(0, 20).Select(_ => Viewer()).ToList();
        foreach (var viewer in viewers)
        {
            await viewer.StartAsync();
            await viewer.InvokeAsync<LeaderboardView>("WatchPublicBoard", contest.ContestId, TestContest.EventCode);
            await viewer.InvokeAsync<LeaderboardCatchUp>("CatchUpPublic", contest.ContestId, TestContest.EventCode, "x", 0L);
        }

        using (var client = fixture.CreateClient())
        {
            for (var i = 0; i < 20; i++)
            {
                (await client.GetAsync($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard")).EnsureSuccessStatusCode();
                (await client.GetAsync($"/api/public/contests/{contest.ContestId}")).EnsureSuccessStatusCode();
            }
        }

        foreach (var viewer in viewers)
        {
            await viewer.DisposeAsync();
        }

        var after = await StatementsAsync();
        if (after != before)
        {
            Assert.Fail($"Viewers caused {after - before} statements: " + await fixture.Database.ScalarAsync<string>("""
                SELECT string_agg(left(s.query, 200) || ' x' || (s.calls - coalesce(b.calls, 0)), ' | ')
                FROM pg_stat_statements s LEFT JOIN snap_pg_stat_statements b USING (queryid)
                WHERE s.dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND s.calls <> coalesce(b.calls, 0)
                  AND s.query NOT ILIKE '%pg_stat_statements%' AND s.query <> 'DISCARD ALL'
                """));
        }
    }

    /// <summary>
    /// Statements this database has run (pg_stat_statements counts at once), leaving out the counting queries and
    /// the DISCARD ALL with which Npgsql resets the counting connections it pools.
    /// </summary>
    private Task<long> StatementsAsync() => fixture.Database.ScalarAsync<long>("""
        SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT ILIKE '%pg_stat_statements%' AND query <> 'DISCARD ALL'
        """);

    internal static async Task<(string Kind, string Data)> NextEventAsync(StreamReader reader, CancellationToken cancellationToken)
    {
        string? kind = null;
        var data = new List<string>();
        while (await reader.ReadLineAsync(cancellationToken) is { } line)
        {
            if (line.Length == 0 && data.Count > 0)
            {
                return (kind ?? "message", string.Join('\n', data));
            }

            if (line.StartsWith("event:", StringComparison.Ordinal))
            {
                kind = line[6..].Trim();
            }
            else if (line.StartsWith("data:", StringComparison.Ordinal))
            {
                data.Add(line[5..].Trim());
            }
        }

        throw new EndOfStreamException();
    }

    private static async Task<T> Eventually<T>(Func<T> read, Func<T, bool> done)
    {
        for (var i = 0; i < 100; i++)
        {
            var value = read();
            if (done(value))
            {
                return value;
            }

            await Task.Delay(100);
        }

        return read();
    }
}
