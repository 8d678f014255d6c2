using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Appeals;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Scoresheets;
using Competitions.Web.Security;

namespace Competitions.Web.Api;

/// <summary>Appeals (申诉): team leaders lodge them, the arbitration group reviews the ledger and decides.</summary>
public static class AppealEndpoints
{
    public static IEndpointRouteBuilder MapAppealEndpoints(this IEndpointRouteBuilder app)
    {
        // Every appeal of the contest, newest first, for the arbitration group's desk (a team leader: his own).
        app.MapGet("/api/contests/{contestId}/appeals", async (string contestId, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var contest = await grains.GetGrain<IContestGrain>(contestId).Get();
            var perEvent = await Task.WhenAll(contest.EventCodes.Select(async code =>
                (await Appeals(grains, contestId, code).List()).Select(a => new ContestAppeal(code, a))));
            return TypedResults.Ok(perEvent.SelectMany(a => a).Where(a => Visible(user, a.Appeal)).OrderByDescending(a => a.Appeal.LodgedAt).ToList());
        }).RequireAuthorization(Policies.AppealReaders).WithTags("Appeals");

        var appeals = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/appeals").WithTags("Appeals");

        appeals.MapPost("/", async (string contestId, string eventCode, AppealRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var appeal = await Appeals(grains, contestId, eventCode)
                .Lodge(Caller.TeamLeader(user.Identity!.Name!), user.FindFirstValue(CompetitionClaims.Delegation)!, request);
            return TypedResults.Created($"/api/contests/{contestId}/events/{eventCode}/appeals/{appeal.Id}", appeal);
        }).RequireAuthorization(Policies.TeamLeader);

        // Whom a team leader may appeal for: his delegation's competitors, whatever the public board shows (hidden,
        // frozen or codes only). Ids and names only.
        appeals.MapGet("/competitors", async (string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var delegation = user.FindFirstValue(CompetitionClaims.Delegation);
            var roster = await EventEndpoints.Event(grains, contestId, eventCode).GetRoster();
            return TypedResults.Ok(roster.Where(c => c.Delegation == delegation)
                .Select(c => new AppealableCompetitor(c.Id, c.Name)).OrderBy(c => c.Id, StringComparer.Ordinal).ToList());
        }).RequireAuthorization(Policies.TeamLeader);

        appeals.MapGet("/", async (string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var all = await Appeals(grains, contestId, eventCode).List();
            return TypedResults.Ok(all.Where(a => Visible(user, a)).ToList());
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

    /// <summary>A team leader sees his delegation's appeals only.</summary>
    private static bool Visible(ClaimsPrincipal user, Appeal appeal) =>
        !user.HasRole(CompetitionClaims.TeamLeaderRole) || appeal.Delegation == user.FindFirstValue(CompetitionClaims.Delegation);

    private static IEventAppealsGrain Appeals(IGrainFactory grains, string contestId, string eventCode) =>
        grains.GetGrain<IEventAppealsGrain>(Keys.Event(contestId, eventCode));
}
