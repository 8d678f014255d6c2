using Competitions.Contracts.Ledger;
using Competitions.Domain.Ledger;
using Competitions.Grains.Ledger;
using Competitions.Integration.Tests.Infrastructure;
using Npgsql;

namespace Competitions.Integration.Tests.Scoring;

/// <summary>Appends from many streams share commits, and each still learns its own outcome.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LedgerGroupCommitTests(CompetitionsFixture fixture)
{
    [Fact]
    public async Task Concurrent_appends_are_all_stored_in_order_and_a_reused_id_or_a_taken_position_fails_alone()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        await using var store = new LedgerStore(dataSource);
        var eventKey = $"g{Guid.NewGuid():N}"[..12] + "/E1";
        var writers = Enumerable.Range(1, 40).Select(i => new LedgerWriter(store, $"sheet:{eventKey}/C{i}")).ToList();

        await Task.WhenAll(writers.Select(async writer =>
        {
            for (var n = 1; n <= 10; n++)
            {
                await writer.AppendAsync(Draft(eventKey, Guid.NewGuid(), n));
            }
        }));

        var stored = await store.ReadEventAsync(eventKey);
        Assert.Equal(400, stored.Count);
        Assert.Empty(LedgerChain.Verify(stored));
        Assert.All(stored.GroupBy(r => r.Record.Stream), stream => Assert.Equal(Enumerable.Range(1, 10).Select(n => (decimal)n), stream.Select(r => r.Record.Value!.Value)));

        // In one burst: a reused entry id on a fresh stream, a stale writer at a taken position, and ten good rows.
        var reused = Row(Draft(eventKey, stored[0].Record.EntryId, 1) with { Stream = $"sheet:{eventKey}/C99", Sequence = 1 });
        var stale = Row(Draft(eventKey, Guid.NewGuid(), 1) with { Stream = stored[0].Record.Stream, Sequence = 1 });
        var good = Enumerable.Range(100, 10).Select(i => new LedgerWriter(store, $"sheet:{eventKey}/C{i}")).ToList();
        var reusedAppend = Assert.ThrowsAsync<LedgerConflictException>(() => store.AppendAsync(reused));
        var staleAppend = Assert.ThrowsAsync<LedgerConflictException>(() => store.AppendAsync(stale));
        await Task.WhenAll(good.Select(writer => writer.AppendAsync(Draft(eventKey, Guid.NewGuid(), 1))));

        Assert.True((await reusedAppend).IsDuplicateEntry);
        Assert.False((await staleAppend).IsDuplicateEntry);
        var after = await store.ReadEventAsync(eventKey);
        Assert.Equal(410, after.Count);
        Assert.Empty(LedgerChain.Verify(after));
        Assert.DoesNotContain(after, r => r.Record.Stream.EndsWith("/C99", StringComparison.Ordinal));
    }

    private static LedgerRecord Draft(string eventKey, Guid entryId, decimal value) =>
        new(string.Empty, 0, entryId, LedgerKinds.MarkEntered, eventKey, "C1", "A1", "J1", "J1", "test", value, null, null, default);

    private static ChainedLedgerRecord Row(LedgerRecord record)
    {
        var recorded = record with { RecordedAt = LedgerRecord.TruncateToMicroseconds(DateTimeOffset.UtcNow) };
        return new ChainedLedgerRecord(recorded, LedgerRecord.GenesisHash, recorded.ComputeHash(LedgerRecord.GenesisHash));
    }
}
