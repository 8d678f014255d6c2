using System.Globalization;
using Competitions.Contracts.JudgeMarking;
using PdfSharp;
using PdfSharp.Pdf;

namespace Competitions.Web.Exports;

/// <summary>
/// The organizing committee's review of an event's judges: one line per judge with the figures
/// <see cref="Domain.JudgeMarking.JudgeMarkingStatistics"/> defines, and those definitions under the table.
/// </summary>
public static class JudgeStatisticsPdf
{
    private const string None = "—";

    private static readonly double[] Columns = [PdfPageCursor.Margin, 200, 260, 330, 420, 520, 610, 680, 740];

    public static byte[] Write(EventExport export, IReadOnlyList<JudgeStatisticsLine> lines, DateTimeOffset asOf)
    {
        var definition = export.Event.Definition;
        using var document = new PdfDocument();
        document.Info.Title = $"{export.Contest.Name} {definition.Name} 裁判评分统计";
        using (var cursor = new PdfPageCursor(document, PageOrientation.Landscape))
        {
            var body = new MixedFont(10);
            var small = new MixedFont(8);
            cursor.NewPage();
            cursor.Centered(export.Contest.Name, new MixedFont(16, bold: true));
            cursor.Centered($"{definition.Name}（{definition.Code}）裁判评分统计 Judge marking statistics", new MixedFont(13, bold: true));
            cursor.Space(6);
            cursor.Text($"状态 Status: {export.Event.Status}    截至 As of: {export.Contest.LocalTime(asOf)}", body);
            cursor.Rule();
            Cells(cursor, new MixedFont(10, bold: true), ["裁判", "评分数", "参与比较", "平均偏差", "平均绝对偏差", "引发分差预警", "要求重评", "被更正", "公布后更正"]);
            Cells(cursor, small, ["Judge", "Marks", "Compared", "Mean deviation", "Mean abs. deviation", "Spread alerts caused", "Re-marks requested", "Corrected", "After publication"]);
            cursor.Rule();
            foreach (var line in lines)
            {
                Cells(cursor, body,
                [
                    $"{line.Name} ({line.JudgeId})", Count(line.Marks), Count(line.ComparedMarks), Deviation(line.MeanDeviation),
                    Deviation(line.MeanAbsoluteDeviation), Count(line.SpreadAlertsCaused), Count(line.RemarksRequested),
                    Count(line.Corrections), Count(line.CorrectionsAfterPublication),
                ]);
            }

            cursor.Rule();
            cursor.Space(6);
            foreach (var note in Notes)
            {
                cursor.Row(small, [(PdfPageCursor.Margin, note)]);
            }
        }

        using var stream = new MemoryStream();
        document.Save(stream);
        return stream.ToArray();
    }

    /// <summary>What each column counts, as <see cref="Domain.JudgeMarking.JudgeMarkingStatistics"/> defines it.</summary>
    private static readonly string[] Notes =
    [
        "评分数：该裁判当前的评分（每名选手每个评分项一项）。偏差：在至少两名裁判评分的评价项上，该裁判的分数（0–3）减去评分标准算出的汇总值（平均、去高低平均或中位数）；正值偏高，负值偏低。",
        "Marks: the judge's current marks, one per competitor and aspect. Deviation: on judgement aspects two or more judges marked, his score (0–3) minus the aggregate the scheme computes; above zero: generous.",
        "引发分差预警：去掉该裁判的分数后，其余（至少两名）裁判的分差不再超过阈值。要求重评、被更正：裁判长的重评要求与更正；公布后的更正须有仲裁组支持的申诉。",
        "Spread alert caused: without his score the other scores (two or more) are within the aspect's threshold. Re-marks and corrections: the chief judge's; after publication only for an upheld appeal.",
    ];

    private static void Cells(PdfPageCursor cursor, MixedFont font, string[] cells) =>
        cursor.Row(font, [.. Columns.Zip(cells)]);

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Deviation(decimal? value) => value is null ? None : Figures.Score(value);
}
