using System.Text;
using Competitions.Domain.Ledger;
using Competitions.Integration.Tests.Infrastructure;

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
}
