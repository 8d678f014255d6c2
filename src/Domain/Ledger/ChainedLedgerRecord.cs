namespace Competitions.Domain.Ledger;

/// <summary>A ledger row as stored: its fields and the two hashes that link it into its stream's chain.</summary>
public sealed record ChainedLedgerRecord(LedgerRecord Record, byte[] PreviousHash, byte[] Hash);
