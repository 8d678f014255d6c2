using Competitions.Domain.Csv;

namespace Competitions.Web.Exports;

/// <summary>Results as CSV in UTF-8 with a byte-order mark, which Excel needs to read Chinese names correctly.</summary>
public static class ResultsCsv
{
    public static readonly string[] Columns =
        ["rank", "competitor_id", "name", "organisation", "delegation", "theory", "practical", "total", "award", "title", "promoted_to", "standardised", .. AssessmentLabels.Columns];

    /// <param name="withEventColumn">Contest-wide exports start every row with the event code.</param>
    public static byte[] Write(IEnumerable<EventResults> events, bool withEventColumn)
    {
        List<IReadOnlyList<string?>> records = [withEventColumn ? ["event", .. Columns] : Columns];
        foreach (var results in events)
        {
            foreach (var line in results.Lines)
            {
                string[] fields =
                [
                    line.Rank?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, line.CompetitorId, line.Name,
                    line.Organisation, line.Delegation, Figures.Score(line.Theory), Figures.Score(line.Practical),
                    line.Absent ? AwardLabels.Absent : Figures.Score(line.Total), line.Award, line.Title ?? string.Empty, line.PromotedTo ?? string.Empty,
                    line.Standardised?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
                    .. AssessmentLabels.Cells(line.Assessment),
                ];
                records.Add([.. (withEventColumn ? [results.EventCode, .. fields] : fields).Select(SpreadsheetFiles.TextCell)]);
            }
        }

        return SpreadsheetFiles.Utf8WithBom(CsvFile.ToText(records));
    }

}
