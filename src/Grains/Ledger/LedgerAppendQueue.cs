using System.Threading.Channels;
using Competitions.Domain.Ledger;
using Npgsql;
using NpgsqlTypes;
using PendingAppend = (System.Collections.Generic.IReadOnlyList<Competitions.Domain.Ledger.ChainedLedgerRecord> Rows, System.Threading.Tasks.TaskCompletionSource Done);

namespace Competitions.Grains.Ledger;

/// <summary>
/// Group commit for one silo: appends from every stream wait in one queue, and a few writers each take what has
/// gathered and store it as one multi-row INSERT with one synchronous commit. Under light load a batch is a single
/// row and nothing waits; under heavy load one commit (one round trip, one WAL flush) carries many marks. Each
/// append still learns its own outcome: stored, already stored (its entry id), or its stream position taken. An
/// append may be a group of consecutive rows of one stream (a tablet's outbox for one sheet): all of it is stored or
/// none, since a stream with a gap would break its hash chain.
/// </summary>
internal sealed class LedgerAppendQueue : IAsyncDisposable
{
    /// <summary>Enough rows to share a commit widely, few enough that a batch stays a few hundred kilobytes.</summary>
    private const int MaxBatch = 256;

    private const string Insert =
        "INSERT INTO ledger_entries (" + LedgerStore.Columns + ", ledger_year) " +
        "SELECT u.*, ledger_year_for(u.event_key) FROM unnest($1::text[], $2::integer[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], " +
        "$9::text[], $10::text[], $11::numeric[], $12::numeric[], $13::text[], $14::timestamptz[], $15::bytea[], $16::bytea[], $17::smallint[]) " +
        // Each row goes to its contest's year (005_ledger_partitions.sql).
        "AS u(" + LedgerStore.Columns + ") " +
        // Any unique violation (entry id, or stream and sequence) drops that row only; the rest of the batch commits.
        "ON CONFLICT DO NOTHING RETURNING entry_id, stream";

    private readonly NpgsqlDataSource _dataSource;
    private readonly Channel<PendingAppend> _pending = Channel.CreateUnbounded<PendingAppend>();
    private readonly Task[] _writers;

    public LedgerAppendQueue(NpgsqlDataSource dataSource, int writers)
    {
        _dataSource = dataSource;
        // Task.Run: the queue may be created inside a grain activation, whose scheduler must not run these loops.
        _writers = [.. Enumerable.Range(0, writers).Select(_ => Task.Run(WriteBatchesAsync))];
    }

    public Task AppendAsync(IReadOnlyList<ChainedLedgerRecord> rows, CancellationToken cancellationToken)
    {
        // Completed by a writer loop: the awaiting grain must resume on its own scheduler, not inline there.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite((rows, done)))
        {
            throw new ObjectDisposedException(nameof(LedgerAppendQueue), "The silo is shutting down; nothing was stored.");
        }

        return done.Task.WaitAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        _pending.Writer.TryComplete();
        await Task.WhenAll(_writers);
    }

    private async Task WriteBatchesAsync()
    {
        var batch = new List<PendingAppend>(MaxBatch);
        while (await _pending.Reader.WaitToReadAsync())
        {
            while (batch.Count < MaxBatch && _pending.Reader.TryRead(out var next))
            {
                batch.Add(next);
            }

            if (batch.Count == 0)
            {
                continue;
            }

            try
            {
                await WriteAsync(batch);
            }
            catch (PostgresException) when (batch.Count > 1)
            {
                // The server refused the statement, so none of it was stored, and one row must be at fault: alone, each
                // row meets its own fate instead of taking the others down with it.
                foreach (var pending in batch)
                {
                    await WriteAloneAsync(pending);
                }
            }
            catch (Exception e)
            {
                FailAll(batch, e);
            }

            batch.Clear();
        }
    }

    private async Task WriteAloneAsync(PendingAppend pending)
    {
        try
        {
            await WriteAsync([pending]);
        }
        catch (Exception e)
        {
            FailAll([pending], e);
        }
    }

    /// <summary>The outcome is unknown (the commit may have happened): every writer in the batch reloads its stream.</summary>
    private static void FailAll(List<PendingAppend> batch, Exception e)
    {
        foreach (var (_, done) in batch)
        {
            done.TrySetException(e);
        }
    }

