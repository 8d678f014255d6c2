using System.Globalization;
using Competitions.Contracts.JudgeMarking;
using Competitions.Domain.Csv;

namespace Competitions.Web.Exports;

/// <summary>An event's judge statistics as CSV in UTF-8 with a byte-order mark; deviations with two decimals, like results.csv.</summary>
public static class JudgeStatisticsCsv
{
    public static readonly string[] Columns =
    [
        "judge_id", "name", "marks", "compared_marks", "mean_deviation", "mean_absolute_deviation", "spread_alerts_caused",
        "remarks_requested", "corrections", "corrections_after_publication",
    ];

    public static byte[] Write(IEnumerable<JudgeStatisticsLine> lines)
    {
        List<IReadOnlyList<string?>> records = [Columns];
        // Only the name is imported text; a negative deviation must stay a number, not be quoted as a formula.
        records.AddRange(lines.Select(line => (IReadOnlyList<string?>)
        [
            line.JudgeId, SpreadsheetFiles.TextCell(line.Name), Count(line.Marks), Count(line.ComparedMarks),
            Figures.Score(line.MeanDeviation), Figures.Score(line.MeanAbsoluteDeviation), Count(line.SpreadAlertsCaused),
            Count(line.RemarksRequested), Count(line.Corrections), Count(line.CorrectionsAfterPublication),
        ]));
        return SpreadsheetFiles.Utf8WithBom(CsvFile.ToText(records));
    }

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
