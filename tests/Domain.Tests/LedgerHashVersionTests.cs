using Competitions.Domain.Ledger;

namespace Competitions.Domain.Tests;

public sealed class LedgerHashVersionTests
{
    private static readonly DateTimeOffset At = new(2026, 10, 12, 9, 0, 0, TimeSpan.Zero);

    private static LedgerRecord Mark(int sequence, string actorId, string? deviceId, decimal? value, decimal? previousValue, string? reason) =>
        new("sheet:c/e/x", sequence, Guid.Parse("6f1c3a52-9d1e-4a57-b0a5-2f8f0c1d2e3f"), "mark-entered", "c/e", "x", "A1", "J1", actorId, deviceId,
            value, previousValue, reason, At.AddSeconds(sequence));

    /// <summary>Rows hashed as they were before version 2: what databases and exports from then hold.</summary>
    private static List<ChainedLedgerRecord> VersionOneChain(int length)
    {
        var rows = new List<ChainedLedgerRecord>();
        var previous = LedgerRecord.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var record = Mark(i, "J1", "tablet-1", i * 0.5m, null, null) with { EntryId = Guid.NewGuid() };
            rows.Add(new ChainedLedgerRecord(record, previous, record.ComputeHash(previous, LedgerRecord.FirstHashVersion), LedgerRecord.FirstHashVersion));
            previous = rows[^1].Hash;
        }

        return rows;
    }

    public static TheoryData<string, LedgerRecord, LedgerRecord> MovedAcrossTheSeparator => new()
    {
        {
            // Text moved from the device id into the value, the reason taking up the separator left over.
            "device id and value",
            Mark(1, "J1", "tablet-1\u001f2.5", null, 1m, "late"),
            Mark(1, "J1", "tablet-1", 2.5m, null, "1\u001flate")
        },
        {
            // Nothing else changed: text moved between the actor id and the device id beside it.
            "actor id and device id",
            Mark(1, "J1\u001ftablet", "7", 2.5m, null, null),
            Mark(1, "J1", "tablet\u001f7", 2.5m, null, null)
        },
    };

    [Theory]
    [MemberData(nameof(MovedAcrossTheSeparator))]
    public void Two_rows_that_differ_by_text_moved_across_a_separator_shared_a_version_1_hash_but_not_a_version_2_hash(
        string fields, LedgerRecord one, LedgerRecord other)
    {
        Assert.NotEqual(one, other);
        var genesis = LedgerRecord.GenesisHash;

        Assert.True(one.ComputeHash(genesis, 1).AsSpan().SequenceEqual(other.ComputeHash(genesis, 1)), $"version 1 tells {fields} apart");
        Assert.False(one.ComputeHash(genesis, 2).AsSpan().SequenceEqual(other.ComputeHash(genesis, 2)), $"version 2 confuses {fields}");
    }

    [Fact]
    public void New_rows_are_hashed_with_version_2()
    {
        var row = ChainedLedgerRecord.Chain(Mark(1, "J1", "tablet-1", 2.5m, null, null), LedgerRecord.GenesisHash);

        Assert.Equal(2, row.HashVersion);
        Assert.Equal(row.Record.ComputeHash(LedgerRecord.GenesisHash, 2), row.Hash);
        Assert.NotEqual(row.Record.ComputeHash(LedgerRecord.GenesisHash, 1), row.Hash);
    }

    [Fact]
    public void A_version_1_chain_still_verifies_and_version_2_rows_can_follow_it()
    {
        var rows = VersionOneChain(3);
        rows.Add(ChainedLedgerRecord.Chain(Mark(4, "J1", "tablet-1", 3m, null, null), rows[^1].Hash));

        Assert.Empty(LedgerChain.Check(rows));
        Assert.True(Verify(Csv(rows)).IsIntact);
    }

    [Fact]
    public void A_ledger_exported_before_version_2_without_the_hash_version_column_verifies()
    {
        var lines = Csv(VersionOneChain(3)).Split("\r\n");
        var old = string.Join("\r\n", lines.Select(l => l.Length == 0 ? l : l[..l.LastIndexOf(',')]));
        Assert.StartsWith("stream,", old, StringComparison.Ordinal);
        Assert.DoesNotContain("hash_version", old, StringComparison.Ordinal);

        var result = Verify(old);

        Assert.True(result.IsIntact, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(3, result.Rows);
    }

    [Fact]
    public void A_version_2_row_relabelled_as_version_1_is_reported()
    {
        var rows = new List<ChainedLedgerRecord> { ChainedLedgerRecord.Chain(Mark(1, "J1", "tablet-1", 2.5m, null, null), LedgerRecord.GenesisHash) };
        rows.Add(ChainedLedgerRecord.Chain(Mark(2, "J1", "tablet-1", 3m, null, null) with { EntryId = Guid.NewGuid() }, rows[0].Hash));
        rows[1] = rows[1] with { HashVersion = 1 };

        var problem = Assert.Single(LedgerChain.Check(rows));
        Assert.Equal(2, problem.Sequence);
    }

    [Fact]
    public void A_version_1_row_after_version_2_rows_is_reported_even_when_its_hash_matches()
    {
        var first = ChainedLedgerRecord.Chain(Mark(1, "J1", "tablet-1", 2.5m, null, null), LedgerRecord.GenesisHash);
        var second = Mark(2, "J1", "tablet-1", 3m, null, null) with { EntryId = Guid.NewGuid() };
        ChainedLedgerRecord[] rows = [first, new(second, first.Hash, second.ComputeHash(first.Hash, 1), 1)];

        var problem = Assert.Single(LedgerChain.Check(rows));
        Assert.Equal(2, problem.Sequence);
        Assert.Contains("follows version 2", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_hash_version_is_reported()
    {
        var row = ChainedLedgerRecord.Chain(Mark(1, "J1", "tablet-1", 2.5m, null, null), LedgerRecord.GenesisHash) with { HashVersion = 9 };

        var problem = Assert.Single(Verify(Csv([row])).Problems);
        Assert.Contains("hash version 9 is unknown", problem.Reason, StringComparison.Ordinal);
    }

    private static string Csv(IEnumerable<ChainedLedgerRecord> rows)
    {
        using var writer = new StringWriter();
        LedgerCsv.Write(rows, writer);
        return writer.ToString();
    }

    private static LedgerVerification Verify(string csv) => LedgerVerification.Verify(new StringReader(csv));
}
