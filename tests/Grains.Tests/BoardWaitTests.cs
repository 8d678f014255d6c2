using System.Diagnostics;
using Competitions.Contracts.Leaderboards;
using Competitions.Grains.Scoresheets;

namespace Competitions.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class BoardWaitTests(GrainCluster cluster)
{
    [Fact]
    public async Task A_mark_is_acknowledged_without_waiting_for_a_leaderboard_that_is_slow_to_answer_and_the_board_catches_up()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var board = cluster.Grains.GetGrain<ILeaderboardGrain>(sample.EventKey);
        await board.Get(); // built: the next build is the slow one
        cluster.Ledger.HeadsDelay = TimeSpan.FromSeconds(8);
        try
        {
            await board.Rebuild(); // one-way: the board now spends 8 s reading the ledger before it answers anything
            await Task.Delay(300); // so the rebuild is under way before the mark's update reaches the board

            var watch = Stopwatch.StartNew();
            await sample.MarkAsync("C1", "J1", 3.5m);
            var waited = watch.Elapsed;

            Assert.True(waited < TimeSpan.FromSeconds(3), $"The acknowledgement waited {waited} for the board.");
        }
        finally
        {
            cluster.Ledger.HeadsDelay = TimeSpan.Zero;
        }

        var deadline = DateTime.UtcNow.AddSeconds(20);
        LeaderboardView view;
        do
        {
            view = await board.Get();
        }
        while (view.Rows.Single(r => r.CompetitorId == "C1").MissingMarks != 1 && DateTime.UtcNow < deadline);

        Assert.Equal(1, view.Rows.Single(r => r.CompetitorId == "C1").MissingMarks);
    }
}
