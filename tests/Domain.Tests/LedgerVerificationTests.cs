using System.Text;
using Competitions.Domain.Ledger;

namespace Competitions.Domain.Tests;

public sealed class LedgerVerificationTests
{
    private static readonly DateTimeOffset Start = new(2026, 10, 12, 9, 0, 0, TimeSpan.Zero);

    private static List<ChainedLedgerRecord> Stream(string stream, int length, string? reason = null)
    {
        var rows = new List<ChainedLedgerRecord>();
        var previous = LedgerRecord.GenesisHash;
        for (var i = 1; i <= length; i++)
        {
            // Sub-millisecond times, awkward scales and CSV-hostile text: all must survive the round trip.
            var record = new LedgerRecord(stream, i, Guid.NewGuid(), "mark-entered", "c/e", "x", "A1", "J1", "J1", "tablet-1",
                i * 0.25m + 0.5000m, i == 1 ? null : 1.10m, reason, Start.AddTicks(i * 12_345_678L + 7));
            rows.Add(ChainedLedgerRecord.Chain(record, previous));
            previous = rows[^1].Hash;
        }

        return rows;
    }

    private static string Csv(IEnumerable<ChainedLedgerRecord> rows)
    {
        using var writer = new StringWriter();
        LedgerCsv.Write(rows, writer);
        return "\uFEFF" + writer;
    }

    private static LedgerVerification Verify(string csv) => LedgerVerification.Verify(new StringReader(csv));

    [Fact]
    public void An_exported_ledger_verifies_from_the_file_alone_with_its_counts()
    {
        var csv = Csv([.. Stream("sheet:c/e/x", 3, "改正, \"笔误\"\n第二行"), .. Stream("event:c/e", 2)]);

        var result = Verify(csv);

        Assert.True(result.IsIntact, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(2, result.Streams);
        Assert.Equal(5, result.Rows);
    }

    [Fact]
    public void Reading_back_gives_the_same_records()
    {
        var rows = Stream("sheet:c/e/x", 2, "a,b");

        var read = LedgerCsv.Read(new StringReader(Csv(rows)));

        Assert.Empty(read.Problems);
        Assert.Equal(rows.Select(r => r.Record with { RecordedAt = LedgerRecord.TruncateToMicroseconds(r.Record.RecordedAt) }), read.Rows.Select(r => r.Record));
        Assert.Equal(rows.Select(r => Convert.ToHexString(r.Hash)), read.Rows.Select(r => Convert.ToHexString(r.Hash)));
    }

    [Fact]
    public void An_edited_value_in_the_file_is_reported_with_its_stream_and_sequence()
    {
        var csv = Csv([.. Stream("sheet:c/e/x", 3), .. Stream("sheet:c/e/y", 3)]);
        var lines = csv.Split("\r\n");
        // Line 0 is the header; line 5 is sheet:c/e/y #2, whose value (0.5 + 2 × 0.25) is 1.
        Assert.StartsWith("sheet:c/e/y,2,", lines[5], StringComparison.Ordinal);
        lines[5] = lines[5].Replace(",1,1.1,", ",9,1.1,", StringComparison.Ordinal);

        var result = Verify(string.Join("\r\n", lines));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("sheet:c/e/y", 2), (problem.Stream, problem.Sequence));
        Assert.Contains("edited", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_deleted_row_is_reported_on_the_row_after_it()
    {
        var rows = Stream("sheet:c/e/x", 4);
        rows.RemoveAt(1);

        var result = Verify(Csv(rows));

        Assert.False(result.IsIntact);
        Assert.All(result.Problems, p => Assert.Equal(("sheet:c/e/x", 3), (p.Stream, p.Sequence)));
        Assert.Contains(result.Problems, p => p.Reason.Contains("missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_row_that_cannot_be_read_is_reported_and_the_others_still_checked()
    {
        var csv = Csv(Stream("sheet:c/e/x", 2));
        var lines = csv.Split("\r\n");
        var fields = lines[2].Split(',');
        // The hash, just before hash_version.
        fields[^2] = "not-hex";
        lines[2] = string.Join(',', fields);

        var result = Verify(string.Join("\r\n", lines));

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("sheet:c/e/x", 2), (problem.Stream, problem.Sequence));
        Assert.Contains("hash is not hexadecimal", problem.Reason, StringComparison.Ordinal);
        Assert.Equal(1, result.Rows);
    }

    [Fact]
    public void A_file_without_the_hash_columns_is_refused()
    {
        var result = Verify("stream,sequence\r\nsheet:c/e/x,1\r\n");

        var problem = Assert.Single(result.Problems);
        Assert.Contains("previous_hash", problem.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_is_utf8_text_a_spreadsheet_can_open()
    {
        var bytes = Encoding.UTF8.GetBytes(Csv(Stream("sheet:c/e/x", 1, "理由")));
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);

        Assert.True(LedgerVerification.Verify(reader).IsIntact);
    }
}
