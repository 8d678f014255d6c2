namespace Competitions.Contracts.Ledger;

/// <summary>
/// Reads the ledger as stored, for exports: the web host never touches the database. Stateless; call it with key 0.
/// </summary>
public interface ILedgerReaderGrain : IGrainWithIntegerKey
{
    /// <summary>Every row of an event, stream by stream in sequence order: its score sheets' streams and its own.</summary>
    Task<IReadOnlyList<LedgerRow>> ReadEvent(string eventKey);
}
