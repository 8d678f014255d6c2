using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Judges;
using Competitions.Contracts.Leaderboards;
using Competitions.Contracts.Sessions;
using Competitions.Web.Live;
using Competitions.Web.Security;
using QRCoder;

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

        // The contests a signed-in person belongs to: all of them for administrators.
        contests.MapGet("/", async (ClaimsPrincipal user, IGrainFactory grains) =>
            TypedResults.Ok((await grains.GetGrain<IContestDirectoryGrain>(0).List()).Where(c => user.BelongsToContest(c.Id)).ToList()))
            .RequireAuthorization(Policies.AccountHolder);

        contests.MapGet("/{contestId}", async (string contestId, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IContestGrain>(contestId).Get()))
            .RequireAuthorization(Policies.Organizer);

        // Whether the public medal table counts events still marking (their prizes marked provisional) or only published ones.
        contests.MapPut("/{contestId}/medal-counting", async (string contestId, MedalCountingRequest request, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IContestGrain>(contestId).SetMedalCounting(request.Counting)))
            .RequireAuthorization(Policies.Organizer);

        // Every event's status and marking progress at a glance; the console polls it while the contest runs.
        contests.MapGet("/{contestId}/overview", async (string contestId, IGrainFactory grains) =>
        {
            var contest = await grains.GetGrain<IContestGrain>(contestId).Get();
            var lines = await Task.WhenAll(contest.EventCodes.Select(async code =>
            {
                var view = await grains.GetGrain<IEventGrain>(Keys.Event(contestId, code)).Get();
                var publication = await grains.GetGrain<IEventGrain>(Keys.Event(contestId, code)).GetPublication();
                var progress = await grains.GetGrain<ILeaderboardGrain>(Keys.Event(contestId, code)).GetProgress();
                return new EventOverview(code, view.Definition.Name, view.Definition.Venue, view.Status, publication.Mode,
                    view.Scheme.Criteria.Sum(c => c.Aspects.Count), progress);
            }));
            return TypedResults.Ok(lines);
        }).RequireAuthorization(Policies.Organizer);

        contests.MapPut("/{contestId}/judges/{judgeId}", async (string contestId, string judgeId, JudgeRequest judge, IGrainFactory grains) =>
        {
            var grain = grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId));
            await grain.Define(new JudgeProfile(judgeId, judge.Name, judge.Organisation));
            return TypedResults.Ok(await grain.Get());
        }).RequireAuthorization(Policies.Organizer);

        contests.MapGet("/{contestId}/judges/{judgeId}", async (string contestId, string judgeId, IGrainFactory grains) =>
            TypedResults.Ok(await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).Get()))
            .RequireAuthorization(Policies.Organizer);

        contests.MapPost("/{contestId}/judges/{judgeId}/sign-in-codes", async (string contestId, string judgeId, HttpRequest http, IGrainFactory grains) =>
        {
            await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).Get();
            var code = SecretHash.NewSecret(15);
            var expiresAt = DateTimeOffset.UtcNow + CodeLifetime;
            await grains.GetGrain<ISignInCodeGrain>(SecretHash.Of(code)).Issue(contestId, judgeId, expiresAt);
            var path = $"/judge/#/sign-in/{code}";
            var url = $"{http.Scheme}://{http.Host}{path}";
            using var qr = QRCodeGenerator.GenerateQrCode(url, QRCodeGenerator.ECCLevel.M);
            return TypedResults.Ok(new SignInCodeResponse(code, path, url, new SvgQRCode(qr).GetGraphic(4), expiresAt));
        }).RequireAuthorization(Policies.Organizer);

        // Organizers, and the chief judge of an event the judge works on (a lost tablet on the floor), revoke sessions.
        contests.MapPost("/{contestId}/judges/{judgeId}/sessions/revoke", async (string contestId, string judgeId, ClaimsPrincipal user, IGrainFactory grains, StaffConnections connections) =>
        {
            var caller = user.ToCaller(contestId);
            var judge = grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId));
            if (!caller.IsOrganizer && !await IsChiefOverAsync(grains, caller.Id, await judge.GetAssignments()))
            {
                throw CompetitionRuleException.Forbidden("chief-judge-only", "Only organizers and the judge's chief judge may revoke his sessions.");
            }

            var revoked = await judge.RevokeSessions();
            // His tablets' live connections close now on this node; other nodes' re-check within a few seconds.
            await connections.RecheckAsync();
            return TypedResults.Ok(new { revoked });
        }).RequireAuthorization(Policies.Staff);

        return app;
    }

    private static async Task<bool> IsChiefOverAsync(IGrainFactory grains, string chiefId, IReadOnlyList<string> eventKeys)
    {
        foreach (var eventKey in eventKeys)
        {
            if ((await grains.GetGrain<IEventGrain>(eventKey).Get()).Panels.ChiefJudgeId == chiefId)
            {
                return true;
            }
        }

        return false;
    }
}
