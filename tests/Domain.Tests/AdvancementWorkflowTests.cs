using Competitions.Domain.Advancement;

namespace Competitions.Domain.Tests;

public sealed class AdvancementWorkflowTests
{
    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_list_is_worked_out_from_published_results_only()
    {
        Assert.Null(AdvancementWorkflow.Decide([]));
        var refusal = AdvancementWorkflow.Decide(["P-A", "P-B"]);
        Assert.Equal("source-not-published", refusal?.Code);
        Assert.Contains("P-A, P-B", refusal!.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(AdvancementStage.Draft, null)]
    [InlineData(AdvancementStage.Announced, null)] // announced again: the periods start over
    [InlineData(AdvancementStage.Committed, "advancement-committed")]
    public void Announcing(AdvancementStage stage, string? refused) =>
        Assert.Equal(refused, AdvancementWorkflow.Announce(stage, [])?.Code);

    [Theory]
    [InlineData(AdvancementStage.Draft, "declined", null)]
    [InlineData(AdvancementStage.Announced, "declined", null)]
    [InlineData(AdvancementStage.Announced, " ", "reason-required")]
    [InlineData(AdvancementStage.Committed, "declined", "advancement-committed")]
    public void Withdrawing(AdvancementStage stage, string reason, string? refused) =>
        Assert.Equal(refused, AdvancementWorkflow.Withdraw(stage, reason)?.Code);

    [Theory]
    [InlineData(AdvancementStage.Draft, 0, "h", 0, true, "advancement-not-announced")]
    [InlineData(AdvancementStage.Committed, 0, "h", 0, true, "advancement-committed")]
    [InlineData(AdvancementStage.Announced, -1, "h", 0, true, "advancement-notice-open")] // a minute before the end
    [InlineData(AdvancementStage.Announced, 0, "h", 0, true, null)] // at the end
    [InlineData(AdvancementStage.Announced, 0, "h", 1, true, "appeals-open")]
    [InlineData(AdvancementStage.Announced, 0, "other", 0, true, "source-results-changed")]
    [InlineData(AdvancementStage.Announced, 0, "h", 0, false, "target-not-in-setup")]
    public void Committing(AdvancementStage stage, int minutesFromEnd, string hashToday, int openAppeals, bool targetInSetup, string? refused) =>
        Assert.Equal(refused, AdvancementWorkflow.Commit(stage, Noon.AddMinutes(minutesFromEnd), Noon, "h", hashToday, openAppeals, targetInSetup)?.Code);

    [Fact]
    public void Changes_after_commit_name_who_now_advances_and_who_no_longer_does()
    {
        var changes = AdvancementChanges.Between(["c1", "c2", "c3"], ["c1", "c3", "c4"]);

        Assert.True(changes.Any);
        Assert.Equal(["c4"], changes.NowAdvancing);
        Assert.Equal(["c2"], changes.NoLongerAdvancing);
        Assert.False(AdvancementChanges.Between(["c1", "c2"], ["c2", "c1"]).Any);
    }
}
