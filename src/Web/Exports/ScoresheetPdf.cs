using Competitions.Contracts.Events;
using Competitions.Contracts.Scoresheets;
using PdfSharp.Pdf;

namespace Competitions.Web.Exports;

/// <summary>
/// Printed score sheets for signing: every criterion and aspect with its max, each judge's mark, the aggregate,
/// subtotals, the parts and total, rank and award, then a signature line per judge and for the chief judge.
/// </summary>
public static class ScoresheetPdf
{
    private const int JudgeMarksPerLine = 4;
    private const string None = "—";

    public static byte[] Write(EventExport export, IEnumerable<(CompetitorEntry Competitor, ScoresheetView Sheet)> sheets)
    {
        using var document = new PdfDocument();
        document.Info.Title = $"{export.Contest.Name} {export.Event.Definition.Name} 评分表";
        using (var cursor = new PdfPageCursor(document))
        {
            foreach (var (competitor, sheet) in sheets)
            {
                WriteSheet(cursor, export, competitor, sheet);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    private static void WriteSheet(PdfPageCursor cursor, EventExport export, CompetitorEntry competitor, ScoresheetView sheet)
    {
        var definition = export.Event.Definition;
        var small = new MixedFont(9);
        var body = new MixedFont(10);
        var bold = new MixedFont(10, bold: true);
        const double m = PdfPageCursor.Margin;
        cursor.NewPage();
        var maxX = m + 230;
        var marksX = m + 275;
        var markX = cursor.Right - 55;

        cursor.Centered(export.Contest.Name, new MixedFont(16, bold: true));
        cursor.Centered($"{definition.Name}（{definition.Code}）评分表 Score sheet", new MixedFont(13, bold: true));
        cursor.Space(6);
        cursor.Text($"选手编号 Code: {competitor.BlindCode ?? None}    工位 Station: {competitor.Station?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? None}    参赛号 Id: {competitor.Id}", body);
        cursor.Text($"姓名 Name: {competitor.Name}    单位 Organisation: {competitor.Organisation}    代表队 Delegation: {competitor.Delegation}", body);
        cursor.Rule();
        cursor.Row(bold, [(m, "评分项 Aspect"), (maxX, "配分 Max"), (marksX, "评委评分 Judges' marks"), (markX, "得分 Mark")]);
        cursor.Rule();

        var aspects = sheet.Aspects.ToDictionary(a => a.AspectId, StringComparer.Ordinal);
        foreach (var criterion in export.Event.Scheme.Criteria)
        {
            cursor.Row(bold, [(m, $"{criterion.Id}  {criterion.Title}")]);
            foreach (var aspect in criterion.Aspects)
            {
                var view = aspects.GetValueOrDefault(aspect.Id);
                var marks = view?.JudgeMarks.Select(j => $"{j.JudgeId}: {Figures.Format(j.Value)}").ToList() ?? [];
                var lines = marks.Chunk(JudgeMarksPerLine).Select(chunk => string.Join("   ", chunk)).DefaultIfEmpty(None).ToList();
                cursor.Row(body, [(m + 12, $"{aspect.Id}  {aspect.Title}"), (maxX, Figures.Format(aspect.MaxMark)), (marksX, lines[0]), (markX, view?.Mark is { } mark ? Figures.Format(mark) : None)]);
                foreach (var more in lines.Skip(1))
                {
                    cursor.Row(body, [(marksX, more)]);
                }
            }

            var subtotal = sheet.CriterionScores.TryGetValue(criterion.Id, out var sum) ? Figures.Format(sum) : None;
            cursor.Row(bold, [(m + 12, $"{criterion.Id} 小计 Subtotal"), (maxX, Figures.Format(criterion.Aspects.Sum(a => a.MaxMark))), (markX, subtotal)]);
            cursor.Space(2);
        }

        cursor.Rule();
        var row = export.Board.Rows.FirstOrDefault(r => r.CompetitorId == competitor.Id);
        var labelX = m;
        var valueX = m + 230;
        cursor.Row(body, [(labelX, $"实操得分 Practical marks (of {Figures.Format(export.Event.Scheme.MaxTotal)})"), (valueX, Figures.Format(sheet.PracticalRaw))]);
        cursor.Row(body, [(labelX, $"实操成绩 Practical (0–100, weight {Figures.Format(definition.PracticalPercent)}%)"), (valueX, Figures.Format(sheet.Practical))]);
        cursor.Row(body, [(labelX, $"理论成绩 Theory (0–100, weight {Figures.Format(definition.TheoryPercent)}%)"), (valueX, sheet.Theory is { } theory ? Figures.Format(theory) : None)]);
        // An absent competitor's sheet is no result: 缺考 in place of his total, and no rank.
        var absent = row?.Absent == true;
        cursor.Row(bold, [(labelX, "总成绩 Total"), (valueX, absent ? $"{AwardLabels.Absent} Absent" : Figures.Format(sheet.Total))]);
        if (row?.Assessment is { } assessment)
        {
            cursor.Row(bold, [(labelX, "认定结果 Result"), (valueX, AssessmentLabels.Summary(assessment))]);
        }
        else
        {
            cursor.Row(bold, [(labelX, "名次 Rank"), (valueX, row is null || absent ? None : row.Rank.ToString(System.Globalization.CultureInfo.InvariantCulture))]);
            cursor.Row(bold, [(labelX, "奖项 Award"), (valueX, row is null ? None : AwardLabels.Of(row.Award) is { Length: > 0 } award ? award : None)]);
        }

        cursor.Space(10);
        cursor.Text("签名 Signatures", bold);
        var marked = sheet.Aspects.SelectMany(a => a.JudgeMarks).Select(j => j.JudgeId).ToHashSet(StringComparer.Ordinal);
        foreach (var panel in export.Event.Panels.Panels)
        {
            cursor.Row(small, [(m, $"{panel.Id} 评委 Judges of panel {panel.Id}")]);
            foreach (var judgeId in panel.JudgeIds)
            {
                // In a locked event every expected mark is in, so a panel judge without marks was recused from this
                // competitor, unless the competitor was absent and nobody marked him.
                if (marked.Contains(judgeId))
                {
                    SignatureLine(cursor, body, $"{export.JudgeName(judgeId)} ({judgeId})");
                }
                else
                {
                    cursor.Space(6);
                    cursor.Row(body, [(m + 12, $"{export.JudgeName(judgeId)} ({judgeId})"), (m + 200, absent ? $"{AwardLabels.Absent}，未评分 Absent, no marks" : "回避，未评分 Recused, no marks")]);
                }
            }
        }

        if (export.Event.Panels.ChiefJudgeId is { } chief)
        {
            cursor.Row(small, [(m, "裁判长 Chief judge")]);
            SignatureLine(cursor, body, $"{export.JudgeName(chief)} ({chief})");
        }
    }

    private static void SignatureLine(PdfPageCursor cursor, MixedFont font, string who)
    {
        const double m = PdfPageCursor.Margin;
        cursor.Space(6);
        cursor.Row(font, [(m + 12, who), (m + 200, "签名 Signature: ____________________"), (m + 390, "日期 Date: ____________")]);
    }
}
