using System.Text;
using Competitions.Domain.Ledger;
using Competitions.Grains.Ledger;
using Competitions.Integration.Tests.Infrastructure;
using Npgsql;

namespace Competitions.Integration.Tests.Exports;

[Collection(ClusterCollection.Name)]
public sealed class LedgerExportTests(CompetitionsFixture fixture)
{
    private static async Task<LedgerVerification> ExportAndVerifyAsync(TestContest contest)
    {
        var bytes = await contest.Organizer.GetByteArrayAsync($"{contest.EventPath}/exports/ledger.csv");
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return LedgerVerification.Verify(reader);
    }

    [Fact]
    public async Task The_exported_ledger_verifies_offline_and_an_edit_in_the_database_is_reported_by_stream_and_sequence()
    {
        var contest = await PublishedContest.CreateAsync(fixture);
        var eventKey = $"{contest.ContestId}/{TestContest.EventCode}";
        var stored = await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE event_key = '{eventKey}'");

        var intact = await ExportAndVerifyAsync(contest);

        Assert.True(intact.IsIntact, string.Join(Environment.NewLine, intact.Problems));
        Assert.Equal(stored, intact.Rows);
        // Three score sheets and the event's own stream (its status changes).
        Assert.Equal(4, intact.Streams);

        const string Row = "aspect_id = 'B1' AND judge_id = 'J3' AND competitor_id = 'C2'";
        var sequence = await fixture.Database.ScalarAsync<int>($"SELECT sequence FROM ledger_entries WHERE event_key = '{eventKey}' AND {Row}");
        await fixture.Database.ExecuteAsync($"""
            SET session_replication_role = replica;
            UPDATE ledger_entries SET value = value + 1 WHERE event_key = '{eventKey}' AND {Row};
            SET session_replication_role = DEFAULT;
            """);

        var tampered = await ExportAndVerifyAsync(contest);

        var problem = Assert.Single(tampered.Problems);
        Assert.Equal(($"sheet:{eventKey}/C2", sequence), (problem.Stream, problem.Sequence));
        Assert.Contains("edited", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rows_are_stored_as_hash_version_2_and_rows_stored_before_it_as_version_1_still_verify_in_the_store_and_the_export()
    {
        var contest = await PublishedContest.CreateAsync(fixture);
        var eventKey = $"{contest.ContestId}/{TestContest.EventCode}";
        Assert.Equal(0L, await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE event_key = '{eventKey}' AND hash_version <> 2"));

        // One sheet's stream as a database from before version 2 holds it: every row hashed and marked as version 1.
        var stream = $"sheet:{eventKey}/C2";
        var store = new LedgerStore(NpgsqlDataSource.Create(fixture.Database.ConnectionString));
        var rewrite = new StringBuilder("SET session_replication_role = replica;\n");
        var previous = LedgerRecord.GenesisHash;
        foreach (var row in await store.ReadStreamAsync(stream))
        {
            var hash = row.Record.ComputeHash(previous, LedgerRecord.FirstHashVersion);
            rewrite.Append(
                $"UPDATE ledger_entries SET previous_hash = '\\x{Convert.ToHexString(previous)}', hash = '\\x{Convert.ToHexString(hash)}', hash_version = 1 " +
                $"WHERE stream = '{stream}' AND sequence = {row.Record.Sequence};\n");
            previous = hash;
        }

        await fixture.Database.ExecuteAsync(rewrite.Append("SET session_replication_role = DEFAULT;").ToString());
        Assert.True(await fixture.Database.ScalarAsync<long>($"SELECT count(*) FROM ledger_entries WHERE stream = '{stream}' AND hash_version = 1") > 1);

        Assert.Empty(LedgerChain.Verify(await store.ReadEventAsync(eventKey)));
        var exported = await ExportAndVerifyAsync(contest);
        Assert.True(exported.IsIntact, string.Join(Environment.NewLine, exported.Problems));
    }
}
