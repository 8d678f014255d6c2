using Competitions.Domain.Imports;

namespace Competitions.Domain.Tests;

public sealed class ImportValidatorTests
{
    private static readonly HashSet<string> Events = ["E1", "E2"];

    [Fact]
    public void English_headers_in_any_order_are_read()
    {
        var import = Competitors("name,event,delegation,id,organisation,id_number,level\n王伟,E1,福田区,C1,深圳技师学院,11010519491231002X,高级工");

        Assert.Empty(import.Problems);
        Assert.Equal(new CompetitorImportRow(2, "E1", "C1", "王伟", "深圳技师学院", "福田区", "11010519491231002X", "高级工"), import.Rows.Single());
        Assert.Equal(1, import.ByEvent["E1"]);
    }

    [Fact]
    public void A_delegation_the_contest_does_not_list_is_refused()
    {
        var table = CsvTableReader.Parse("赛项,编号,姓名,单位,代表队\nE1,C1,王伟,Org-A,福田区\nE1,C2,李娜,Org-B,福田");

        var import = CompetitorImportValidator.Validate(table, Events, new HashSet<string> { "福田区", "南山区" });

        Assert.Equal([(3, "代表队", "Delegation '福田' is not one of this contest's delegations.")], import.Problems.Select(p => (p.Row, p.Column, p.Message)));
    }

    [Fact]
    public void Every_problem_names_its_row_and_column()
    {
        var import = Competitors(
            "赛项,编号,姓名,单位,代表队,身份证号\n" +
            "E1,C1,王伟,Org-A,福田区,11010519491231002X\n" + // row 2: fine
            "E1,C2,,Org-B,南山区,\n" + // row 3: no name
            "E9,C3,张强,Org-C,宝安区,\n" + // row 4: unknown event
            "E1,C1,赵敏,Org-D,罗湖区,\n" + // row 5: C1 again in E1
            "E2,C1,赵敏,Org-D,罗湖区,110105194912310021\n" + // row 6: same id in another event is fine; bad ID number
            "E2,C 5,钱多,Org-E,龙岗区,\n"); // row 7: malformed id

        Assert.Equal(
        [
            (3, "姓名", "A value is required."),
            (4, "赛项", "Event 'E9' is not defined in this contest."),
            (5, "编号", "Competitor 'C1' is already entered in event E1 on row 2."),
            (6, "身份证号", "The ID number is not a valid 18-character mainland ID (its check digit does not match)."),
            (7, "编号", "The id 'C 5' must be 1–64 letters, digits, '-' or '_'."),
        ], import.Problems.Select(p => (p.Row, p.Column, p.Message)));
        Assert.Equal(6, import.Rows.Count);
        Assert.Equal(3, import.ByEvent["E1"]);
        Assert.Equal(2, import.ByEvent["E2"]);
    }

    [Fact]
    public void A_competitor_id_that_is_an_id_number_is_refused_on_its_row_because_the_ledger_keeps_ids_forever()
    {
        var import = Competitors("赛项,编号,姓名,单位,代表队,身份证号\nE1,C1,王伟,Org-A,福田区,11010519491231002X\nE1,11010519491231002X,李娜,Org-B,南山区,");

        var problem = Assert.Single(import.Problems);
        Assert.Equal((3, "编号"), (problem.Row, problem.Column));
        Assert.StartsWith("The competitor id must not be an ID number", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_repeated_and_missing_headers_are_problems_of_row_1()
    {
        var import = Competitors("赛项,编号,姓名,单位,备注,姓名\nE1,C1,王伟,Org-A,x,王伟");

        Assert.Contains(import.Problems, p => p is { Row: 1, Column: "备注" } && p.Message.StartsWith("Unknown column", StringComparison.Ordinal));
        Assert.Contains(import.Problems, p => p is { Row: 1, Column: "姓名" } && p.Message.Contains("twice", StringComparison.Ordinal));
        Assert.Contains(import.Problems, p => p is { Row: 1, Column: "代表队|delegation" } && p.Message.Contains("missing", StringComparison.Ordinal));
        // The missing column is reported once, not once per row.
        Assert.DoesNotContain(import.Problems, p => p.Row == 2);
    }

    [Fact]
    public void An_empty_file_and_a_header_alone_are_problems()
    {
        Assert.Equal([new ImportProblem(1, string.Empty, "The file is empty.")], Competitors(string.Empty).Problems);
        Assert.Equal([new ImportProblem(1, string.Empty, "The file is empty.")], JudgeImportValidator.Validate(CsvTableReader.Parse("\r\n")).Problems);
        Assert.Contains(Competitors("赛项,编号,姓名,单位,代表队\n").Problems, p => p is { Row: 2, Message: "The file has a header but no rows." });
    }

    [Fact]
    public void Too_many_rows_is_a_problem()
    {
        var rows = Enumerable.Range(0, ImportTable.MaxDataRows).Select(i => new ImportTableRow(i + 2, ["E1", $"C{i}", "N", "O", "D"])).ToList();
        var import = CompetitorImportValidator.Validate(new ImportTable(["赛项", "编号", "姓名", "单位", "代表队"], rows, true), Events);

        Assert.Contains(import.Problems, p => p.Row == ImportTable.MaxDataRows + 2 && p.Message.Contains("more than 50,000 rows", StringComparison.Ordinal));
    }

    [Fact]
    public void A_masked_id_number_keeps_the_stored_one()
    {
        var row = Competitors("赛项,编号,姓名,单位,代表队,身份证号\nE1,C1,王伟,Org-A,福田区,1101**********002X").Rows.Single();

        Assert.True(row.KeepsIdNumber);
        Assert.Null(row.IdNumber);
    }

    [Fact]
    public void Judges_need_id_name_and_organisation_once_each()
    {
        var import = JudgeImportValidator.Validate(CsvTableReader.Parse("organisation,id,name\nOrg-1,J1,评委甲\n,J2,评委乙\nOrg-3,J1,评委丙"));

        Assert.Equal(
        [
            (3, "organisation", "A value is required."),
            (4, "id", "Judge 'J1' already appears on row 2."),
        ], import.Problems.Select(p => (p.Row, p.Column, p.Message)));
        Assert.Equal(new JudgeImportRow(2, "J1", "评委甲", "Org-1"), import.Rows[0]);
    }

    private static CompetitorImport Competitors(string csv) => CompetitorImportValidator.Validate(CsvTableReader.Parse(csv), Events);
}
