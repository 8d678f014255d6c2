using Competitions.Contracts;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Registry;

namespace Competitions.Grains.Tests;

[Collection(GrainClusterCollection.Name)]
public sealed class PersonRegistryTests(GrainCluster cluster)
{
    // Other documents' numbers (5–20 letters and digits), new for each run: tests share the cluster's registry.
    private static string NewIdNumber() => $"H{Random.Shared.Next(100_000_000, 999_999_999)}";

    private IPersonRegistryGrain Registry => cluster.Grains.GetGrain<IPersonRegistryGrain>(0);

    [Fact]
    public async Task A_corrected_id_number_moves_the_entry_to_the_person_it_names_now()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var (mistyped, corrected) = (NewIdNumber(), NewIdNumber());
        await sample.Event.RegisterCompetitors([new CompetitorEntry("C1", "王伟", "Org-A", "福田区", 1, "K7Q2", mistyped, "中级工")]);
        Assert.Equal("C1", Assert.Single((await Registry.FindByIdNumber(SampleEvent.Organizer, mistyped)).Entries).CompetitorId);

        await sample.Event.RegisterCompetitors([new CompetitorEntry("C1", "王伟", "Org-A", "福田区", 1, "K7Q2", corrected, "中级工")]);

        var gone = await Assert.ThrowsAsync<CompetitionRuleException>(() => Registry.FindByIdNumber(SampleEvent.Organizer, mistyped));
        Assert.Equal("person-not-found", gone.Code);
        var history = await Registry.FindByCompetitor(SampleEvent.Organizer, sample.EventKey, "C1");
        var entry = Assert.Single(history.Entries);
        Assert.Equal((sample.ContestId, "C1"), (entry.ContestId, entry.CompetitorId));
    }

    [Fact]
    public async Task Only_organizers_read_a_history()
    {
        var sample = await SampleEvent.CreateAsync(cluster.Grains);
        var idNumber = NewIdNumber();
        await sample.Event.RegisterCompetitors([new CompetitorEntry("C1", "王伟", "Org-A", "福田区", 1, "K7Q2", idNumber)]);

        var judge = await Assert.ThrowsAsync<CompetitionRuleException>(() => Registry.FindByIdNumber(Caller.Judge("CHIEF"), idNumber));
        var byEntry = await Assert.ThrowsAsync<CompetitionRuleException>(() => Registry.FindByCompetitor(Caller.Judge("CHIEF"), sample.EventKey, "C1"));

        Assert.Equal(("organizers-only", "organizers-only"), (judge.Code, byEntry.Code));
    }
}
