using Competitions.Domain.Ledger;
using Npgsql;

namespace Competitions.Grains.Ledger;

/// <summary>Reads and appends rows of the append-only <c>ledger_entries</c> table.</summary>
public sealed class LedgerStore(NpgsqlDataSource dataSource) : ILedgerStore, IAsyncDisposable
{
    /// <summary>Batches in flight at once: while some commit, the next ones gather.</summary>
    private const int AppendWriters = 4;

    internal const string Columns =
        "stream, sequence, entry_id, kind, event_key, competitor_id, aspect_id, judge_id, actor_id, device_id, " +
        "value, previous_value, reason, recorded_at, previous_hash, hash, hash_version";

    private readonly Lazy<LedgerAppendQueue> _appends = new(() => new LedgerAppendQueue(dataSource, AppendWriters));

    /// <summary>
    /// Appends one row; it is committed (synchronously, with the other rows waiting at that moment) when this
    /// returns. Throws <see cref="LedgerConflictException"/> when the entry id or the stream position is already
    /// taken: the caller's view of the stream is stale and must be reloaded.
    /// </summary>
    public Task AppendAsync(ChainedLedgerRecord row, CancellationToken cancellationToken = default) =>
        _appends.Value.AppendAsync([row], cancellationToken);

    /// <summary>Appends consecutive rows of one stream: all are committed together, or none is.</summary>
    public Task AppendGroupAsync(IReadOnlyList<ChainedLedgerRecord> rows, CancellationToken cancellationToken = default) =>
        _appends.Value.AppendAsync(rows, cancellationToken);

    public Task<IReadOnlyList<ChainedLedgerRecord>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM ledger_entries WHERE stream = $1 ORDER BY sequence", stream, cancellationToken);

    /// <summary>Every stream of an event: its score sheets and the event's own.</summary>
    public Task<IReadOnlyList<ChainedLedgerRecord>> ReadEventAsync(string eventKey, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM ledger_entries WHERE event_key = $1 ORDER BY stream, sequence", eventKey, cancellationToken);

    /// <summary>The given streams' rows, each stream in order.</summary>
    public async Task<IReadOnlyList<ChainedLedgerRecord>> ReadStreamsAsync(IReadOnlyList<string> streams, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM ledger_entries WHERE stream = ANY($1) ORDER BY stream, sequence");
        command.Parameters.Add(new NpgsqlParameter { Value = streams.ToArray() });
        return await ReadRowsAsync(command, cancellationToken);
    }

    /// <summary>The last sequence of each given stream that has rows: one primary-key probe per stream.</summary>
    public async Task<Dictionary<string, int>> ReadHeadsAsync(IReadOnlyList<string> streams, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT s.stream, (SELECT max(l.sequence) FROM ledger_entries l WHERE l.stream = s.stream) FROM unnest($1::text[]) AS s(stream)");
        command.Parameters.Add(new NpgsqlParameter { Value = streams.ToArray() });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var heads = new Dictionary<string, int>(StringComparer.Ordinal);
        while (await reader.ReadAsync(cancellationToken))
        {
            if (!reader.IsDBNull(1))
            {
                heads[reader.GetString(0)] = reader.GetInt32(1);
            }
        }

        return heads;
    }

    public async Task<ChainedLedgerRecord?> FindAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        await using var command = dataSource.CreateCommand($"SELECT {Columns} FROM ledger_entries WHERE entry_id = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = entryId });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? ReadRow(reader) : null;
    }

    private async Task<IReadOnlyList<ChainedLedgerRecord>> QueryAsync(string sql, string key, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await ReadRowsAsync(command, cancellationToken);
    }

    private static async Task<IReadOnlyList<ChainedLedgerRecord>> ReadRowsAsync(NpgsqlCommand command, CancellationToken cancellationToken)
    {
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<ChainedLedgerRecord>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(ReadRow(reader));
        }

        return rows;
    }

    private static ChainedLedgerRecord ReadRow(NpgsqlDataReader reader)
    {
        var record = new LedgerRecord(
            Stream: reader.GetString(0),
            Sequence: reader.GetInt32(1),
            EntryId: reader.GetGuid(2),
            Kind: reader.GetString(3),
            EventKey: reader.GetString(4),
            CompetitorId: NullableString(reader, 5),
            AspectId: NullableString(reader, 6),
            JudgeId: NullableString(reader, 7),
            ActorId: reader.GetString(8),
            DeviceId: NullableString(reader, 9),
            Value: NullableDecimal(reader, 10),
            PreviousValue: NullableDecimal(reader, 11),
            Reason: NullableString(reader, 12),
            RecordedAt: reader.GetFieldValue<DateTimeOffset>(13));
        return new ChainedLedgerRecord(record, reader.GetFieldValue<byte[]>(14), reader.GetFieldValue<byte[]>(15), reader.GetInt16(16));
    }

    // numeric(12,4) reads back as 2.5000; drop the trailing zeros so a replayed sheet equals the live one exactly.
    private static decimal? NullableDecimal(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal) / 1.000000000000000000000000000000000m;

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public async ValueTask DisposeAsync()
    {
        if (_appends.IsValueCreated)
        {
            await _appends.Value.DisposeAsync();
        }
    }
}
