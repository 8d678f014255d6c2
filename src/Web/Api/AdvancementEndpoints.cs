using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Advancement;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

/// <summary>
/// Advancement into a later round: organizers review the list the earlier round's published results give, announce it
/// for public notice (公示), record withdrawals and commit it as the event's roster. The public reads the announced list.
/// Refusals (a source not published, the notice still open, results changed since the announcement) are the grain's.
/// </summary>
public static class AdvancementEndpoints
{
    public static IEndpointRouteBuilder MapAdvancementEndpoints(this IEndpointRouteBuilder app)
    {
        var advancement = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/advancement")
            .WithTags("Advancement").RequireAuthorization(Policies.Organizer);
        advancement.MapGet("/", GetAsync);
        advancement.MapPost("/announcement", AnnounceAsync);
        advancement.MapPost("/withdrawals", WithdrawAsync);
        advancement.MapPost("/commit", CommitAsync);

        app.MapGet("/api/public/contests/{contestId}/events/{eventCode}/advancement", GetPublicAsync)
            .WithTags("Public").AllowAnonymous()
            .CacheOutput(PublicEndpoints.CachePolicy).RequireRateLimiting(PublicRateLimits.ReadsPolicy);
        return app;
    }

    private static async Task<Ok<AdvancementView>> GetAsync(string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Advancement(grains, contestId, eventCode).Get(user.ToCaller(contestId)));

    private static async Task<Ok<AdvancementView>> AnnounceAsync(string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Advancement(grains, contestId, eventCode).Announce(user.ToCaller(contestId)));

    private static async Task<Ok<AdvancementView>> WithdrawAsync(
        string contestId, string eventCode, AdvancementWithdrawal withdrawal, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Advancement(grains, contestId, eventCode).Withdraw(user.ToCaller(contestId), withdrawal));

    private static async Task<Ok<AdvancementView>> CommitAsync(string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        TypedResults.Ok(await Advancement(grains, contestId, eventCode).Commit(user.ToCaller(contestId)));

    private static async Task<Ok<PublicAdvancement>> GetPublicAsync(string contestId, string eventCode, IGrainFactory grains) =>
        TypedResults.Ok(await Advancement(grains, contestId, eventCode).GetPublic());

    private static IAdvancementGrain Advancement(IGrainFactory grains, string contestId, string eventCode) =>
        grains.GetGrain<IAdvancementGrain>(Keys.Event(contestId, eventCode));
}
