namespace Competitions.Grains.Ledger;

/// <summary>
/// The ledger already holds this entry id (<see cref="IsDuplicateEntry"/>: the command was stored before) or this
/// stream position (the writer's view of the stream is stale and must be reloaded).
/// </summary>
public sealed class LedgerConflictException(string stream, int sequence, Guid entryId, bool isDuplicateEntry, Exception? inner = null)
    : Exception($"Ledger stream {stream} already has entry #{sequence} or entry id {entryId}.", inner)
{
    public bool IsDuplicateEntry { get; } = isDuplicateEntry;
}
