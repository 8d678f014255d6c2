using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Announcements;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Judges;
using Competitions.Web.Hosting;
using Competitions.Web.Problems;
using Competitions.Web.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Competitions.Web.Api;

/// <summary>
/// Announcements: organizers and an event's chief judge message the event's judges (each acknowledges on his tablet)
/// or put a banner on a public board; organizers also on the contest's. Who may do what is decided by the
/// announcements grain; refusals are answered as problems with their code. The public reads banners only.
/// </summary>
public static class AnnouncementEndpoints
{
    public static IEndpointRouteBuilder MapAnnouncementEndpoints(this IEndpointRouteBuilder app)
    {
        var contest = app.MapGroup("/api/contests/{contestId}/announcements").WithTags("Announcements").RequireAuthorization(Policies.Organizer);
        contest.MapGet("/", ListContestAsync);
        contest.MapPost("/", SendToContestAsync);
        contest.MapPost("/{announcementId:guid}/withdrawal", WithdrawFromContestAsync);

        // Staff: organizers of the contest and its judges; only the event's chief judge gets past the grain's rules,
        // and only an addressed judge acknowledges.
        var events = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/announcements").WithTags("Announcements").RequireAuthorization(Policies.Staff);
        events.MapGet("/", ListEventAsync);
        events.MapPost("/", SendToEventAsync);
        events.MapPost("/{announcementId:guid}/withdrawal", WithdrawFromEventAsync);
        events.MapPost("/{announcementId:guid}/acknowledgement", AcknowledgeAsync);

        app.MapGet("/api/judge/announcements", ForSignedInJudgeAsync).RequireAuthorization(Policies.Judge).WithTags("Announcements");

        var banners = app.MapGroup("/api/public/contests/{contestId}").WithTags("Public").AllowAnonymous();
        banners.MapGet("/announcements", (string contestId, IGrainFactory grains) => BannersAsync(Announcements(grains, contestId)))
            .CacheOutput(PublicEndpoints.CachePolicy).RequireRateLimiting(PublicRateLimits.ReadsPolicy);
        banners.MapGet("/events/{eventCode}/announcements", (string contestId, string eventCode, IGrainFactory grains) =>
                BannersAsync(Announcements(grains, Keys.Event(contestId, eventCode))))
            .CacheOutput(PublicEndpoints.CachePolicy).RequireRateLimiting(PublicRateLimits.ReadsPolicy);

        return app;
    }

    private static Task<Results<Ok<IReadOnlyList<AnnouncementView>>, ProblemHttpResult>> ListContestAsync(string contestId, ClaimsPrincipal user, IGrainFactory grains) =>
        AnswerAsync(() => Announcements(grains, contestId).List(user.ToCaller(contestId)));

    private static Task<Results<Ok<AnnouncementView>, ProblemHttpResult>> SendToContestAsync(
        string contestId, AnnouncementRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        AnswerAsync(() => Announcements(grains, contestId).Send(user.ToCaller(contestId), request));

    private static Task<Results<Ok<AnnouncementView>, ProblemHttpResult>> WithdrawFromContestAsync(
        string contestId, Guid announcementId, ClaimsPrincipal user, IGrainFactory grains) =>
        AnswerAsync(() => Announcements(grains, contestId).Withdraw(user.ToCaller(contestId), announcementId));

    private static Task<Results<Ok<IReadOnlyList<AnnouncementView>>, ProblemHttpResult>> ListEventAsync(
        string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        AnswerAsync(() => Announcements(grains, Keys.Event(contestId, eventCode)).List(user.ToCaller(contestId)));

    private static Task<Results<Ok<AnnouncementView>, ProblemHttpResult>> SendToEventAsync(
        string contestId, string eventCode, AnnouncementRequest request, ClaimsPrincipal user, IGrainFactory grains) =>
        AnswerAsync(() => Announcements(grains, Keys.Event(contestId, eventCode)).Send(user.ToCaller(contestId), request));

    private static Task<Results<Ok<AnnouncementView>, ProblemHttpResult>> WithdrawFromEventAsync(
        string contestId, string eventCode, Guid announcementId, ClaimsPrincipal user, IGrainFactory grains) =>
        AnswerAsync(() => Announcements(grains, Keys.Event(contestId, eventCode)).Withdraw(user.ToCaller(contestId), announcementId));

    /// <summary>From the tablet, which resends until it hears back: retried within the tablet's budget like a mark.</summary>
    private static Task<Results<Ok<JudgeAnnouncement>, ProblemHttpResult>> AcknowledgeAsync(
        string contestId, string eventCode, Guid announcementId, AcknowledgementRequest? request, ClaimsPrincipal user, IGrainFactory grains, HttpContext http) =>
        AnswerAsync(() => ClusterCallBudget.RunAsync(http, () =>
            Announcements(grains, Keys.Event(contestId, eventCode)).Acknowledge(user.ToCaller(contestId), announcementId, request?.DeviceId)));

    /// <summary>Every message sent to the signed-in judge in the events he is assigned to, newest first.</summary>
    private static async Task<Ok<List<JudgeAnnouncement>>> ForSignedInJudgeAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var contestId = user.FindFirstValue(CompetitionClaims.ContestId)!;
        var judgeId = user.FindFirstValue(CompetitionClaims.JudgeId)!;
        var eventKeys = await grains.GetGrain<IJudgeGrain>(Keys.Judge(contestId, judgeId)).GetAssignments();
        var perEvent = await Task.WhenAll(eventKeys.Select(eventKey => Announcements(grains, eventKey).ForJudge(judgeId)));
        return TypedResults.Ok(perEvent.SelectMany(a => a).OrderByDescending(a => a.SentAt).ToList());
    }

    private static async Task<Ok<BannerBoard>> BannersAsync(IAnnouncementsGrain announcements) => TypedResults.Ok(await announcements.GetBanners());

    private static async Task<Results<Ok<T>, ProblemHttpResult>> AnswerAsync<T>(Func<Task<T>> command)
    {
        try
        {
            return TypedResults.Ok(await command());
        }
        catch (CompetitionRuleException refused)
        {
            return TypedResults.Problem(CompetitionProblemHandler.Describe(refused));
        }
    }

    private static IAnnouncementsGrain Announcements(IGrainFactory grains, string scopeKey) => grains.GetGrain<IAnnouncementsGrain>(scopeKey);
}
