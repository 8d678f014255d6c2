using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Scoresheets;
using Competitions.Web.Security;

namespace Competitions.Web.Api;

public static class ScoresheetEndpoints
{
    public static IEndpointRouteBuilder MapScoresheetEndpoints(this IEndpointRouteBuilder app)
    {
        var sheets = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/competitors/{competitorId}")
            .WithTags("Score sheets")
            .RequireAuthorization(Policies.Staff);

        // A judge marks as himself; an organizer may key in a paper sheet on a named judge's behalf (the ledger
        // records both). Panel membership and recusal are checked by the score sheet grain.
        sheets.MapPost("/marks", async (string contestId, string eventCode, string competitorId, MarkRequest mark, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var caller = user.ToCaller(contestId);
            var judgeId = mark.JudgeId ?? (caller.IsOrganizer
                ? throw CompetitionRuleException.Invalid("judge-required", "An organizer entering a mark must name the judge.")
                : caller.Id);
            return TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId)
                .SubmitMark(caller, new MarkSubmission(mark.MarkId, judgeId, mark.AspectId, mark.Value, mark.DeviceId)));
        });

        sheets.MapPost("/corrections", async (string contestId, string eventCode, string competitorId, MarkCorrection correction, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).CorrectMark(user.ToCaller(contestId), correction)));

        sheets.MapPost("/dispute-resolutions", async (string contestId, string eventCode, string competitorId, DisputeResolution resolution, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).ResolveDispute(user.ToCaller(contestId), resolution)));

        sheets.MapPost("/theory", async (string contestId, string eventCode, string competitorId, TheoryScore score, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).RecordTheory(user.ToCaller(contestId), score)));

        sheets.MapPost("/submissions", async (string contestId, string eventCode, string competitorId, SubmissionRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var caller = user.ToCaller(contestId);
            var judgeId = request.JudgeId ?? caller.Id;
            return TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId)
                .SubmitSheet(caller, new SheetSubmission(request.EntryId, judgeId, request.DeviceId)));
        });

        sheets.MapGet("/scoresheet", async (string contestId, string eventCode, string competitorId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            await EventEndpoints.RequireOrganizerOrChief(user, grains, contestId, eventCode);
            return TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).Get());
        });

        sheets.MapGet("/ledger", async (string contestId, string eventCode, string competitorId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            await EventEndpoints.RequireOrganizerOrChief(user, grains, contestId, eventCode);
            return TypedResults.Ok(await Sheet(grains, contestId, eventCode, competitorId).GetLedger());
        });

        return app;
    }

    private static IScoresheetGrain Sheet(IGrainFactory grains, string contestId, string eventCode, string competitorId) =>
        grains.GetGrain<IScoresheetGrain>(Keys.Scoresheet(Keys.Event(contestId, eventCode), competitorId));
}
