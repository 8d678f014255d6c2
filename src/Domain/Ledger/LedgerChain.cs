namespace Competitions.Domain.Ledger;

/// <summary>Checks stored ledger rows for edits, deletions and reordering.</summary>
public static class LedgerChain
{
    /// <summary>Returns one line per problem found; an empty list means every stream's chain is intact.</summary>
    public static IReadOnlyList<string> Verify(IEnumerable<ChainedLedgerRecord> rows)
    {
        var problems = new List<string>();
        foreach (var stream in rows.GroupBy(r => r.Record.Stream))
        {
            var expectedSequence = 1;
            var previousHash = LedgerRecord.GenesisHash;
            foreach (var row in stream.OrderBy(r => r.Record.Sequence))
            {
                var where = $"{stream.Key} #{row.Record.Sequence}";
                if (row.Record.Sequence != expectedSequence)
                {
                    problems.Add($"{where}: expected entry #{expectedSequence}; entries are missing.");
                }

                if (!row.PreviousHash.AsSpan().SequenceEqual(previousHash))
                {
                    problems.Add($"{where}: does not link to the entry before it.");
                }

                if (!row.Hash.AsSpan().SequenceEqual(row.Record.ComputeHash(row.PreviousHash)))
                {
                    problems.Add($"{where}: its content does not match its hash; the row was edited.");
                }

                expectedSequence = row.Record.Sequence + 1;
                previousHash = row.Hash;
            }
        }

        return problems;
    }
}
