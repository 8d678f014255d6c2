using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Sessions;
using Competitions.Web.Security;

namespace Competitions.Web.Api;

public static class ContestEndpoints
{
    /// <summary>Sign-in codes are handed out the day before or the morning of the contest.</summary>
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromDays(3);

    public static IEndpointRouteBuilder MapContestEndpoints(this IEndpointRouteBuilder app)
    {
        var contests = app.MapGroup("/api/contests").WithTags("Contests");

        contests.MapPost("/", async (ContestDefinition contest, IGrainFactory grains) =>
        {
            await grains.GetGrain<IContestGrain>(contest.Id).Define(contest);
            return TypedResults.Created($"/api/contests/{contest.Id}", await grains.GetGrain<IContestGrain>(contest.Id).Get());
        }).RequireAuthorization(Policies.Organizer);

        contests.MapGet("/{contestId}", async (string contestId, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IContestGrain>(contestId).Get()))
            .RequireAuthorization(Policies.Organizer);

        contests.MapPut("/{contestId}/judges/{judgeId}", async (string contestId, string judgeId, JudgeRequest judge, IGrainFactory grains) =>
        {
            var grain = grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId));
            await grain.Define(new JudgeProfile(judgeId, judge.Name, judge.Organisation));
            return TypedResults.Ok(await grain.Get());
        }).RequireAuthorization(Policies.Organizer);

        contests.MapGet("/{contestId}/judges/{judgeId}", async (string contestId, string judgeId, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).Get()))
            .RequireAuthorization(Policies.Organizer);

        contests.MapPost("/{contestId}/judges/{judgeId}/sign-in-codes", async (string contestId, string judgeId, IGrainFactory grains) =>
        {
            await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).Get();
            var code = SecretHash.NewSecret(15);
            var expiresAt = DateTimeOffset.UtcNow + CodeLifetime;
            await grains.GetGrain<ISignInCodeGrain>(SecretHash.Of(code)).Issue(contestId, judgeId, expiresAt);
            return TypedResults.Ok(new SignInCodeResponse(code, $"/judge/#/sign-in/{code}", expiresAt));
        }).RequireAuthorization(Policies.Organizer);

        contests.MapPost("/{contestId}/judges/{judgeId}/sessions/revoke", async (string contestId, string judgeId, IGrainFactory grains) =>
            TypedResults.Ok(new { revoked = await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).RevokeSessions() }))
            .RequireAuthorization(Policies.Organizer);

        return app;
    }
}
