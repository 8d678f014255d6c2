using System.Text.Json.Serialization;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Sessions;
using Competitions.Integration.Tests.Infrastructure;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace Competitions.Integration.Tests.Durability;

/// <summary>One silo and two web node processes; the web node a viewer watches through is killed with SIGKILL.</summary>
public sealed class WebNodeFailureTests
{
    [Fact]
    public async Task Viewers_of_a_dead_web_node_reconnect_to_another_and_catch_up_with_no_gap()
    {
        await using var database = await PostgresDatabase.CreateAsync();
        var clusterId = $"web-{Guid.NewGuid():N}"[..12];
        var key = SecretHash.NewSecret();
        await using var silo = HostProcess.StartSilo(database.ConnectionString, clusterId, HostProcess.FreePort(), HostProcess.FreePort());
        var (portA, portB) = (HostProcess.FreePort(), HostProcess.FreePort());
        var webA = HostProcess.StartWeb(database.ConnectionString, clusterId, portA, key);
        await using var webB = HostProcess.StartWeb(database.ConnectionString, clusterId, portB, key);
        using var organizerA = await CrashRecoveryTests.ConnectAsync(portA, key, silo, webA);
        using var organizerB = await CrashRecoveryTests.ConnectAsync(portB, key, silo, webB);
        var contest = await TestContest.CreateAsync(organizerB);

        await using var viewer = Viewer(portA);
        var pushed = new List<LeaderboardDelta>();
        viewer.On<LeaderboardDelta>("boardChanged", d => { lock (pushed) { pushed.Add(d); } });
        await viewer.StartAsync();
        var board = await viewer.InvokeAsync<LeaderboardView>("WatchPublicBoard", contest.ContestId, TestContest.EventCode);
        (await contest.MarkAsync("C1", "J1", "A2", 3m)).EnsureSuccessStatusCode();
        await WaitUntil(() => { lock (pushed) { return pushed.Any(d => d.ToVersion > board.Version); } });
        lock (pushed)
        {
            board = pushed.Aggregate(board, Boards.PublicFeedTests.Apply);
        }

        webA.Kill();
        await webA.DisposeAsync();
        // Judges keep marking through the surviving node while the viewer is cut off.
        await contest.CompleteSheetAsync("C2");
        await contest.CompleteSheetAsync("C3", judgementScore: 3m);

        await using var reconnected = Viewer(portB);
        await reconnected.StartAsync();
        var missed = await reconnected.InvokeAsync<LeaderboardCatchUp>("CatchUpPublic", contest.ContestId, TestContest.EventCode, board.Epoch, board.Version);
        Assert.Null(missed.Snapshot);
        board = missed.Deltas.Aggregate(board, Boards.PublicFeedTests.Apply);

        var server = await (await organizerB.GetAsync($"/api/public/contests/{contest.ContestId}/events/{TestContest.EventCode}/leaderboard")).ReadAsync<LeaderboardView>();
        Assert.Equal(server.Version, board.Version);
        Assert.Equal(server.Rows, board.Rows);
        Assert.Equal(["张强", "李娜", "王伟"], board.Rows.Select(r => r.Name));
    }

    private static HubConnection Viewer(int port) => new HubConnectionBuilder()
        .WithUrl(new Uri($"http://127.0.0.1:{port}/hubs/live"), o =>
        {
            o.SkipNegotiation = true;
            o.Transports = HttpTransportType.WebSockets;
        })
        .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
        .Build();

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 100 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        Assert.True(condition());
    }
}
