using Competitions.Domain.Ledger;

namespace Competitions.Grains.Ledger;

/// <summary>
/// The ledger's contract in memory, for fast grain tests: a group is stored whole or not at all, and an entry id or
/// stream position already taken is a <see cref="LedgerConflictException"/>, as the table's unique keys make it in
/// PostgreSQL. <see cref="FailNextAppends"/> makes the next appends fail with their outcome unknown, as a dropped
/// database connection does: before the rows are stored, or after (the commit happened, its answer was lost).
/// </summary>
public sealed class InMemoryLedgerStore : ILedgerStore
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<ChainedLedgerRecord>> _streams = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, ChainedLedgerRecord> _byEntryId = [];
    private int _failures;
    private bool _failAfterStoring;

    /// <summary>How many appends were attempted, stored or not.</summary>
    public int AppendCalls { get; private set; }

    public void FailNextAppends(int count, bool afterStoring = false)
    {
        lock (_lock)
        {
            _failures = count;
            _failAfterStoring = afterStoring;
        }
    }

    public Task AppendGroupAsync(IReadOnlyList<ChainedLedgerRecord> rows, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            AppendCalls++;
            if (_failures > 0 && !_failAfterStoring)
            {
                _failures--;
                throw new IOException("The ledger connection dropped; the outcome is unknown.");
            }

            foreach (var row in rows)
            {
                var record = row.Record;
                var stream = _streams.GetValueOrDefault(record.Stream) ?? [];
                var duplicate = _byEntryId.ContainsKey(record.EntryId) || rows.Count(r => r.Record.EntryId == record.EntryId) > 1;
                if (duplicate || record.Sequence != stream.Count + 1 + rows.TakeWhile(r => r != row).Count())
                {
                    throw new LedgerConflictException(record.Stream, record.Sequence, record.EntryId, duplicate);
                }
            }

            foreach (var row in rows)
            {
                if (!_streams.TryGetValue(row.Record.Stream, out var stream))
                {
                    _streams[row.Record.Stream] = stream = [];
                }

                stream.Add(row);
                _byEntryId[row.Record.EntryId] = row;
            }

            if (_failures > 0)
            {
                _failures--;
                throw new IOException("The ledger connection dropped after the commit; the outcome is unknown.");
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<ChainedLedgerRecord>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default) =>
        ReadStreamsAsync([stream], cancellationToken);

    public Task<IReadOnlyList<ChainedLedgerRecord>> ReadEventAsync(string eventKey, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ChainedLedgerRecord>>(
                [.. _streams.Where(s => s.Value[0].Record.EventKey == eventKey).OrderBy(s => s.Key, StringComparer.Ordinal).SelectMany(s => s.Value)]);
        }
    }

    public Task<IReadOnlyList<ChainedLedgerRecord>> ReadStreamsAsync(IReadOnlyList<string> streams, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<ChainedLedgerRecord>>(
                [.. streams.Distinct().Order(StringComparer.Ordinal).SelectMany(s => _streams.GetValueOrDefault(s) ?? [])]);
        }
    }

    /// <summary>How long reading stream heads takes: a cold leaderboard slow to build, as on a busy database.</summary>
    public TimeSpan HeadsDelay { get; set; }

    public async Task<Dictionary<string, int>> ReadHeadsAsync(IReadOnlyList<string> streams, CancellationToken cancellationToken = default)
    {
        if (HeadsDelay > TimeSpan.Zero)
        {
            await Task.Delay(HeadsDelay, cancellationToken);
        }

        lock (_lock)
        {
            return streams.Distinct().Where(s => _streams.ContainsKey(s))
                .ToDictionary(s => s, s => _streams[s][^1].Record.Sequence, StringComparer.Ordinal);
        }
    }

    public Task<ChainedLedgerRecord?> FindAsync(Guid entryId, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult(_byEntryId.GetValueOrDefault(entryId));
        }
    }
}
