namespace Competitions.Domain.Ledger;

/// <summary>
/// A ledger row as stored: its fields, the two hashes that link it into its stream's chain, and which
/// <see cref="LedgerRecord.ComputeHash"/> version made its hash.
/// </summary>
public sealed record ChainedLedgerRecord(LedgerRecord Record, byte[] PreviousHash, byte[] Hash, int HashVersion)
{
    /// <summary>The row that follows <paramref name="previousHash"/>, hashed with the current version.</summary>
    public static ChainedLedgerRecord Chain(LedgerRecord record, byte[] previousHash) =>
        new(record, previousHash, record.ComputeHash(previousHash, LedgerRecord.CurrentHashVersion), LedgerRecord.CurrentHashVersion);
}
