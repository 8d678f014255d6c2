using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Domain.Competitors;
using Competitions.Domain.Imports;
using Competitions.Domain.Workflow;
using Competitions.Web.Imports;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

/// <summary>
/// Rosters from organizers' spreadsheets. Without <c>commit</c> (or commit=false) a file is only checked and
/// previewed; with commit=true it is written only when it has no problem at all, and nothing changes otherwise.
/// </summary>
public static class ImportEndpoints
{
    private const int EventsRegisteredAtOnce = 8;

    public static IEndpointRouteBuilder MapImportEndpoints(this IEndpointRouteBuilder app)
    {
        var imports = app.MapGroup("/api/contests/{contestId}/imports").WithTags("Imports");

        // The form is read by hand (UploadedTable) to answer a missing file with a problem; Accepts documents it.
        // Cookie callers pass the anti-forgery check of CookieAntiforgery like every other change.
        imports.MapPost("/competitors", ImportCompetitorsAsync).Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(UploadedTable.BodyLimit).RequireAuthorization(Policies.Organizer);
        imports.MapPost("/judges", ImportJudgesAsync).Accepts<IFormFile>("multipart/form-data")
            .WithMetadata(UploadedTable.BodyLimit).RequireAuthorization(Policies.Organizer);

        return app;
    }

    private static async Task<Results<Ok<ImportReport<CompetitorImportRow>>, ProblemHttpResult>> ImportCompetitorsAsync(
        string contestId, bool? commit, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var table = await UploadedTable.ReadAsync(request, cancellationToken);
        var contest = await grains.GetGrain<IContestGrain>(contestId).Get();
        var import = CompetitorImportValidator.Validate(
            table, contest.EventCodes.ToHashSet(StringComparer.Ordinal), contest.Definition.Delegations?.ToHashSet(StringComparer.Ordinal));
        var problems = import.Problems.ToList();

        // Check every event before writing to any, so a refusal by event 30 cannot leave events 1–29 imported.
        var rowsByEvent = import.Rows.Where(r => import.ByEvent.ContainsKey(r.EventCode)).GroupBy(r => r.EventCode).ToList();
        var events = await Task.WhenAll(rowsByEvent.Select(async rows =>
        {
            var grain = EventEndpoints.Event(grains, contestId, rows.Key);
            var view = await grain.Get();
            return (Rows: rows, Grain: grain, view.Status, Roster: commit == true ? await grain.GetRoster() : []);
        }));
        foreach (var refused in events.Where(e => e.Status is EventStatus.Locked or EventStatus.Published))
        {
            problems.Add(new ImportProblem(refused.Rows.First().Row, CompetitorImportValidator.Event.Label,
                $"Event {refused.Rows.Key} is {refused.Status}; its {refused.Rows.Count()} rows cannot be entered."));
        }

        var report = new ImportReport<CompetitorImportRow>(
            import.Rows.Count,
            ImportRules.Ordered(problems),
            import.ByEvent,
            [.. import.Rows.Take(ImportReport<CompetitorImportRow>.PreviewRows).Select(r => r with { IdNumber = IdNumber.Mask(r.IdNumber) })]);
        if (commit != true)
        {
            return TypedResults.Ok(report);
        }

        if (report.Errors.Count > 0)
        {
            return Refused(report.Errors);
        }

        // One call per event, each all or nothing, a few events at a time: every entry with an ID number also links its
        // person in the registry, and hundreds of events at once would queue those calls past the grain call timeout.
        await Parallel.ForEachAsync(events, new ParallelOptions { MaxDegreeOfParallelism = EventsRegisteredAtOnce }, async (e, _) =>
        {
            var existing = e.Roster.ToDictionary(c => c.Id, StringComparer.Ordinal);
            await e.Grain.RegisterCompetitors([.. e.Rows.Select(r => ToEntry(r, existing.GetValueOrDefault(r.Id)))]);
        });
        return TypedResults.Ok(report);
    }

    private static async Task<Results<Ok<ImportReport<JudgeImportRow>>, ProblemHttpResult>> ImportJudgesAsync(
        string contestId, bool? commit, HttpRequest request, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var table = await UploadedTable.ReadAsync(request, cancellationToken);
        await grains.GetGrain<IContestGrain>(contestId).Get();
        var import = JudgeImportValidator.Validate(table);
        var report = new ImportReport<JudgeImportRow>(
            import.Rows.Count, import.Problems, null, [.. import.Rows.Take(ImportReport<JudgeImportRow>.PreviewRows)]);
        if (commit != true)
        {
            return TypedResults.Ok(report);
        }

        if (report.Errors.Count > 0)
        {
            return Refused(report.Errors);
        }

        // Define registers the judge with the contest too (as PUT …/judges/{id} does).
        await Task.WhenAll(import.Rows.Select(r =>
            grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, r.Id)).Define(new JudgeProfile(r.Id, r.Name, r.Organisation))));
        return TypedResults.Ok(report);
    }

    /// <summary>
    /// A re-imported competitor keeps what the draw gave him (the file has no such columns), and his ID number
    /// when the file carries it masked, as exports show it.
    /// </summary>
    private static CompetitorEntry ToEntry(CompetitorImportRow row, CompetitorEntry? existing) => new(
        row.Id, row.Name, row.Organisation, row.Delegation,
        existing?.Station, existing?.BlindCode,
        row.KeepsIdNumber ? existing?.IdNumber : row.IdNumber,
        row.Level,
        existing?.TheoryCode);

    internal static ProblemHttpResult Refused(IReadOnlyList<ImportProblem> errors) => TypedResults.Problem(
        detail: $"The file has {errors.Count} problems; nothing was imported. The first: row {errors[0].Row}, {errors[0].Column}: {errors[0].Message}",
        statusCode: StatusCodes.Status400BadRequest,
        title: "Invalid request",
        type: "urn:competitions:problem:import-invalid",
        extensions: new Dictionary<string, object?> { ["code"] = "import-invalid", ["errors"] = errors });
}
