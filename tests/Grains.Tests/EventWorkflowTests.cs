using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Ledger;
using Competitions.Domain.Workflow;
using Competitions.Grains.Ledger;
using Orleans.Core.Internal;

namespace Competitions.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class EventWorkflowTests(GrainCluster cluster)
{
    [Fact]
    public async Task A_resent_status_change_is_answered_again_and_stored_once()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.CompleteSheetsAsync();

        var first = await sample.Event.ChangeStatus(SampleEvent.Organizer, EventStatus.Locked);
        var resent = await sample.Event.ChangeStatus(SampleEvent.Organizer, EventStatus.Locked);

        Assert.Equal(EventStatus.Locked, first.Status);
        Assert.Equal(EventStatus.Locked, resent.Status);
        Assert.Equal(1, await LockRowsAsync(sample));
    }

    [Fact]
    public async Task The_status_is_the_fold_of_the_ledger_even_when_the_state_write_after_it_was_lost()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        // A lock whose ledger row became durable just before the silo died, so the grain's state still says Scoring.
        var writer = new LedgerWriter(cluster.Ledger, cluster.Clock, LedgerStreams.Event(sample.EventKey));
        await writer.AppendAsync(new LedgerRecord(string.Empty, 0, Guid.NewGuid(), LedgerKinds.EventStatusChanged, sample.EventKey,
            null, null, null, "organizer", null, (int)EventStatus.Locked, (int)EventStatus.Scoring, "Scoring → Locked", default));

        await sample.Event.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var view = await sample.Event.Get();

        Assert.Equal(EventStatus.Locked, view.Status);
    }

    [Fact]
    public async Task A_lock_is_refused_with_what_the_ledger_still_misses()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.MarkAsync("C1", "J1", 3.5m);
        await sample.MarkAsync("C1", "J2", 3.5m);
        await sample.MarkAsync("C2", "J1", 3m);

        var refused = await Assert.ThrowsAsync<CompetitionRuleException>(() => sample.Event.ChangeStatus(SampleEvent.Organizer, EventStatus.Locked));

        Assert.Equal("event-incomplete", refused.Code);
        Assert.Equal(1, refused.Figures!["incompleteSheets"]);
        Assert.Equal(1, refused.Figures["missingMarks"]);
        Assert.Contains("M3X9", refused.Message, StringComparison.Ordinal); // C2, by its blind code
        Assert.DoesNotContain("C2", refused.Message, StringComparison.Ordinal);
        Assert.Equal(EventStatus.Scoring, (await sample.Event.Get()).Status);
    }

    [Fact]
    public async Task A_lock_whose_row_is_stored_but_whose_answer_was_lost_is_stored_once_when_resent()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.CompleteSheetsAsync();

        cluster.Ledger.FailNextAppends(1, afterStoring: true);
        await Assert.ThrowsAnyAsync<Exception>(() => sample.Event.ChangeStatus(SampleEvent.Organizer, EventStatus.Locked));
        var resent = await sample.Event.ChangeStatus(SampleEvent.Organizer, EventStatus.Locked);

        Assert.Equal(EventStatus.Locked, resent.Status);
        Assert.Equal(1, await LockRowsAsync(sample));
    }

    [Fact]
    public async Task A_blind_code_given_twice_is_refused_because_it_keys_a_codes_only_board()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);

        var refused = await Assert.ThrowsAsync<CompetitionRuleException>(() =>
            sample.Event.RegisterCompetitors([new CompetitorEntry("C3", "张强", "Org-C", "宝安区", 3, "K7Q2")]));

        Assert.Equal("competitors-invalid", refused.Code);
        Assert.Contains("K7Q2", refused.Message, StringComparison.Ordinal);
        Assert.Equal(2, (await sample.Event.GetRoster()).Count);
        // Re-entering C1 with its own code is an update, not a clash.
        await sample.Event.RegisterCompetitors([new CompetitorEntry("C1", "王伟", "Org-A", "福田区", 1, "K7Q2")]);
    }

    private async Task<int> LockRowsAsync(SampleEvent sample) =>
        (await cluster.Ledger.ReadStreamAsync(LedgerStreams.Event(sample.EventKey)))
            .Count(r => r.Record.Kind == LedgerKinds.EventStatusChanged && r.Record.Value == (int)EventStatus.Locked);
}
