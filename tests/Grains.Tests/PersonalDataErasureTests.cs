using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Ledger;
using Competitions.Grains.Ledger;

namespace Competitions.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class PersonalDataErasureTests(GrainCluster cluster)
{
    [Fact]
    public async Task Id_numbers_are_erased_once_the_results_are_final_and_no_appeal_is_open_and_only_once()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        await sample.Event.RegisterCompetitors([new CompetitorEntry("C1", "王伟", "Org-A", "福田区", 1, "K7Q2", IdNumber: "11010519491231002X")]);
        await sample.PublishAsync();
        var appeals = cluster.Grains.GetGrain<IEventAppealsGrain>(sample.EventKey);
        var appeal = await appeals.Lodge(Caller.TeamLeader("leader-futian"), "福田区", new AppealRequest("C1", "外圆测量有误", Guid.NewGuid()));

        // Notice period 1 h, appeals 2 h: final after 2 h, and then still not while the appeal is open.
        cluster.Clock.Advance(TimeSpan.FromHours(2) - TimeSpan.FromMinutes(1));
        var early = await Assert.ThrowsAsync<CompetitionRuleException>(() => sample.Event.ErasePersonalData(SampleEvent.Organizer));
        cluster.Clock.Advance(TimeSpan.FromMinutes(2));
        var open = await Assert.ThrowsAsync<CompetitionRuleException>(() => sample.Event.ErasePersonalData(SampleEvent.Organizer));
        var judge = await Assert.ThrowsAsync<CompetitionRuleException>(() => sample.Event.ErasePersonalData(Caller.Judge("CHIEF")));
        await appeals.Decide(Caller.Arbitrator("arbitrator"), appeal.Id, new AppealDecision(false, "测量无误"));
        Assert.Equal("11010519491231002X", (await sample.Event.GetRoster()).Single(c => c.Id == "C1").IdNumber);

        var erased = await sample.Event.ErasePersonalData(SampleEvent.Organizer);
        var again = await sample.Event.ErasePersonalData(SampleEvent.Organizer);

        Assert.Equal(("erasure-too-early", "erasure-appeal-open", "organizers-only"), (early.Code, open.Code, judge.Code));
        Assert.Equal(1, erased.Competitors);
        // The record's list compares by reference: fields are compared apart.
        Assert.Equal(erased with { Fields = [] }, again with { Fields = [] });
        Assert.Equal(erased.Fields, again.Fields);
        Assert.All(await sample.Event.GetRoster(), c => Assert.Null(c.IdNumber));
        var rows = await cluster.Ledger.ReadStreamAsync(LedgerStreams.Event(sample.EventKey));
        var row = Assert.Single(rows, r => r.Record.Kind == LedgerKinds.PersonalDataErased);
        Assert.Equal((erased.EntryId, erased.Sequence, 1m), (row.Record.EntryId, row.Record.Sequence, row.Record.Value));
    }
}
