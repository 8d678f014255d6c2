using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Ledger;
using Competitions.Grains.Ledger;
using Competitions.Integration.Tests.Infrastructure;
using Npgsql;
using Orleans.Runtime;

namespace Competitions.Integration.Tests.Scoring;

/// <summary>A cold contest home page starts from the summaries it saved and puts right what they missed.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ContestBoardColdStartTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task A_cold_contest_board_answers_from_its_saved_summaries_and_then_takes_what_the_ledger_holds_since()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.RecordTheoryAsync("C1", 80m);
        await contest.RecordTheoryAsync("C2", 80m);
        await contest.CompleteSheetAsync("C1");
        var marks = TestContest.ExpectedMarks("C2");
        foreach (var (aspect, judge) in marks.SkipLast(1))
        {
            (await contest.MarkAsync("C2", judge, aspect, 2m)).EnsureSuccessStatusCode();
        }

        var board = fixture.Grains.GetGrain<IContestBoardGrain>(contest.ContestId);
        var before = await Eventually(board, e => e.CompleteSheets == 1);

        await fixture.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        // The board saved its summaries on the way out.
        Assert.Equal(1L, await fixture.Database.ScalarAsync<long>(
            $"SELECT count(*) FROM orleans_storage WHERE grain_type = 'contestboard' AND grain_id_extension LIKE '%{contest.ContestId}'"));

        // C2's last mark committed while nothing was active, as when a silo dies before its boards hear of it.
        var eventKey = $"{contest.ContestId}/{TestContest.EventCode}";
        await using var dataSource = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        await using var store = new LedgerStore(dataSource);
        var (lastAspect, lastJudge) = marks[^1];
        await new LedgerWriter(store, TimeProvider.System, LedgerStreams.Scoresheet($"{eventKey}/C2")).AppendAsync(
            new LedgerRecord(string.Empty, 0, Guid.NewGuid(), LedgerKinds.MarkEntered, eventKey, "C2", lastAspect, lastJudge, lastJudge, "test", 2m, null, null, default));

        var cold = await board.Get();
        Assert.NotEqual(before.Epoch, cold.Epoch);
        Assert.Equal(before.Events.Select(e => e.EventCode), cold.Events.Select(e => e.EventCode));
        // Checked against the event's own board behind the page: the second complete sheet arrives.
        await Eventually(board, e => e.CompleteSheets == 2);
    }

    private static async Task<ContestBoardView> Eventually(IContestBoardGrain board, Func<EventSummary, bool> holds)
    {
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (true)
        {
            var view = await board.Get();
            if (holds(view.Events.Single(e => e.EventCode == TestContest.EventCode)))
            {
                return view;
            }

            Assert.True(DateTime.UtcNow < deadline, $"The contest board still shows {view.Events.Single().CompleteSheets} complete sheets.");
            await Task.Delay(100);
        }
    }
}
