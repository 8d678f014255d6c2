using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Scoresheets;
using Competitions.Web.Security;

namespace Competitions.Web.Api;

/// <summary>Appeals (申诉): team leaders lodge them, the arbitration group reviews the ledger and decides.</summary>
public static class AppealEndpoints
{
    public static IEndpointRouteBuilder MapAppealEndpoints(this IEndpointRouteBuilder app)
    {
        var appeals = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/appeals").WithTags("Appeals");

        appeals.MapPost("/", async (string contestId, string eventCode, AppealRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var appeal = await Appeals(grains, contestId, eventCode)
                .Lodge(Caller.TeamLeader(user.Identity!.Name!), user.FindFirstValue(CompetitionClaims.Delegation)!, request);
            return TypedResults.Created($"/api/contests/{contestId}/events/{eventCode}/appeals/{appeal.Id}", appeal);
        }).RequireAuthorization(Policies.TeamLeader);

        appeals.MapGet("/", async (string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var all = await Appeals(grains, contestId, eventCode).List();
            // A team leader sees his delegation's appeals only.
            return TypedResults.Ok(user.HasRole(CompetitionClaims.TeamLeaderRole)
                ? [.. all.Where(a => a.Delegation == user.FindFirstValue(CompetitionClaims.Delegation))]
                : all);
        }).RequireAuthorization(Policies.AppealReaders);

        appeals.MapPost("/{appealId:guid}/decision", async (string contestId, string eventCode, Guid appealId, AppealDecision decision, ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok(await Appeals(grains, contestId, eventCode).Decide(Caller.Arbitrator(user.Identity!.Name!), appealId, decision)))
            .RequireAuthorization(Policies.Arbitration);

        // What the arbitration group reviews: every ledger row of the appealed competitor's score sheet.
        appeals.MapGet("/{appealId:guid}/ledger", async (string contestId, string eventCode, Guid appealId, IGrainFactory grains) =>
        {
            var appeal = (await Appeals(grains, contestId, eventCode).List()).FirstOrDefault(a => a.Id == appealId)
                ?? throw CompetitionRuleException.NotFound("appeal-not-found", $"There is no appeal {appealId} against this event.");
            return TypedResults.Ok(await grains.GetGrain<IScoresheetGrain>(Keys.Scoresheet(Keys.Event(contestId, eventCode), appeal.CompetitorId)).GetLedger());
        }).RequireAuthorization(Policies.Arbitration);

        return app;
    }

    private static IEventAppealsGrain Appeals(IGrainFactory grains, string contestId, string eventCode) =>
        grains.GetGrain<IEventAppealsGrain>(Keys.Event(contestId, eventCode));
}
