using Competitions.Domain.Imports;

namespace Competitions.Domain.Tests;

public sealed class SpreadsheetCellRulesTests
{
    private static readonly HashSet<string> Events = ["E1"];

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\",\"王伟\")", "starts with '='")]
    [InlineData("+86 王伟", "starts with '+'")]
    [InlineData("-王伟", "starts with '-'")]
    [InlineData("@SUM(A1)", "starts with '@'")]
    [InlineData(" =1+1", "starts with '='")]
    [InlineData("\t王伟", "U+0009")]
    [InlineData("\r=1+1", "U+000D")]
    [InlineData("王\0伟", "U+0000")]
    [InlineData("王\u001f伟", "U+001F")]
    [InlineData("王\u0085伟", "U+0085")]
    [InlineData("王伟\n", "U+000A")]
    public void A_formula_or_a_control_character_in_a_free_text_cell_is_refused(string cell, string reason)
    {
        Assert.Contains(reason, SpreadsheetCellRules.Problem(cell), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("王伟")]
    [InlineData("O'Brien-Smith")]
    [InlineData("Team = A")]
    [InlineData("#1 技师学院")]
    public void Ordinary_text_passes(string cell)
    {
        Assert.Null(SpreadsheetCellRules.Problem(cell));
    }

    [Fact]
    public void Competitor_names_organisations_delegations_and_levels_are_checked_with_row_and_column()
    {
        var table = new ImportTable(
            ["赛项", "编号", "姓名", "单位", "代表队", "现等级"],
            [
                new ImportTableRow(2, ["E1", "C1", "王伟", "深圳技师学院", "福田区", "高级工"]),
                new ImportTableRow(3, ["E1", "C2", "=cmd|' /C calc'!A0", "宝安职校", "宝安区", ""]),
                new ImportTableRow(4, ["E1", "C3", "李娜", "Org\0", "@代表队", "\t高级"]),
            ],
            false);

        var import = CompetitorImportValidator.Validate(table, Events);

        Assert.Equal([(3, "姓名"), (4, "单位"), (4, "代表队"), (4, "现等级")], import.Problems.Select(p => (p.Row, p.Column)));
        Assert.Contains("formula", import.Problems[0].Message, StringComparison.Ordinal);
        Assert.Contains("control character U+0000", import.Problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Judge_and_scheme_free_text_is_checked()
    {
        var judges = JudgeImportValidator.Validate(CsvTableReader.Parse("id,name,organisation\nJ1,+评委,Org\nJ2,评委乙,\"Org\r\nB\""));
        var scheme = SchemeImportValidator.Validate(CsvTableReader.Parse(
            "criterion,criterion_title,aspect,title,kind,max\nA,-尺寸,A1,外圆,measurement,4\nA,,A2,\"=1+1\",measurement,6\n"));

        Assert.Equal([(2, "name"), (3, "organisation")], judges.Problems.Select(p => (p.Row, p.Column)));
        Assert.Equal([(2, "criterion_title"), (3, "title")], scheme.Problems.Select(p => (p.Row, p.Column)));
        Assert.Empty(scheme.Criteria);
    }

    [Fact]
    public void A_cell_longer_than_the_field_it_fills_is_refused_before_any_event_takes_the_file()
    {
        Assert.Null(SpreadsheetCellRules.Problem(new string('王', 100)));
        Assert.Contains("at most 100", SpreadsheetCellRules.Problem(new string('王', 101)), StringComparison.Ordinal);
        Assert.Null(SpreadsheetCellRules.Problem(new string('王', 150), maxLength: 200));
    }
}
