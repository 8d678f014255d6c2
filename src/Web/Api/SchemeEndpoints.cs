using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Schemes;
using Competitions.Domain.Imports;
using Competitions.Domain.Workflow;
using Competitions.Web.Exports;
using Competitions.Web.Imports;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using MiniExcelLibs;

namespace Competitions.Web.Api;

/// <summary>
/// Marking schemes as the spreadsheets organizers write them in: one row per aspect. An exported sheet imports back
/// unchanged; an import without commit=true only checks, with it the scheme is replaced whole or not at all.
/// </summary>
public static class SchemeEndpoints
{
    public static IEndpointRouteBuilder MapSchemeEndpoints(this IEndpointRouteBuilder app)
    {
        var events = app.MapGroup("/api/contests/{contestId}/events/{eventCode}").WithTags("Events");

        events.MapGet("/scheme.xlsx", ExportAsync).RequireAuthorization(Policies.Organizer);

        // The form is read by hand (UploadedTable) to answer a missing file with a problem; Accepts documents it.
        // Cookie callers pass the anti-forgery check of CookieAntiforgery like every other change.
        events.MapPost("/scheme.xlsx", ImportAsync).Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(UploadedTable.BodyLimit).RequireAuthorization(Policies.Organizer);

        return app;
    }

    private static async Task<FileContentHttpResult> ExportAsync(string contestId, string eventCode, IGrainFactory grains)
    {
        var view = await EventEndpoints.Event(grains, contestId, eventCode).Get();
        var headers = SchemeImportValidator.Columns.Select(c => c.Chinese).ToArray();
        var sheet = view.Scheme.Criteria
            .SelectMany(c => c.Aspects.Select(a => (object?[])
            [
                c.Id, c.Title, a.Id, a.Title, SchemeSheetTerms.KindNames[a.Kind], a.MaxMark, a.Step,
                SchemeSheetTerms.AggregationNames[a.Aggregation], a.SpreadThreshold,
            ]))
            .Select(cells => headers.Zip(cells).ToDictionary(p => p.First, p => p.Second))
            .ToList();
        if (sheet.Count == 0)
        {
            sheet.Add(headers.ToDictionary(h => h, _ => (object?)null));
        }

        using var buffer = new MemoryStream();
        await buffer.SaveAsAsync(sheet, excelType: ExcelType.XLSX);
        return TypedResults.File(buffer.ToArray(), SpreadsheetFiles.XlsxContentType, $"scheme-{eventCode}.xlsx");
    }

    private static async Task<Results<Ok<SchemeImportReport>, ProblemHttpResult>> ImportAsync(
        string contestId, string eventCode, bool? commit, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var table = await UploadedTable.ReadAsync(request, cancellationToken);
        var grain = EventEndpoints.Event(grains, contestId, eventCode);
        var view = await grain.Get();
        var import = SchemeImportValidator.Validate(table);
        var scheme = new MarkingSchemeDefinition([.. import.Criteria.Select(c => new CriterionDefinition(c.Id, c.Title, [.. c.Aspects.Select(a =>
            new AspectDefinition(a.AspectId, a.Title, a.Kind, a.MaxMark, a.Step, a.Aggregation, a.SpreadThreshold))]))]);

        // With no row readable the scheme's "needs a criterion" says nothing the sheet's problems did not.
        var schemeProblems = scheme.Criteria.Count == 0 && import.Problems.Count > 0 ? [] : scheme.Validate();
        var errors = ImportRules.Ordered([.. import.Problems, .. SchemeImportValidator.Locate(import, schemeProblems)]);
        var report = new SchemeImportReport(scheme, scheme.MaxTotal, errors);
        if (commit != true)
        {
            return TypedResults.Ok(report);
        }

        if (view.Status != EventStatus.Setup)
        {
            throw CompetitionRuleException.Conflict("scheme-locked", "The marking scheme is locked once marking has started.");
        }

        if (errors.Count > 0)
        {
            return ImportEndpoints.Refused(errors);
        }

        await grain.SetScheme(scheme);
        return TypedResults.Ok(report);
    }
}
