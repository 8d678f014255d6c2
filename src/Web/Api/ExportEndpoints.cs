using System.Text;
using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Ledger;
using Competitions.Domain.Ledger;
using Competitions.Web.Exports;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

/// <summary>Files for organizers once an event is locked or published: results, score sheets, certificates, the ledger.</summary>
public static class ExportEndpoints
{
    private const string Pdf = "application/pdf";

    public static IEndpointRouteBuilder MapExportEndpoints(this IEndpointRouteBuilder app)
    {
        var contest = app.MapGroup("/api/contests/{contestId}/exports").WithTags("Exports").RequireAuthorization(Policies.Organizer);
        var events = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/exports").WithTags("Exports").RequireAuthorization(Policies.Organizer);

        events.MapGet("/results.csv", async (string contestId, string eventCode, IGrainFactory grains) =>
        {
            var export = (await EventExport.LoadAsync(grains, contestId, eventCode)).RequireFinal();
            return TypedResults.File(ResultsCsv.Write([EventResults.From(export.Event, export.Board)], withEventColumn: false), SpreadsheetFiles.CsvContentType, $"{contestId}-{eventCode}-results.csv");
        });

        events.MapGet("/results.xlsx", async (string contestId, string eventCode, IGrainFactory grains) =>
        {
            var export = (await EventExport.LoadAsync(grains, contestId, eventCode)).RequireFinal();
            return TypedResults.File(ResultsWorkbook.Write([EventResults.From(export.Event, export.Board)]), SpreadsheetFiles.XlsxContentType, $"{contestId}-{eventCode}-results.xlsx");
        });

        contest.MapGet("/results.csv", async (string contestId, IGrainFactory grains) =>
            TypedResults.File(ResultsCsv.Write(await ContestResultsAsync(grains, contestId), withEventColumn: true), SpreadsheetFiles.CsvContentType, $"{contestId}-results.csv"));

        contest.MapGet("/results.xlsx", async (string contestId, IGrainFactory grains) =>
            TypedResults.File(ResultsWorkbook.Write(await ContestResultsAsync(grains, contestId)), SpreadsheetFiles.XlsxContentType, $"{contestId}-results.xlsx"));

        events.MapGet("/scoresheets/{competitorId}.pdf", async (string contestId, string eventCode, string competitorId, IGrainFactory grains, IConfiguration configuration) =>
        {
            var export = (await EventExport.LoadAsync(grains, contestId, eventCode)).RequireFinal();
            var competitor = export.Competitor(competitorId);
            var sheet = await export.SheetAsync(grains, competitorId);
            return PdfFile(configuration, () => ScoresheetPdf.Write(export, [(competitor, sheet)]), $"{contestId}-{eventCode}-{competitorId}.pdf");
        });

        events.MapGet("/scoresheets.pdf", async (string contestId, string eventCode, IGrainFactory grains, IConfiguration configuration) =>
        {
            var export = (await EventExport.LoadAsync(grains, contestId, eventCode)).RequireFinal();
            // In leaderboard order, so the printed stack reads like the results (staff rows are keyed by competitor id).
            var order = export.Board.Rows.Select((r, i) => (r.Key, i)).ToDictionary(r => r.Key, r => r.i, StringComparer.Ordinal);
            var competitors = export.Roster.OrderBy(c => order.GetValueOrDefault(c.Id, int.MaxValue)).ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            var sheets = await Task.WhenAll(competitors.Select(c => export.SheetAsync(grains, c.Id)));
            return PdfFile(configuration, () => ScoresheetPdf.Write(export, competitors.Zip(sheets)), $"{contestId}-{eventCode}-scoresheets.pdf");
        });

        events.MapGet("/certificates.pdf", async (string contestId, string eventCode, IGrainFactory grains, IConfiguration configuration) =>
        {
            var export = (await EventExport.LoadAsync(grains, contestId, eventCode)).RequireFinal();
            return PdfFile(configuration, () => CertificatePdf.Write(export), $"{contestId}-{eventCode}-certificates.pdf");
        });

        // The ledger is evidence at any stage, so it is not limited to final events.
        events.MapGet("/ledger.csv", async (string contestId, string eventCode, IGrainFactory grains) =>
        {
            await EventExport.RequireEventAsync(grains, contestId, eventCode);
            return await LedgerFileAsync(grains, Keys.Event(contestId, eventCode), $"{contestId}-{eventCode}-ledger.csv");
        });

        // The rows of the contest itself rather than of one event (its public board's banners), keyed by the contest id.
        contest.MapGet("/ledger.csv", async (string contestId, IGrainFactory grains) =>
        {
            await grains.GetGrain<IContestGrain>(contestId).Get();
            return await LedgerFileAsync(grains, contestId, $"{contestId}-ledger.csv");
        });

        return app;
    }

    /// <summary>Every locked or published event of the contest; events still being marked are left out.</summary>
    private static async Task<IReadOnlyList<EventResults>> ContestResultsAsync(IGrainFactory grains, string contestId)
    {
        var contest = await grains.GetGrain<IContestGrain>(contestId).Get();
        var exports = await Task.WhenAll(contest.EventCodes.Order(StringComparer.Ordinal).Select(code => EventExport.LoadAsync(grains, contestId, code)));
        var final = exports.Where(e => e.IsFinal).ToList();
        if (final.Count == 0)
        {
            throw Contracts.Errors.CompetitionRuleException.Conflict("event-not-final", $"No event of contest {contestId} is locked or published yet.");
        }

        return [.. final.Select(e => EventResults.From(e.Event, e.Board))];
    }

    private static async Task<FileContentHttpResult> LedgerFileAsync(IGrainFactory grains, string eventKey, string fileName)
    {
        var rows = await grains.GetGrain<ILedgerReaderGrain>(0).ReadEvent(eventKey);
        using var writer = new StringWriter();
        LedgerCsv.Write(rows.Select(r => r.ToChained()), writer);
        return TypedResults.File(SpreadsheetFiles.Utf8WithBom(writer.ToString()), SpreadsheetFiles.CsvContentType, fileName);
    }

    internal static IResult PdfFile(IConfiguration configuration, Func<byte[]> write, string fileName)
    {
        try
        {
            PdfFontSetup.EnsureInstalled(configuration);
        }
        catch (FileNotFoundException missing)
        {
            return TypedResults.Problem(title: "PDF font missing", detail: missing.Message, statusCode: StatusCodes.Status500InternalServerError);
        }

        return TypedResults.File(write(), Pdf, fileName);
    }
}
