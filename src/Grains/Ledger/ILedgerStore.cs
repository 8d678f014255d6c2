using Competitions.Domain.Ledger;

namespace Competitions.Grains.Ledger;

/// <summary>
/// The append-only ledger as grains use it. <see cref="LedgerStore"/> keeps it in PostgreSQL; <see cref="InMemoryLedgerStore"/>
/// keeps the same contract in memory, so grain behaviour can be tested in milliseconds.
/// </summary>
public interface ILedgerStore
{
    /// <summary>
    /// Appends consecutive rows of one stream: all are committed together when this returns, or none is. Throws
    /// <see cref="LedgerConflictException"/> when an entry id or a stream position is already taken.
    /// </summary>
    Task AppendGroupAsync(IReadOnlyList<ChainedLedgerRecord> rows, CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ChainedLedgerRecord>> ReadStreamAsync(string stream, CancellationToken cancellationToken = default);

    /// <summary>Every stream of an event: its score sheets and the event's own.</summary>
    Task<IReadOnlyList<ChainedLedgerRecord>> ReadEventAsync(string eventKey, CancellationToken cancellationToken = default);

    /// <summary>The given streams' rows, each stream in order.</summary>
    Task<IReadOnlyList<ChainedLedgerRecord>> ReadStreamsAsync(IReadOnlyList<string> streams, CancellationToken cancellationToken = default);

    /// <summary>The last sequence of each given stream that has rows.</summary>
    Task<Dictionary<string, int>> ReadHeadsAsync(IReadOnlyList<string> streams, CancellationToken cancellationToken = default);

    Task<ChainedLedgerRecord?> FindAsync(Guid entryId, CancellationToken cancellationToken = default);
}
