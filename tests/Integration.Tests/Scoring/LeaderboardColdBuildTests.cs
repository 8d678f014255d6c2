using Competitions.Contracts.Ledger;
using Competitions.Domain.Ledger;
using Competitions.Grains.Ledger;
using Competitions.Integration.Tests.Infrastructure;
using Npgsql;
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
            var sheet = await contest.SheetAsync(row.CompetitorId!);
            Assert.Equal((sheet.Total, sheet.IsComplete, sheet.Theory), (row.Total, row.IsComplete, row.Theory));
        }
    }

    [Fact]
    public async Task A_mark_in_the_ledger_that_the_saved_board_has_not_seen_is_on_the_cold_board()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C2");
        var before = await contest.LeaderboardAsync();
        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var eventKey = $"{contest.ContestId}/{TestContest.EventCode}";
        // The board saved its standings on the way out.
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM orleans_storage WHERE grain_type = 'leaderboard' AND grain_id_extension LIKE '%{eventKey}'"));

        // A mark committed whose board never heard of it, as when a silo dies between the two: straight into the ledger.
        await using var dataSource = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        await using var store = new LedgerStore(dataSource);
        await new LedgerWriter(store, TimeProvider.System, LedgerStreams.Scoresheet($"{eventKey}/C3")).AppendAsync(
            new LedgerRecord(string.Empty, 0, Guid.NewGuid(), LedgerKinds.MarkEntered, eventKey, "C3", "B1", "J3", "J3", "test", 3m, null, null, default));
        var cold = await contest.LeaderboardAsync();

        var c3 = cold.Rows.Single(r => r.CompetitorId == "C3");
        Assert.Equal(9, before.Rows.Single(r => r.CompetitorId == "C3").MissingMarks);
        Assert.Equal(8, c3.MissingMarks);
        Assert.Equal((await contest.SheetAsync("C3")).Total, c3.Total);
        Assert.Equal(before.Rows.Single(r => r.CompetitorId == "C2"), cold.Rows.Single(r => r.CompetitorId == "C2") with { Rank = before.Rows.Single(r => r.CompetitorId == "C2").Rank });
    }
}
