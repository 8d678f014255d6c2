namespace Competitions.Domain.Ledger;

/// <summary>The rows read from a ledger CSV, and the rows that could not be read.</summary>
public sealed record LedgerCsvContent(IReadOnlyList<ChainedLedgerRecord> Rows, IReadOnlyList<LedgerProblem> Problems);
