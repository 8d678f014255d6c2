using Competitions.Domain.Ledger;
using Npgsql;
using NpgsqlTypes;

namespace Competitions.Grains.Ledger;

/// <summary>Reads and appends rows of the append-only <c>ledger_entries</c> table.</summary>
public sealed class LedgerStore(NpgsqlDataSource dataSource)
{
    private const string EntryIdConstraint = "ledger_entries_entry_id";

    private const string Columns =
        "stream, sequence, entry_id, kind, event_key, competitor_id, aspect_id, judge_id, actor_id, device_id, " +
        "value, previous_value, reason, recorded_at, previous_hash, hash";

    /// <summary>
    /// Appends one row with a synchronous commit. Throws <see cref="LedgerConflictException"/> when the entry id or
    /// the stream position is already taken: the caller's view of the stream is stale and must be reloaded.
    /// </summary>
    public async Task AppendAsync(ChainedLedgerRecord row, CancellationToken cancellationToken = default)
    {
        var r = row.Record;
        await using var command = dataSource.CreateCommand(
            $"INSERT INTO ledger_entries ({Columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)");
        command.Parameters.Add(new NpgsqlParameter { Value = r.Stream });
        command.Parameters.Add(new NpgsqlParameter { Value = r.Sequence });
        command.Parameters.Add(new NpgsqlParameter { Value = r.EntryId });
        command.Parameters.Add(new NpgsqlParameter { Value = r.Kind });
        command.Parameters.Add(new NpgsqlParameter { Value = r.EventKey });
        command.Parameters.Add(Text(r.CompetitorId));
        command.Parameters.Add(Text(r.AspectId));
        command.Parameters.Add(Text(r.JudgeId));
        command.Parameters.Add(new NpgsqlParameter { Value = r.ActorId });
        command.Parameters.Add(Text(r.DeviceId));
        command.Parameters.Add(Numeric(r.Value));
        command.Parameters.Add(Numeric(r.PreviousValue));
        command.Parameters.Add(Text(r.Reason));
        command.Parameters.Add(new NpgsqlParameter { Value = LedgerRecord.TruncateToMicroseconds(r.RecordedAt) });
        command.Parameters.Add(new NpgsqlParameter { Value = row.PreviousHash });
        command.Parameters.Add(new NpgsqlParameter { Value = row.Hash });
        try
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UniqueViolation)
        {
            throw new LedgerConflictException(r.Stream, r.Sequence, r.EntryId, e.ConstraintName == EntryIdConstraint, e);
        }
    }

    public Task<IReadOnlyList<ChainedLedgerRecord>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM ledger_entries WHERE stream = $1 ORDER BY sequence", stream, cancellationToken);

    /// <summary>Every stream of an event: its score sheets and the event's own.</summary>
    public Task<IReadOnlyList<ChainedLedgerRecord>> ReadEventAsync(string eventKey, CancellationToken cancellationToken = default) =>
        QueryAsync($"SELECT {Columns} FROM ledger_entries WHERE event_key = $1 ORDER BY stream, sequence", eventKey, cancellationToken);

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
        return new ChainedLedgerRecord(record, reader.GetFieldValue<byte[]>(14), reader.GetFieldValue<byte[]>(15));
    }

    // numeric(12,4) reads back as 2.5000; drop the trailing zeros so a replayed sheet equals the live one exactly.
    private static decimal? NullableDecimal(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : reader.GetDecimal(ordinal) / 1.000000000000000000000000000000000m;

    private static string? NullableString(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static NpgsqlParameter Text(string? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Text, Value = (object?)value ?? DBNull.Value };

    private static NpgsqlParameter Numeric(decimal? value) =>
        new() { NpgsqlDbType = NpgsqlDbType.Numeric, Value = (object?)value ?? DBNull.Value };
}
