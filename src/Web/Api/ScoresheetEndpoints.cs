using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Scoresheets;
using Competitions.Web.Hosting;
using Competitions.Web.Problems;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

public static class ScoresheetEndpoints
{
    /// <summary>A full day's marking of one judge fits; a request stays well under a megabyte.</summary>
    private const int MaxBatch = 500;

    public static IEndpointRouteBuilder MapScoresheetEndpoints(this IEndpointRouteBuilder app)
    {
        var sheets = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/competitors/{competitorId}")
            .WithTags("Score sheets")
            .RequireAuthorization(Policies.Staff);

        // A judge marks as himself; an organizer may key in a paper sheet on a named judge's behalf (the ledger
        // records both). Panel membership and recusal are checked by the score sheet grain.
        // Commands from tablets wait at most ClusterCallBudget on the cluster, then answer 503 with Retry-After.
        sheets.MapPost("/marks", async (string contestId, string eventCode, string competitorId, MarkRequest mark, ClaimsPrincipal user, IGrainFactory grains, HttpContext http) =>
        {
            var caller = user.ToCaller(contestId);
            var submission = new MarkSubmission(mark.MarkId, JudgeOf(caller, mark.JudgeId), mark.AspectId, mark.Value, mark.DeviceId);
            return TypedResults.Ok(await ClusterCallBudget.RunAsync(http, () => Sheet(grains, contestId, eventCode, competitorId).SubmitMark(caller, submission)));
        });

        app.MapPost("/api/contests/{contestId}/marks", SubmitBatchAsync).RequireAuthorization(Policies.Staff).WithTags("Score sheets");

        sheets.MapPost("/corrections", async (string contestId, string eventCode, string competitorId, MarkCorrection correction, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).CorrectMark(user.ToCaller(contestId), correction)));

        sheets.MapPost("/dispute-resolutions", async (string contestId, string eventCode, string competitorId, DisputeResolution resolution, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).ResolveDispute(user.ToCaller(contestId), resolution)));

        sheets.MapPost("/theory", async (string contestId, string eventCode, string competitorId, TheoryScore score, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).RecordTheory(user.ToCaller(contestId), score)));

        sheets.MapPost("/submissions", async (string contestId, string eventCode, string competitorId, SubmissionRequest request, ClaimsPrincipal user, IGrainFactory grains, HttpContext http) =>
        {
            var caller = user.ToCaller(contestId);
            var submission = new SheetSubmission(request.EntryId, request.JudgeId ?? caller.Id, request.DeviceId);
            return TypedResults.Ok(await ClusterCallBudget.RunAsync(http, () => Sheet(grains, contestId, eventCode, competitorId).SubmitSheet(caller, submission)));
        });

        sheets.MapGet("/scoresheet", async (string contestId, string eventCode, string competitorId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            await EventAccess.RequireOrganizerOrChief(user, grains, contestId, eventCode);
            return TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).Get());
        });

        // The appeals against this competitor's result: a correction after publication names the upheld one.
        sheets.MapGet("/appeals", async (string contestId, string eventCode, string competitorId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            await EventAccess.RequireOrganizerOrChief(user, grains, contestId, eventCode);
            var appeals = await grains.GetGrain<IEventAppealsGrain>(Keys.Event(contestId, eventCode)).List();
            return TypedResults.Ok(appeals.Where(a => a.CompetitorId == competitorId)
                .Select(a => new UpheldAppealChoice(a.Id, a.Status, a.Reason, a.Decision)).ToList());
        });

        sheets.MapGet("/ledger", async (string contestId, string eventCode, string competitorId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            await EventAccess.RequireOrganizerOrChief(user, grains, contestId, eventCode);
            return TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).GetLedger());
        });

        return app;
    }

    /// <summary>
    /// A tablet's outbox in one request. Marks are grouped by score sheet, keeping their order within each sheet, and
    /// the sheets are asked in parallel; every mark gets the answer its own request would have had.
    /// </summary>
    private static async Task<Ok<MarkBatchResponse>> SubmitBatchAsync(
        string contestId, MarkBatchRequest batch, ClaimsPrincipal user, IGrainFactory grains, HttpContext http, ILogger<MarkBatchRequest> logger)
    {
        if (batch.Marks is not { Count: > 0 and <= MaxBatch })
        {
            throw CompetitionRuleException.Invalid("batch-size", $"Send 1 to {MaxBatch} marks at a time.");
        }

        if (batch.Marks.Any(m => m?.AspectId is null || m.MarkId == Guid.Empty))
        {
            throw CompetitionRuleException.Invalid("mark-incomplete", "Every mark needs a markId, eventCode, competitorId, aspectId and value.");
        }

        var caller = user.ToCaller(contestId);
        var outcomes = new BatchMarkOutcome[batch.Marks.Count];
        var sheets = batch.Marks.Select((mark, index) => (Mark: mark, Index: index)).GroupBy(m => (m.Mark.EventCode, m.Mark.CompetitorId));
        await Task.WhenAll(sheets.Select(async sheet =>
        {
            var (eventCode, competitorId) = sheet.Key;
            CompetitionRuleException? problem = null;
            try
            {
                if (!Keys.IsValidId(eventCode) || !Keys.IsValidId(competitorId))
                {
                    throw CompetitionRuleException.Invalid("invalid-id", "Event codes and competitor ids are letters, digits, '-' and '_'.");
                }

                var submissions = sheet.Select(m => new MarkSubmission(m.Mark.MarkId, JudgeOf(caller, m.Mark.JudgeId), m.Mark.AspectId, m.Mark.Value, m.Mark.DeviceId)).ToList();
                var results = await ClusterCallBudget.RunAsync(http, () => Sheet(grains, contestId, eventCode, competitorId).SubmitMarks(caller, submissions));
                foreach (var (entry, result) in sheet.Zip(results))
                {
                    outcomes[entry.Index] = Outcome(result);
                }

                return;
            }
            catch (CompetitionRuleException refused)
            {
                problem = refused;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogError(e, "Marks for {Event}/{Competitor} were not acknowledged", eventCode, competitorId);
            }

            foreach (var entry in sheet)
            {
                outcomes[entry.Index] = Outcome(new MarkOutcome(entry.Mark.MarkId, null, problem));
            }
        }));
        if (outcomes.Any(o => o.Status == StatusCodes.Status503ServiceUnavailable))
        {
            http.Response.Headers.RetryAfter = ClusterCallBudget.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return TypedResults.Ok(new MarkBatchResponse(outcomes));
    }

    /// <summary>A judge marks as himself; an organizer keying in a paper sheet must name the judge.</summary>
    private static string JudgeOf(Caller caller, string? judgeId) => judgeId ?? (caller.IsOrganizer
        ? throw CompetitionRuleException.Invalid("judge-required", "An organizer entering a mark must name the judge.")
        : caller.Id);

    private static BatchMarkOutcome Outcome(MarkOutcome outcome) => outcome switch
    {
        { Receipt: { } receipt } => new(outcome.MarkId, StatusCodes.Status200OK, receipt, null, null),
        { Problem: { } problem } => new(outcome.MarkId, CompetitionProblemHandler.StatusOf(problem.Kind), null, problem.Code, problem.Message),
        _ => new(outcome.MarkId, StatusCodes.Status503ServiceUnavailable, null, "unavailable", "The mark was not acknowledged. Retry it with the same id."),
    };

    private static IScoresheetGrain Sheet(IGrainFactory grains, string contestId, string eventCode, string competitorId) =>
        grains.GetGrain<IScoresheetGrain>(Keys.Scoresheet(Keys.Event(contestId, eventCode), competitorId));
}
