using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Domain.Competitors;
using Competitions.Domain.Csv;
using Competitions.Domain.Imports;
using Competitions.Web.Exports;
using Competitions.Web.Security;
using MiniExcelLibs;

namespace Competitions.Web.Api;

/// <summary>Rosters back out, in the import's own columns (so an exported file can be edited and imported again), IDs masked.</summary>
public static class RosterEndpoints
{
    public static IEndpointRouteBuilder MapRosterEndpoints(this IEndpointRouteBuilder app)
    {
        var contests = app.MapGroup("/api/contests/{contestId}").WithTags("Imports");

        contests.MapGet("/exports/competitors.csv", async (string contestId, IGrainFactory grains) =>
        {
            var rows = (await RowsAsync(grains, contestId)).Select(row => (IReadOnlyList<string?>)[.. row.Select(SpreadsheetFiles.TextCell)]);
            return TypedResults.File(SpreadsheetFiles.Utf8WithBom(CsvFile.ToText(rows)), SpreadsheetFiles.CsvContentType, "competitors.csv");
        }).RequireAuthorization(Policies.Organizer);

        contests.MapGet("/exports/competitors.xlsx", async (string contestId, IGrainFactory grains) =>
        {
            var rows = await RowsAsync(grains, contestId);
            var sheet = rows.Skip(1).Select(row => rows[0].Zip(row).ToDictionary(p => p.First, p => (object?)p.Second)).ToList();
            using var buffer = new MemoryStream();
            if (sheet.Count == 0)
            {
                sheet.Add(rows[0].ToDictionary(h => h, _ => (object?)null));
            }

            await buffer.SaveAsAsync(sheet, excelType: ExcelType.XLSX);
            return TypedResults.File(buffer.ToArray(), SpreadsheetFiles.XlsxContentType, "competitors.xlsx");
        }).RequireAuthorization(Policies.Organizer);

        contests.MapGet("/judges", async (string contestId, IGrainFactory grains) =>
        {
            var contest = await grains.GetGrain<IContestGrain>(contestId).Get();
            var judges = await Task.WhenAll(contest.JudgeIds.Select(id => grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, id)).Get()));
            return TypedResults.Ok(judges.OrderBy(j => j.Id, StringComparer.Ordinal).ToList());
        }).RequireAuthorization(Policies.Organizer);

        return app;
    }

    /// <summary>The header row, then every competitor of every event, by event and id.</summary>
    private static async Task<List<string[]>> RowsAsync(IGrainFactory grains, string contestId)
    {
        var contest = await grains.GetGrain<IContestGrain>(contestId).Get();
        var rosters = await Task.WhenAll(contest.EventCodes.Order(StringComparer.Ordinal).Select(async code =>
            (Code: code, Roster: await EventEndpoints.Event(grains, contestId, code).GetRoster())));
        List<string[]> rows = [CompetitorImportValidator.Columns.Select(c => c.Chinese).ToArray()];
        rows.AddRange(rosters.SelectMany(e => e.Roster.Select(c => (string[])
            [e.Code, c.Id, c.Name, c.Organisation, c.Delegation, IdNumber.Mask(c.IdNumber) ?? string.Empty, c.CurrentLevel ?? string.Empty])));
        return rows;
    }
}