    private async Task WriteAsync(List<PendingAppend> batch)
    {
        if (batch.Count == 0)
        {
            return;
        }

        var groups = batch.Any(p => p.Rows.Count > 1);
        await using var connection = await _dataSource.OpenConnectionAsync();
        // A batch with groups runs in a transaction, so a group the database took only in part can be taken back.
        await using var transaction = groups ? await connection.BeginTransactionAsync() : null;
        var stored = new HashSet<(Guid EntryId, string Stream)>();
        await using (var command = new NpgsqlCommand(Insert, connection, transaction))
        {
            AddColumns(command, [.. batch.SelectMany(p => p.Rows)]);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }

        bool Stored(ChainedLedgerRecord row) => stored.Contains((row.Record.EntryId, row.Record.Stream));
        var partial = batch.Where(p => p.Rows.Any(Stored) && !p.Rows.All(Stored)).ToList();
        if (partial.Count > 0)
        {
            await transaction!.RollbackAsync();
            Refuse(partial, await ExistingEntryIdsAsync(partial));
            await WriteAsync([.. batch.Except(partial)]);
            return;
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }

        var refused = batch.Where(p => !p.Rows.All(Stored)).ToList();
        foreach (var (_, done) in batch.Except(refused))
        {
            done.TrySetResult();
        }

        if (refused.Count > 0)
        {
            Refuse(refused, await ExistingEntryIdsAsync(refused));
        }
    }

    /// <summary>Appends the database would not take: their entry id is stored already, or their stream position.</summary>
    private static void Refuse(List<PendingAppend> refused, HashSet<Guid> storedIds)
    {
        foreach (var (rows, done) in refused)
        {
            var first = rows[0].Record;
            done.TrySetException(new LedgerConflictException(first.Stream, first.Sequence, first.EntryId, rows.Any(r => storedIds.Contains(r.Record.EntryId))));
        }
    }

    private async Task<HashSet<Guid>> ExistingEntryIdsAsync(List<PendingAppend> refused)
    {
        await using var command = _dataSource.CreateCommand("SELECT entry_id FROM ledger_entries WHERE entry_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = refused.SelectMany(p => p.Rows).Select(r => r.Record.EntryId).ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        var existing = new HashSet<Guid>();
        while (await reader.ReadAsync())
        {
            existing.Add(reader.GetGuid(0));
        }

        return existing;
    }

    private static void AddColumns(NpgsqlCommand command, List<ChainedLedgerRecord> rows)
    {
        var records = rows.Select(r => r.Record).ToList();
        Add(command, NpgsqlDbType.Text, records.Select(r => r.Stream));
        Add(command, NpgsqlDbType.Integer, records.Select(r => r.Sequence));
        Add(command, NpgsqlDbType.Uuid, records.Select(r => r.EntryId));
        Add(command, NpgsqlDbType.Text, records.Select(r => r.Kind));
        Add(command, NpgsqlDbType.Text, records.Select(r => r.EventKey));
        Add(command, NpgsqlDbType.Text, records.Select(r => r.CompetitorId));
        Add(command, NpgsqlDbType.Text, records.Select(r => r.AspectId));
        Add(command, NpgsqlDbType.Text, records.Select(r => r.JudgeId));
        Add(command, NpgsqlDbType.Text, records.Select(r => r.ActorId));
        Add(command, NpgsqlDbType.Text, records.Select(r => r.DeviceId));
        Add(command, NpgsqlDbType.Numeric, records.Select(r => r.Value));
        Add(command, NpgsqlDbType.Numeric, records.Select(r => r.PreviousValue));
        Add(command, NpgsqlDbType.Text, records.Select(r => r.Reason));
        Add(command, NpgsqlDbType.TimestampTz, records.Select(r => LedgerRecord.TruncateToMicroseconds(r.RecordedAt)));
        Add(command, NpgsqlDbType.Bytea, rows.Select(r => r.PreviousHash));
        Add(command, NpgsqlDbType.Bytea, rows.Select(r => r.Hash));
        Add(command, NpgsqlDbType.Smallint, rows.Select(r => checked((short)r.HashVersion)));
    }

    private static void Add<T>(NpgsqlCommand command, NpgsqlDbType elementType, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | elementType, Value = values.ToArray() });
}
