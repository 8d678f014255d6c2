namespace Competitions.Domain.Ledger;

/// <summary>Checks stored ledger rows for edits, deletions and reordering.</summary>
public static class LedgerChain
{
    /// <summary>Returns one line per problem found; an empty list means every stream's chain is intact.</summary>
    public static IReadOnlyList<string> Verify(IEnumerable<ChainedLedgerRecord> rows) =>
        [.. Check(rows).Select(p => p.ToString())];

    /// <summary>Every problem found, by stream and sequence; an empty list means every stream's chain is intact.</summary>
    public static IReadOnlyList<LedgerProblem> Check(IEnumerable<ChainedLedgerRecord> rows)
    {
        var problems = new List<LedgerProblem>();
        foreach (var stream in rows.GroupBy(r => r.Record.Stream))
        {
            var expectedSequence = 1;
            var previousHash = LedgerRecord.GenesisHash;
            var newestVersion = LedgerRecord.FirstHashVersion;
            foreach (var row in stream.OrderBy(r => r.Record.Sequence))
            {
                var sequence = row.Record.Sequence;
                if (sequence != expectedSequence)
                {
                    problems.Add(new(stream.Key, sequence, $"expected entry #{expectedSequence}; entries are missing."));
                }

                if (!row.PreviousHash.AsSpan().SequenceEqual(previousHash))
                {
                    problems.Add(new(stream.Key, sequence, "does not link to the entry before it."));
                }

                if (!LedgerRecord.IsKnownHashVersion(row.HashVersion))
                {
                    problems.Add(new(stream.Key, sequence, $"its hash version {row.HashVersion} is unknown."));
                }
                else if (row.HashVersion < newestVersion)
                {
                    // Writers only ever move to a newer version; an older one after it would reopen the ambiguity it closed.
                    problems.Add(new(stream.Key, sequence, $"its hash version {row.HashVersion} follows version {newestVersion} rows; the row was rewritten."));
                }
                else if (!row.Hash.AsSpan().SequenceEqual(row.Record.ComputeHash(row.PreviousHash, row.HashVersion)))
                {
                    problems.Add(new(stream.Key, sequence, "its content does not match its hash; the row was edited."));
                }

                if (LedgerRecord.IsKnownHashVersion(row.HashVersion))
                {
                    newestVersion = Math.Max(newestVersion, row.HashVersion);
                }

                expectedSequence = sequence + 1;
                previousHash = row.Hash;
            }
        }

        return problems;
    }
}
