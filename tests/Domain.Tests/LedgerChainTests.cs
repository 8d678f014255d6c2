using Competitions.Domain.Ledger;

namespace Competitions.Domain.Tests;

public sealed class LedgerChainTests
{
    private static List<ChainedLedgerRecord> Chain(int length)
    {
        var rows = new List<ChainedLedgerRecord>();
        var previous = LedgerRecord.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            var record = new LedgerRecord("sheet:c/e/x", i, Guid.NewGuid(), "mark-entered", "c/e", "x", "A1", "J1", "J1", "tablet-1",
                i * 0.5m, null, null, new DateTimeOffset(2026, 10, 12, 9, 0, i, TimeSpan.Zero));
            rows.Add(ChainedLedgerRecord.Chain(record, previous));
            previous = rows[^1].Hash;
        }

        return rows;
    }

    [Fact]
    public void An_untouched_chain_verifies()
    {
        Assert.Empty(LedgerChain.Verify(Chain(4)));
    }

    [Fact]
    public void An_edited_value_is_found()
    {
        var rows = Chain(4);
        rows[1] = rows[1] with { Record = rows[1].Record with { Value = 3m } };
        Assert.Equal(["sheet:c/e/x #2: its content does not match its hash; the row was edited."], LedgerChain.Verify(rows));
    }

    [Fact]
    public void A_deleted_row_is_found()
    {
        var rows = Chain(4);
        rows.RemoveAt(2);
        var problems = LedgerChain.Verify(rows);
        Assert.Contains(problems, p => p.Contains("#4: expected entry #3", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("#4: does not link", StringComparison.Ordinal));
    }

    [Fact]
    public void The_stored_scale_of_a_value_does_not_change_its_hash()
    {
        var record = Chain(1)[0].Record;
        Assert.All([LedgerRecord.FirstHashVersion, LedgerRecord.CurrentHashVersion], version => Assert.Equal(
            record.ComputeHash(LedgerRecord.GenesisHash, version), (record with { Value = 0.5000m }).ComputeHash(LedgerRecord.GenesisHash, version)));
    }
}
