using Competitions.Contracts;
using Competitions.Contracts.Contests;
using Competitions.Contracts.Errors;
using Competitions.Contracts.Events;
using Competitions.Contracts.Leaderboards;
using Competitions.Domain.Notices;
using Competitions.Domain.Validation;
using Competitions.Web.Exports;

namespace Competitions.Web.Api;

/// <summary>
/// The printed results notice (公示名单) of an event or of every published event of a contest. Published results are
/// public, so the notice is too, anonymous and rate-limited like the public board; it shows exactly what the public
/// board shows (<see cref="ResultsNotice"/> decides when there is one to print). Organizers print it from here as well.
/// </summary>
public static class ResultsNoticeEndpoints
{
    public static IEndpointRouteBuilder MapResultsNoticeEndpoints(this IEndpointRouteBuilder app)
    {
        var contests = app.MapGroup("/api/public/contests/{contestId}").WithTags("Public").AllowAnonymous();

        contests.MapGet("/events/{eventCode}/notice.pdf", async (string contestId, string eventCode, IGrainFactory grains, IConfiguration configuration) =>
        {
            var contest = await EventExport.RequireEventAsync(grains, contestId, eventCode);
            var notice = await NoticeAsync(grains, contestId, eventCode);
            CompetitionRuleException.ThrowIf(Printing(notice));
            return ExportEndpoints.PdfFile(configuration, () => ResultsNoticePdf.Write(contest.Definition, [notice]), $"{contestId}-{eventCode}-notice.pdf");
        }).CacheOutput(PublicEndpoints.CachePolicy).RequireRateLimiting(PublicRateLimits.DocumentsPolicy);

        contests.MapGet("/notice.pdf", async (string contestId, IGrainFactory grains, IConfiguration configuration) =>
        {
            var contest = await grains.GetGrain<IContestGrain>(contestId).Get();
            // The contest's public summary picks the events without waking every event's board; each is checked again
            // on its own board, which the summary may trail.
            var summary = await grains.GetGrain<IContestBoardGrain>(contestId).Get();
            var candidates = summary.Events
                .Where(e => ResultsNotice.Printing(e.EventCode, e.Status, e.PublicBoard == PublicBoardMode.Live) is null)
                .Select(e => e.EventCode)
                .Order(StringComparer.Ordinal);
            var notices = (await Task.WhenAll(candidates.Select(code => NoticeAsync(grains, contestId, code)))).Where(n => Printing(n) is null).ToList();
            if (notices.Count == 0)
            {
                throw CompetitionRuleException.Conflict("results-not-published", $"No event of contest {contestId} has published results on its public board.");
            }

            return ExportEndpoints.PdfFile(configuration, () => ResultsNoticePdf.Write(contest.Definition, notices), $"{contestId}-notice.pdf");
        }).CacheOutput(PublicEndpoints.CachePolicy).RequireRateLimiting(PublicRateLimits.DocumentsPolicy);

        return app;
    }

    /// <summary>The event's publication times and its public board, as the public sees it.</summary>
    private static async Task<(EventView Event, LeaderboardView Board)> NoticeAsync(IGrainFactory grains, string contestId, string eventCode)
    {
        var eventKey = Keys.Event(contestId, eventCode);
        var view = await grains.GetGrain<IEventGrain>(eventKey).Get();
        return (view, await grains.GetGrain<ILeaderboardGrain>(eventKey).GetPublic());
    }

    private static Refusal? Printing((EventView Event, LeaderboardView Board) notice) =>
        ResultsNotice.Printing(notice.Event.Definition.Code, notice.Event.Status, notice.Board.PublicBoard == PublicBoardMode.Live);
}
