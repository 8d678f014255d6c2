using Competitions.Domain.Csv;
using Competitions.Domain.Imports;
using Competitions.Domain.Ledger;

namespace Competitions.Domain.Tests;

public sealed class CsvFileTests
{
    [Fact]
    public void Quotes_inside_a_field_and_a_bare_cr_read_the_same_for_an_import_and_the_ledger_verifier()
    {
        var previous = LedgerRecord.GenesisHash;
        var rows = new List<ChainedLedgerRecord>();
        foreach (var (sequence, reason) in new[] { (1, "said \"no\" twice"), (2, "plain") })
        {
            var record = new LedgerRecord("sheet:c/e/x", sequence, Guid.NewGuid(), "mark-corrected", "c/e", "x", "A1", "J1", "J1", "tablet-1",
                2m, 1m, reason, new DateTimeOffset(2026, 10, 12, 9, 0, sequence, TimeSpan.Zero));
            rows.Add(ChainedLedgerRecord.Chain(record, previous));
            previous = rows[^1].Hash;
        }

        using var writer = new StringWriter();
        LedgerCsv.Write(rows, writer);
        // As a spreadsheet or an old Mac editor may save it: the quotes left bare inside the field, lines ended by CR alone.
        var text = writer.ToString().Replace("\"said \"\"no\"\" twice\"", "said \"no\" twice", StringComparison.Ordinal).Replace("\r\n", "\r", StringComparison.Ordinal);
        Assert.Contains(",said \"no\" twice,", text, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", text, StringComparison.Ordinal);

        var verified = LedgerVerification.Verify(new StringReader(text));
        var ledger = LedgerCsv.Read(new StringReader(text));
        var table = CsvTableReader.Parse(text);

        Assert.True(verified.IsIntact, string.Join(Environment.NewLine, verified.Problems));
        Assert.Equal(2, verified.Rows);
        Assert.Equal(LedgerCsv.Columns, table.Headers);
        var reasonColumn = table.Headers.ToList().IndexOf("reason");
        Assert.Equal(["said \"no\" twice", "plain"], table.Rows.Select(r => r.Cells[reasonColumn]));
        Assert.Equal(table.Rows.Select(r => r.Cells[reasonColumn]), ledger.Rows.Select(r => r.Record.Reason));
        Assert.Equal([2, 3], table.Rows.Select(r => r.Number));
    }

    [Fact]
    public void What_is_written_reads_back_field_for_field()
    {
        string?[][] records =
        [
            ["name", "note"],
            ["Smith, John", "The \"Best\" School"],
            ["two\r\nlines", "bare\rcr"],
            ["#not a comment", null],
            ["  spaced  ", "单位"],
        ];

        var text = CsvFile.ToText(records);
        var read = CsvFile.Read(new StringReader(text)).ToList();

        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        Assert.Equal([1, 2, 3, 4, 5], read.Select(r => r.Number));
        Assert.Equal(records.Select(r => r.Select(f => f ?? string.Empty)), read.Select(r => r.Fields));
    }

    [Fact]
    public void A_leading_byte_order_mark_is_not_part_of_the_first_field()
    {
        var record = CsvFile.Read(new StringReader("\uFEFFstream,hash\r\n")).Single();

        Assert.Equal(["stream", "hash"], record.Fields);
    }
}
