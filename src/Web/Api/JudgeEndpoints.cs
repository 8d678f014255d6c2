using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Scoresheets;
using Competitions.Web.Security;

namespace Competitions.Web.Api;

public static class JudgeEndpoints
{
    public static IEndpointRouteBuilder MapJudgeEndpoints(this IEndpointRouteBuilder app)
    {
        // What the signed-in judge's tablet shows; a judge only ever sees his own work.
        app.MapGet("/api/judge/workload", async (ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var contestId = user.FindFirstValue(CompetitionClaims.ContestId)!;
            var judgeId = user.FindFirstValue(CompetitionClaims.JudgeId)!;
            return TypedResults.Ok(await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).GetWorkload());
        }).RequireAuthorization(Policies.Judge).WithTags("Judges");

        app.MapPost("/api/contests/{contestId}/events/{eventCode}/competitors/{competitorId}/remark-requests",
            async (string contestId, string eventCode, string competitorId, RemarkRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
                TypedResults.Ok(await grains.GetGrain<IScoresheetGrain>(Keys.Scoresheet(Keys.Event(contestId, eventCode), competitorId))
                    .RequestRemark(user.ToCaller(contestId), request)))
            .RequireAuthorization(Policies.Staff).WithTags("Score sheets");

        return app;
    }
}
