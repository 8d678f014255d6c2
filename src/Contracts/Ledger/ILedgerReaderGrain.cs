namespace Competitions.Contracts.Ledger;

/// <summary>
/// Reads the ledger as stored, for exports: the web host never touches the database. Stateless; call it with key 0.
/// </summary>
public interface ILedgerReaderGrain : IGrainWithIntegerKey
{
    /// <summary>
    /// Every row of an event, stream by stream in sequence order: its score sheets' streams and its own. Given a contest
    /// id, the contest's own rows (its public board's banners), which carry the contest id as their event key.
    /// </summary>
    Task<IReadOnlyList<LedgerRow>> ReadEvent(string eventKey);
}
