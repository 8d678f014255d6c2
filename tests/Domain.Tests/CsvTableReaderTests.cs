using System.Text;
using Competitions.Domain.Imports;

namespace Competitions.Domain.Tests;

public sealed class CsvTableReaderTests
{
    private const string Roster = "赛项,编号,姓名,单位,代表队\r\nE1,C1,王伟,深圳技师学院,福田区\r\nE1,C2,李娜,宝安职校,宝安区\r\n";

    [Fact]
    public void Reads_utf8_without_a_bom()
    {
        var table = CsvTableReader.Read(Encoding.UTF8.GetBytes(Roster));

        AssertRoster(table);
    }

    [Fact]
    public void Reads_utf8_with_a_bom_and_drops_it()
    {
        var table = CsvTableReader.Read([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Roster)]);

        AssertRoster(table);
        Assert.Equal("赛项", table.Headers[0]);
    }

    [Fact]
    public void Reads_gbk_as_excel_on_chinese_windows_saves_it()
    {
        var gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        var bytes = gbk.GetBytes(Roster);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));

        AssertRoster(CsvTableReader.Read(bytes));
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_rows_count_records()
    {
        var table = CsvTableReader.Parse("id,name,organisation\n1,\"Smith, John\",\"The \"\"Best\"\" School\"\n2,\"Two\nLines\",X\n3,Three,Y");

        Assert.Equal(["id", "name", "organisation"], table.Headers);
        Assert.Equal([2, 3, 4], table.Rows.Select(r => r.Number));
        Assert.Equal(["1", "Smith, John", "The \"Best\" School"], table.Rows[0].Cells);
        Assert.Equal("Two\nLines", table.Rows[1].Cells[1]);
        Assert.Equal(["3", "Three", "Y"], table.Rows[2].Cells);
    }

    [Fact]
    public void Blank_lines_are_skipped_but_still_counted()
    {
        var table = CsvTableReader.Parse("id,name\r\n1,A\r\n\r\n,\r\n2,B\r\n");

        Assert.Equal([2, 5], table.Rows.Select(r => r.Number));
    }

    [Fact]
    public void An_empty_file_has_no_header()
    {
        Assert.Empty(CsvTableReader.Read([]).Headers);
        Assert.Empty(CsvTableReader.Read([0xEF, 0xBB, 0xBF]).Headers);
    }

    [Fact]
    public void Reading_stops_after_the_row_limit()
    {
        var text = new StringBuilder("id\n");
        for (var i = 0; i < ImportTable.MaxDataRows + 10; i++)
        {
            text.Append(i).Append('\n');
        }

        var table = CsvTableReader.Parse(text.ToString());

        Assert.True(table.TooManyRows);
        Assert.Equal(ImportTable.MaxDataRows, table.Rows.Count);
    }

    private static void AssertRoster(ImportTable table)
    {
        Assert.Equal(["赛项", "编号", "姓名", "单位", "代表队"], table.Headers);
        Assert.Equal(2, table.Rows.Count);
        Assert.Equal(["E1", "C1", "王伟", "深圳技师学院", "福田区"], table.Rows[0].Cells);
        Assert.Equal("宝安区", table.Rows[1].Cells[4]);
    }
}
