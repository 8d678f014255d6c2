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
        var writers = Enumerable.Range(1, 40).Select(i => new LedgerWriter(store, TimeProvider.System, $"sheet:{eventKey}/C{i}")).ToList();

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
        var good = Enumerable.Range(100, 10).Select(i => new LedgerWriter(store, TimeProvider.System, $"sheet:{eventKey}/C{i}")).ToList();
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

    [Fact]
    public async Task A_group_is_stored_whole_or_not_at_all_while_the_appends_beside_it_commit()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        await using var store = new LedgerStore(dataSource);
        var eventKey = $"g{Guid.NewGuid():N}"[..12] + "/E1";
        var taken = Guid.NewGuid();
        await new LedgerWriter(store, TimeProvider.System, $"sheet:{eventKey}/C0").AppendAsync(Draft(eventKey, taken, 1));

        // In one burst: a clean group, a group whose middle row reuses a stored entry id, and single rows.
        var clean = new LedgerWriter(store, TimeProvider.System, $"sheet:{eventKey}/C1").AppendGroupAsync([.. Enumerable.Range(1, 3).Select(i => Draft(eventKey, Guid.NewGuid(), i))]);
        var broken = new LedgerWriter(store, TimeProvider.System, $"sheet:{eventKey}/C2").AppendGroupAsync(
            [Draft(eventKey, Guid.NewGuid(), 1), Draft(eventKey, taken, 2), Draft(eventKey, Guid.NewGuid(), 3)]);
        var singles = Enumerable.Range(3, 10).Select(i => new LedgerWriter(store, TimeProvider.System, $"sheet:{eventKey}/C{i}").AppendAsync(Draft(eventKey, Guid.NewGuid(), i))).ToList();

        Assert.Equal([1, 2, 3], (await clean).Select(r => r.Record.Sequence));
        Assert.True((await Assert.ThrowsAsync<LedgerConflictException>(() => broken)).IsDuplicateEntry);
        await Task.WhenAll(singles);
        var stored = await store.ReadEventAsync(eventKey);
        Assert.Empty(LedgerChain.Verify(stored));
        Assert.DoesNotContain(stored, r => r.Record.Stream.EndsWith("/C2", StringComparison.Ordinal));
        Assert.Equal(1 + 3 + 10, stored.Count);
    }

    [Fact]
    public async Task A_row_the_database_refuses_fails_alone_and_the_rows_committed_with_it_are_stored()
    {
        await using var dataSource = NpgsqlDataSource.Create(fixture.Database.ConnectionString);
        await using var store = new LedgerStore(dataSource);
        var eventKey = $"g{Guid.NewGuid():N}"[..12] + "/E1";

        // numeric(12,4) holds less than 10^8: this value makes PostgreSQL refuse the whole statement it is in. Writers
        // refuse it before it reaches the store (LedgerEntryRules); the store must still survive a row that slips by.
        var oversized = store.AppendAsync(Row(Draft(eventKey, Guid.NewGuid(), 1_000_000_000m) with { Stream = $"sheet:{eventKey}/C0", Sequence = 1 }));
        var good = Enumerable.Range(1, 30).Select(i => new LedgerWriter(store, TimeProvider.System, $"sheet:{eventKey}/C{i}").AppendAsync(Draft(eventKey, Guid.NewGuid(), i))).ToList();

        await Assert.ThrowsAsync<PostgresException>(() => oversized);
        await Task.WhenAll(good);
        var stored = await store.ReadEventAsync(eventKey);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (decimal)i).Order(), stored.Select(r => r.Record.Value!.Value).Order());
    }

    private static LedgerRecord Draft(string eventKey, Guid entryId, decimal value) =>
        new(string.Empty, 0, entryId, LedgerKinds.MarkEntered, eventKey, "C1", "A1", "J1", "J1", "test", value, null, null, default);

    private static ChainedLedgerRecord Row(LedgerRecord record)
    {
        var recorded = record with { RecordedAt = LedgerRecord.TruncateToMicroseconds(DateTimeOffset.UtcNow) };
        return ChainedLedgerRecord.Chain(recorded, LedgerRecord.GenesisHash);
    }
}
