using Competitions.Contracts;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Scoresheets;
using Competitions.Domain.Ledger;
using Competitions.Grains.Ledger;

namespace Competitions.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class ScoresheetGrainTests(GrainCluster cluster)
{
    [Fact]
    public async Task A_resent_mark_is_stored_once_and_answered_with_the_first_receipt()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var markId = Guid.NewGuid();

        var first = await sample.MarkAsync("C1", "J1", 3.5m, markId);
        var resent = await sample.MarkAsync("C1", "J1", 3.5m, markId);

        Assert.Equal(first, resent);
        Assert.Single(await Stream(sample, "C1"));
    }

    [Theory]
    [InlineData(false)] // the connection dropped before the commit
    [InlineData(true)]  // the commit happened and its answer was lost
    public async Task A_mark_whose_append_failed_with_its_outcome_unknown_is_stored_once_when_resent(bool afterStoring)
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.MarkAsync("C2", "J1", 3m);
        var markId = Guid.NewGuid();

        cluster.Ledger.FailNextAppends(1, afterStoring);
        await Assert.ThrowsAnyAsync<Exception>(() => sample.MarkAsync("C2", "J2", 3m, markId));
        var receipt = await sample.MarkAsync("C2", "J2", 3m, markId);

        Assert.Equal(2, receipt.Sequence);
        var rows = await Stream(sample, "C2");
        Assert.Equal([1, 2], rows.Select(r => r.Record.Sequence));
        Assert.Empty(LedgerChain.Verify(rows));
        await AssertBoardShowsSheet(sample, "C2");
    }

    [Fact]
    public async Task A_batch_resent_after_its_commit_lost_its_answer_brings_the_board_up_to_the_sheet()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.MarkAsync("C1", "J1", 3m);
        var batch = new[] { new MarkSubmission(Guid.NewGuid(), "J2", "A1", 3m, "tablet") };

        cluster.Ledger.FailNextAppends(1, afterStoring: true);
        var first = await sample.Sheet("C1").SubmitMarks(Caller.Judge("J2"), batch);
        var resent = await sample.Sheet("C1").SubmitMarks(Caller.Judge("J2"), batch);

        Assert.Null(Assert.Single(first).Receipt);
        Assert.Equal(2, Assert.Single(resent).Receipt!.Sequence);
        await AssertBoardShowsSheet(sample, "C1");
    }

    /// <summary>The board was built before the lost answer, so only the sheet can tell it of the stored mark.</summary>
    private static async Task AssertBoardShowsSheet(SampleEvent sample, string competitorId)
    {
        var sheet = await sample.Sheet(competitorId).Get();
        var board = await sample.Board.Get();
        var row = board.Rows.Single(r => r.CompetitorId == competitorId);
        Assert.Equal(2, sheet.LedgerSequence);
        Assert.Equal(0, row.MissingMarks);
        Assert.Equal(sheet.Total, row.Total);
    }

    [Fact]
    public async Task A_value_the_ledger_would_round_is_refused_before_any_append()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var appendsBefore = cluster.Ledger.AppendCalls;

        var refused = await Assert.ThrowsAsync<CompetitionRuleException>(() => sample.MarkAsync("C1", "J1", 0.00003m));

        Assert.Equal("value-unstorable", refused.Code);
        Assert.Equal(appendsBefore, cluster.Ledger.AppendCalls);
    }

    [Fact]
    public async Task Ledger_rows_are_stamped_by_the_contest_clock()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        cluster.Clock.Advance(TimeSpan.FromDays(3));

        var receipt = await sample.MarkAsync("C1", "J2", 4m);

        Assert.Equal(LedgerRecord.TruncateToMicroseconds(cluster.Clock.GetUtcNow()), receipt.RecordedAt);
    }

    private Task<IReadOnlyList<ChainedLedgerRecord>> Stream(SampleEvent sample, string competitorId) =>
        cluster.Ledger.ReadStreamAsync(LedgerStreams.Scoresheet($"{sample.EventKey}/{competitorId}"));
}
