using Competitions.Domain.Imports;
using Competitions.Domain.Scheme;

namespace Competitions.Domain.Tests;

public sealed class SchemeImportValidatorTests
{
    private const string Header = "模块,模块名称,评分项,评分项名称,类型,满分,步长,汇总,分差阈值\n";

    [Fact]
    public void Rows_of_one_criterion_are_grouped_in_file_order_with_chinese_or_english_terms()
    {
        var import = Read(Header +
            "A,尺寸精度,A1,外圆 Φ40,测量,4,0.5,,\n" +
            "B,表面质量,B1,表面粗糙度,Judgement,10,,去高低,1.5\n" +
            "A,,A2,工艺规范,评价,6,,Median,\n");

        Assert.Empty(import.Problems);
        Assert.Equal(["A", "B"], import.Criteria.Select(c => c.Id));
        Assert.Equal("尺寸精度", import.Criteria[0].Title);
        Assert.Equal(
        [
            new SchemeImportRow(2, "A", "A1", "外圆 Φ40", AspectKind.Measurement, 4m, 0.5m, AggregationMethod.Mean, 1m),
            new SchemeImportRow(4, "A", "A2", "工艺规范", AspectKind.Judgement, 6m, 0.5m, AggregationMethod.Median, 1m),
        ], import.Criteria[0].Aspects);
        Assert.Equal(new SchemeImportRow(3, "B", "B1", "表面粗糙度", AspectKind.Judgement, 10m, 0.5m, AggregationMethod.TrimmedMean, 1.5m), import.Criteria[1].Aspects.Single());
    }

    [Fact]
    public void Every_cell_problem_names_its_row_and_column_and_keeps_the_row_out_of_the_scheme()
    {
        var import = Read(
            "criterion,aspect,title,kind,max,step,colour\n" +
            "A,A1,外圆,测量,4,0.5,red\n" + // row 2: fine (the unknown column is a header problem)
            "A,A2,工艺,评价,six,,\n" + // row 3: bad number
            "A,A3,粗糙度,估计,5,,\n" + // row 4: unknown kind
            "A,A 4,平面度,测量,,,\n"); // row 5: malformed id, no max

        Assert.Equal(
        [
            (1, "colour", "Unknown column 'colour'; expected 模块|criterion, 模块名称|criterion_title, 评分项|aspect, 评分项名称|title, 类型|kind, 满分|max, 步长|step, 汇总|aggregation, 分差阈值|spread."),
            (3, "max", "'six' is not a number."),
            (4, "kind", "Unknown kind '估计'; expected 测量|Measurement, 评价|Judgement."),
            (5, "aspect", "The id 'A 4' must be 1–64 letters, digits, '-' or '_'."),
            (5, "max", "A value is required."),
        ], import.Problems.Select(p => (p.Row, p.Column, p.Message)));
        Assert.Equal(["A1"], import.Criteria.Single().Aspects.Select(a => a.AspectId));
        Assert.Equal(4, import.RowCount);
    }

    [Fact]
    public void A_missing_required_column_is_reported_once_on_the_header()
    {
        var import = Read("模块,评分项,评分项名称,满分\nA,A1,外圆,4\nA,A2,工艺,6\n");

        Assert.Equal((1, "类型|kind", "The required column 类型|kind is missing."), import.Problems.Select(p => (p.Row, p.Column, p.Message)).Single());
        Assert.Empty(import.Criteria);
    }

    [Fact]
    public void A_criterion_titled_differently_on_a_later_row_is_a_problem_of_that_row()
    {
        var import = Read(Header + "A,尺寸,A1,外圆,测量,4,,,\nA,精度,A2,工艺,评价,6,,,\n");

        Assert.Equal((3, "模块名称", "Criterion A is titled '尺寸' on row 2."), import.Problems.Select(p => (p.Row, p.Column, p.Message)).Single());
    }

    [Fact]
    public void Scheme_problems_are_put_on_the_row_and_column_of_the_aspect_they_name()
    {
        var import = Read(Header +
            "A,尺寸,A1,外圆,测量,4,0.5,,\n" +
            "A,尺寸,A2,工艺,测量,5,2,,\n" +
            "B,表面,A1,粗糙度,评价,-1,,,\n");

        // Worded as MarkingSchemeDefinition.Validate words them; the second A1 is the one used twice.
        var located = SchemeImportValidator.Locate(import,
        [
            "Aspect A2: the step must be positive and divide the max mark.",
            "Aspect id 'A1' in criterion B is empty, malformed or used twice.",
            "Aspect A1: the max mark must be positive.",
            "Criterion B has no aspects.",
            "A marking scheme needs at least one criterion.",
        ]);

        Assert.Equal(
        [
            (3, "步长"),
            (4, "评分项"),
            (4, "满分"),
            (4, "模块"),
            (2, string.Empty),
        ], located.Select(p => (p.Row, p.Column)));
    }

    [Fact]
    public void An_exported_sheet_reads_back_its_terms()
    {
        foreach (var (kind, name) in SchemeSheetTerms.KindNames)
        {
            Assert.True(SchemeSheetTerms.TryParse(SchemeSheetTerms.KindNames, name, out var parsed));
            Assert.Equal(kind, parsed);
        }

        foreach (var (aggregation, name) in SchemeSheetTerms.AggregationNames)
        {
            Assert.True(SchemeSheetTerms.TryParse(SchemeSheetTerms.AggregationNames, name, out var parsed));
            Assert.Equal(aggregation, parsed);
        }
    }

    private static SchemeImport Read(string csv) => SchemeImportValidator.Validate(CsvTableReader.Parse(csv));
}
