using Competitions.Domain.Ledger;
using Competitions.Grains.Ledger;
using Competitions.Integration.Tests.Infrastructure;
using Npgsql;

namespace Competitions.Integration.Tests.Scoring;

[Collection(ClusterCollection.Name)]
public sealed class LedgerIntegrityTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Stored_chains_verify_and_an_edit_made_directly_in_the_database_is_found()
    {
        var contest = await TestContest.CreateAsync(fixture);
        await contest.CompleteSheetAsync("C2");
        var store = new LedgerStore(NpgsqlDataSource.Create(fixture.Database.ConnectionString));
        var eventKey = $"{contest.ContestId}/{TestContest.EventCode}";

        Assert.Empty(LedgerChain.Verify(await store.ReadEventAsync(eventKey)));

        // The application cannot edit the ledger; someone with the database owner's rights can, and is caught.
        await Assert.ThrowsAsync<PostgresException>(() => fixture.Database.ExecuteAsync(
            $"UPDATE ledger_entries SET value = 3 WHERE event_key = '{eventKey}' AND aspect_id = 'B1' AND judge_id = 'J3'"));
        await fixture.Database.ExecuteAsync($"""
            ALTER TABLE ledger_entries DISABLE TRIGGER ledger_entries_append_only;
            UPDATE ledger_entries SET value = 3 WHERE event_key = '{eventKey}' AND aspect_id = 'B1' AND judge_id = 'J3';
            ALTER TABLE ledger_entries ENABLE TRIGGER ledger_entries_append_only;
            """);

        var problem = Assert.Single(LedgerChain.Verify(await store.ReadEventAsync(eventKey)));
        Assert.Contains("the row was edited", problem, StringComparison.Ordinal);
    }
}
