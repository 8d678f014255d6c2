using Competitions.Integration.Tests.Infrastructure;
using Orleans.Runtime;

namespace Competitions.Integration.Tests.Scoring;

/// <summary>A cold leaderboard reads its event's ledger once instead of waking every score sheet.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LeaderboardColdBuildTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_board_built_cold_from_the_ledger_equals_the_live_board_and_every_score_sheet()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C1");
        await contest.CompleteSheetAsync("C2", 1m);
        await contest.RecordTheoryAsync("C2", 81.5m);
        (await contest.MarkAsync("C3", "J3", "B1", 1m)).EnsureSuccessStatusCode();
        (await contest.MarkAsync("C3", "J3", "B1", 3m)).EnsureSuccessStatusCode();
        var live = await contest.LeaderboardAsync();

        // Every idle activation in the cluster goes: boards and sheets alike come back from the ledger.
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var cold = await contest.LeaderboardAsync();

        Assert.NotEqual(live.Epoch, cold.Epoch);
        Assert.Equal(live.Rows, cold.Rows);
        foreach (var row in cold.Rows)
        {
            var sheet = await contest.SheetAsync(row.CompetitorId);
            Assert.Equal((sheet.Total, sheet.IsComplete, sheet.Theory), (row.Total, row.IsComplete, row.Theory));
        }
    }
}
