using System.Security.Claims;
using Competitions.Contracts;
using Competitions.Contracts.Errors;
using Competitions.Contracts.JudgeMarking;
using Competitions.Domain.JudgeMarking;
using Competitions.Web.Exports;
using Competitions.Web.Security;

namespace Competitions.Web.Api;

/// <summary>
/// Judges' marking statistics (<see cref="JudgeMarkingStatistics"/>): live for organizers and the event's chief judge,
/// a judge's own line once marking is closed (<see cref="JudgeStatisticsAccess"/>), and the organizing committee's
/// report after the event as CSV and PDF.
/// </summary>
public static class JudgeStatisticsEndpoints
{
    public static IEndpointRouteBuilder MapJudgeStatisticsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/contests/{contestId}/events/{eventCode}/judge-statistics", async (string contestId, string eventCode, ClaimsPrincipal user, IGrainFactory grains) =>
        {
            var caller = user.ToCaller(contestId);
            var view = await EventEndpoints.Event(grains, contestId, eventCode).Get();
            var viewer = view.ViewerOf(caller);
            CompetitionRuleException.ThrowIf(JudgeStatisticsAccess.Reading(viewer, view.Status));
            var lines = await Statistics(grains, contestId, eventCode);
            return TypedResults.Ok(JudgeStatisticsAccess.SeesEveryJudge(viewer) ? lines : [.. lines.Where(l => l.JudgeId == caller.Id)]);
        }).RequireAuthorization(Policies.Staff).WithTags("Judge statistics");

        var exports = app.MapGroup("/api/contests/{contestId}/events/{eventCode}/exports").WithTags("Exports").RequireAuthorization(Policies.Organizer);

        exports.MapGet("/judge-statistics.csv", async (string contestId, string eventCode, IGrainFactory grains) =>
        {
            (await EventExport.LoadAsync(grains, contestId, eventCode)).RequireFinal();
            return TypedResults.File(JudgeStatisticsCsv.Write(await Statistics(grains, contestId, eventCode)), SpreadsheetFiles.CsvContentType, $"{contestId}-{eventCode}-judge-statistics.csv");
        });

        exports.MapGet("/judge-statistics.pdf", async (string contestId, string eventCode, IGrainFactory grains, IConfiguration configuration) =>
        {
            var export = (await EventExport.LoadAsync(grains, contestId, eventCode)).RequireFinal();
            var lines = await Statistics(grains, contestId, eventCode);
            return ExportEndpoints.PdfFile(configuration, () => JudgeStatisticsPdf.Write(export, lines, DateTimeOffset.UtcNow), $"{contestId}-{eventCode}-judge-statistics.pdf");
        });

        return app;
    }

    private static Task<IReadOnlyList<JudgeStatisticsLine>> Statistics(IGrainFactory grains, string contestId, string eventCode) =>
        grains.GetGrain<IJudgeStatisticsGrain>(Keys.Event(contestId, eventCode)).Get();
}
