using Competitions.Domain.Scoring;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Competitions.Web.Exports;

/// <summary>Results as XLSX, one sheet per event named by its code; scores are numeric cells with the leaderboard's values.</summary>
public static class ResultsWorkbook
{
    // Excel refuses sheet names longer than 31 characters; event codes are letters, digits, '-' and '_' only.
    private const int MaxSheetName = 31;

    // Cells hold the leaderboard's exact decimals; the format only shows the places every published figure has.
    private static readonly string ScoreFormat = "0." + new string('0', Score.Decimals);

    private static readonly string[] ScoreColumns = ["theory", "practical", "total"];

    public static byte[] Write(IEnumerable<EventResults> events)
    {
        var sheets = new Dictionary<string, object>(StringComparer.Ordinal);
        foreach (var results in events)
        {
            var name = results.EventCode.Length <= MaxSheetName ? results.EventCode : results.EventCode[..MaxSheetName];
            sheets[name] = results.Lines.Select(line => new Dictionary<string, object?>
            {
                ["rank"] = line.Rank,
                ["competitor_id"] = line.CompetitorId,
                ["name"] = line.Name,
                ["organisation"] = line.Organisation,
                ["delegation"] = line.Delegation,
                ["theory"] = line.Theory,
                ["practical"] = line.Practical,
                ["total"] = line.Absent ? AwardLabels.Absent : line.Total,
                ["award"] = line.Award,
                ["title"] = line.Title,
                ["promoted_to"] = line.PromotedTo,
                ["standardised"] = line.Standardised,
            }.Concat(AssessmentLabels.Columns.Zip(AssessmentLabels.Cells(line.Assessment), (k, v) => KeyValuePair.Create(k, (object?)v)))
            .ToDictionary()).ToList();
        }

        using var stream = new MemoryStream();
        stream.SaveAs(sheets, configuration: new OpenXmlConfiguration
        {
            DynamicColumns = [.. ScoreColumns.Select(key => new DynamicExcelColumn(key) { Format = ScoreFormat })],
        });
        return stream.ToArray();
    }
}
