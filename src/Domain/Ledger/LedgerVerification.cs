namespace Competitions.Domain.Ledger;

/// <summary>What an offline check of an exported ledger found.</summary>
public sealed record LedgerVerification(int Streams, int Rows, IReadOnlyList<LedgerProblem> Problems)
{
    public bool IsIntact => Problems.Count == 0;

    /// <summary>Recomputes every stream's chain from a ledger CSV alone, with no access to the database.</summary>
    public static LedgerVerification Verify(TextReader csv)
    {
        var content = LedgerCsv.Read(csv);
        var problems = content.Problems.Concat(LedgerChain.Check(content.Rows))
            .OrderBy(p => p.Stream, StringComparer.Ordinal).ThenBy(p => p.Sequence).ToList();
        return new(content.Rows.Select(r => r.Record.Stream).Distinct().Count(), content.Rows.Count, problems);
    }
}
