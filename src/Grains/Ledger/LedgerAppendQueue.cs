using System.Threading.Channels;
using Competitions.Domain.Ledger;
using Npgsql;
using NpgsqlTypes;
using PendingAppend = (Competitions.Domain.Ledger.ChainedLedgerRecord Row, System.Threading.Tasks.TaskCompletionSource Done);

namespace Competitions.Grains.Ledger;

/// <summary>
/// Group commit for one silo: appends from every stream wait in one queue, and a few writers each take what has
/// gathered and store it as one multi-row INSERT with one synchronous commit. Under light load a batch is a single
/// row and nothing waits; under heavy load one commit (one round trip, one WAL flush) carries many marks. Each
/// append still learns its own outcome: stored, already stored (its entry id), or its stream position taken.
/// </summary>
internal sealed class LedgerAppendQueue : IAsyncDisposable
{
    /// <summary>Enough rows to share a commit widely, few enough that a batch stays a few hundred kilobytes.</summary>
    private const int MaxBatch = 256;

    private const string Insert =
        "INSERT INTO ledger_entries (" + LedgerStore.Columns + ") " +
        "SELECT * FROM unnest($1::text[], $2::integer[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], " +
        "$9::text[], $10::text[], $11::numeric[], $12::numeric[], $13::text[], $14::timestamptz[], $15::bytea[], $16::bytea[]) " +
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

    public Task AppendAsync(ChainedLedgerRecord row, CancellationToken cancellationToken)
    {
        // Completed by a writer loop: the awaiting grain must resume on its own scheduler, not inline there.
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!_pending.Writer.TryWrite((row, done)))
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
            catch (Exception e)
            {
                // The outcome of the whole batch is unknown (the commit may have happened): every writer reloads.
                foreach (var (_, done) in batch)
                {
                    done.TrySetException(e);
                }
            }

            batch.Clear();
        }
    }

    private async Task WriteAsync(List<PendingAppend> batch)
    {
        var stored = new HashSet<(Guid EntryId, string Stream)>();
        await using (var command = _dataSource.CreateCommand(Insert))
        {
            AddColumns(command, batch);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                stored.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }

        var refused = batch.Where(p => !stored.Contains((p.Row.Record.EntryId, p.Row.Record.Stream))).ToList();
        var duplicates = refused.Count == 0 ? [] : await ExistingEntryIdsAsync(refused);
        foreach (var (row, done) in batch)
        {
            var record = row.Record;
            if (stored.Contains((record.EntryId, record.Stream)))
            {
                done.TrySetResult();
            }
            else
            {
                done.TrySetException(
                    new LedgerConflictException(record.Stream, record.Sequence, record.EntryId, duplicates.Contains(record.EntryId)));
            }
        }
    }

    private async Task<HashSet<Guid>> ExistingEntryIdsAsync(List<PendingAppend> refused)
    {
        await using var command = _dataSource.CreateCommand("SELECT entry_id FROM ledger_entries WHERE entry_id = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter { Value = refused.Select(p => p.Row.Record.EntryId).ToArray() });
        await using var reader = await command.ExecuteReaderAsync();
        var existing = new HashSet<Guid>();
        while (await reader.ReadAsync())
        {
            existing.Add(reader.GetGuid(0));
        }

        return existing;
    }

    private static void AddColumns(NpgsqlCommand command, List<PendingAppend> batch)
    {
        var records = batch.Select(p => p.Row.Record).ToList();
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
        Add(command, NpgsqlDbType.Bytea, batch.Select(p => p.Row.PreviousHash));
        Add(command, NpgsqlDbType.Bytea, batch.Select(p => p.Row.Hash));
    }

    private static void Add<T>(NpgsqlCommand command, NpgsqlDbType elementType, IEnumerable<T> values) =>
        command.Parameters.Add(new NpgsqlParameter { NpgsqlDbType = NpgsqlDbType.Array | elementType, Value = values.ToArray() });
}
